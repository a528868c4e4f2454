package territorymap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.TestData;
import territorymap.territory.Atlas;

/**
 * A fetch killed at any moment leaves no file the server would load half-written: killed (as a
 * separate JVM, {@code kill -9}) in the middle of a download, and with the temporary file a kill
 * during a write would leave.
 */
@Tag("slow")
class FetchKillTest {

  @TempDir
  Path dir;

  @Test
  void aFetchKilledMidDownloadLeavesOnlyWholeLayersThatLoad() throws Exception {
    Map<LocalDate, Path> shared = new TreeMap<>(FetchTesting.sharedByDate());
    LocalDate first = LocalDate.parse("2024-07-08");
    LocalDate second = LocalDate.parse("2025-08-01");
    try (DeepStateFixture fixture = new DeepStateFixture()) {
      fixture.add(first, shared.get(first));
      DeepStateFixture.Snapshot stalled = fixture.add(second, shared.get(second));
      String stalledPath = "/api/history/" + second.atTime(18, 0).toEpochSecond(ZoneOffset.UTC) + "/geojson";
      fixture.failNext(stalledPath, DeepStateFixture.stall(stalled.body(), 60_000));
      Path log = dir.resolve("fetch.log");
      Path layers = dir.resolve("layers");
      Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "territorymap.Main", "fetch",
          "--source-url", fixture.base().toString(), "--into", layers.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!fixture.requests().contains(stalledPath) && System.nanoTime() < deadline && process.isAlive()) {
          Thread.sleep(100);
        }
        assertTrue(fixture.requests().contains(stalledPath), "the download began: " + Files.readString(log));
        Thread.sleep(500); // half the body is in the child's hands
      } finally {
        process.destroyForcibly().waitFor();
      }

      List<String> names = FetchTesting.layerNames(layers);
      assertEquals(List.of(first + "-deepstate.geojson"), names, "only the whole layer: " + Files.readString(log));
      // What a kill between writing and renaming would leave: a hidden temporary file, half written.
      byte[] whole = Files.readAllBytes(layers.resolve(first + "-deepstate.geojson"));
      Files.write(layers.resolve("." + second + "-deepstate.geojson.4711.tmp"), java.util.Arrays.copyOf(whole, whole.length / 2));

      Atlas atlas = TestData.load("--control-dir", layers.toString()).atlas();
      assertTrue(atlas.hasLayer(first));
      assertFalse(atlas.hasLayer(second));

      // The next run clears the leftover and fetches what the killed one did not.
      FetchResult next = FetchTesting.fetch(FetchTesting.options(FetchSource.DEEPSTATE, fixture, layers), new java.util.ArrayList<>());
      assertEquals(List.of(second), next.written().stream().map(FetchResult.Written::date).toList());
      assertEquals(List.of(first + "-deepstate.geojson", second + "-deepstate.geojson"), FetchTesting.layerNames(layers));
    }
  }
}
