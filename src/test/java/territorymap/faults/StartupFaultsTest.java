package territorymap.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.territory.GridFixture;

/**
 * Faults at start-up, against the real entry point run as a child process ({@code java -cp
 * <test class path> territorymap.Main}, as {@code java -jar} would, since the jar is only built
 * after the tests): a boundary file that is missing or corrupt stops the service with a message
 * naming it and a non-zero exit code; a corrupt file among the control layers of a folder is
 * skipped with a warning naming it, and the other layers are served.
 */
@Tag("slow")
class StartupFaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern LISTENING = Pattern.compile("Listening on http://[^:/]+:(\\d+)/");

  @TempDir Path dir;

  /** Starts {@code territorymap.Main} with these arguments in the project root; output to a file. */
  private Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "territorymap.Main"));
    command.addAll(List.of(args));
    // A store of its own, so that no child writes into the project's store/ folder.
    command.addAll(List.of("--store", dir.resolve("store").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("TERRITORY_MAP_TOKEN");
    builder.environment().remove("TERRITORY_MAP_DATABASE_URL");
    return builder.start();
  }

  /** Runs to the end; returns exit code and output. */
  private Map.Entry<Integer, String> runToExit(String... args) throws Exception {
    Path log = Files.createTempFile(dir, "main", ".log");
    Process process = start(log, args);
    try {
      assertTrue(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
          "the service neither started nor stopped within " + START_TIMEOUT + ":\n" + Files.readString(log));
      return Map.entry(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  private static void assertStopsNaming(Map.Entry<Integer, String> run, String file, String fault) {
    String output = run.getValue();
    assertNotEquals(0, run.getKey(), output);
    assertTrue(output.contains("error: "), "an error line:\n" + output);
    String error = output.lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
    assertTrue(error.contains(file), "the error names the file " + file + ": " + error);
    assertTrue(error.toLowerCase(java.util.Locale.ROOT).contains(fault), "the error says " + fault + ": " + error);
    assertTrue(!output.contains("Listening on"), "no server started:\n" + output);
    assertTrue(!output.contains("\tat "), "a message, not a stack trace:\n" + output);
  }

  @Test
  void aMissingBoundaryFileStopsTheServiceNamingIt() throws Exception {
    String missing = dir.resolve("no-such-boundaries.geojson").toString();
    Map.Entry<Integer, String> run = runToExit("--port", "0", "--boundaries", missing);
    assertStopsNaming(run, missing, "not found");
    assertEquals(1, run.getKey(), "exit code 1 is bad data");
  }

  @Test
  void aCorruptBoundaryFileStopsTheServiceNamingItAndTheFault() throws Exception {
    GridFixture.boundaries(dir);
    String grid = Files.readString(dir.resolve("grid.geojson"));
    JsonNode collection = JSON.readTree(grid);
    ((com.fasterxml.jackson.databind.node.ArrayNode) collection.get("features")).remove(5);
    String without = JSON.writeValueAsString(collection);
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("truncated.geojson", grid.substring(0, grid.length() / 2).getBytes(StandardCharsets.UTF_8));
    files.put("empty.geojson", new byte[0]);
    files.put("binary.geojson", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, 1, 2});
    files.put("array.geojson", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
    files.put("missing-unit.geojson", without.getBytes(StandardCharsets.UTF_8));
    files.put("infinite.geojson", grid.replaceFirst("\\[22\\.000000,45\\.000000\\]", "[1e400,45.000000]")
        .getBytes(StandardCharsets.UTF_8));
    files.put("outside.geojson", grid.replaceFirst("\\[22\\.000000,45\\.000000\\]", "[222.000000,45.000000]")
        .getBytes(StandardCharsets.UTF_8));
    Map<String, String> faults = Map.of("truncated.geojson", "not valid json", "empty.geojson", "geojson",
        "binary.geojson", "not valid json", "array.geojson", "not a geojson object",
        "missing-unit.geojson", "missing units", "infinite.geojson", "finite", "outside.geojson", "outside");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = Files.write(dir.resolve(file.getKey()), file.getValue());
      assertStopsNaming(runToExit("regions", "--boundaries", path.toString()), path.toString(),
          faults.get(file.getKey()));
    }
    // The same fault stops `serve` too, not just the command-line reports.
    Path truncated = dir.resolve("truncated.geojson");
    assertStopsNaming(runToExit("--port", "0", "--boundaries", truncated.toString()), truncated.toString(),
        "not valid json");
  }

  @Test
  void aCorruptControlLayerInAFolderIsSkippedWithAWarningAndTheOthersServed() throws Exception {
    Path layers = Files.createDirectories(dir.resolve("layers"));
    String good = Files.readString(Path.of("data/geojson/control/2025-08-15-approximate.geojson"));
    // A good layer says the date its file name says (a contradicting date property is refused).
    Files.writeString(layers.resolve("2025-09-01-good.geojson"),
        good.replace("\"date\":\"2025-08-15\"", "\"date\":\"2025-09-01\""));
    Files.writeString(layers.resolve("2025-09-02-truncated.geojson"), good.substring(0, good.length() / 3));
    Files.writeString(layers.resolve("2025-09-03-infinite.geojson"),
        good.replaceFirst("\\[(\\d+\\.\\d+),", "[1e400,"));
    Files.write(layers.resolve("2025-09-04-binary.geojson"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.writeString(layers.resolve("undated-layer.geojson"), good.replace("\"date\":\"2025-08-15\",", ""));
    Files.writeString(layers.resolve("2025-09-05-points.geojson"),
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[35,48]}}");
    Path log = dir.resolve("serve.log");
    Process process = start(log, "--port", "0", "--control-dir", layers.toString());
    try {
      int port = awaitPort(process, log);
      String output = Files.readString(log);
      for (String bad : List.of("2025-09-02-truncated", "2025-09-03-infinite", "2025-09-04-binary", "undated-layer",
          "2025-09-05-points")) {
        assertTrue(output.lines().anyMatch(l -> l.contains("WARN") && l.contains("skipped") && l.contains(bad)),
            "a warning names " + bad + ":\n" + output);
      }
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/layers"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, list.statusCode(), list.body());
      List<String> dates = new ArrayList<>();
      JSON.readTree(list.body()).forEach(layer -> dates.add(layer.get("date").asText()));
      assertEquals(List.of("2022-02-23", "2025-08-15", "2025-09-01"), dates,
          "the two shipped layers and the good one, nothing else");
      HttpResponse<String> area = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/proposals/line-of-contact-2025-08-15/area?layer=2025-09-01")).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, area.statusCode(), area.body());
      assertEquals("2025-09-01", JSON.readTree(area.body()).at("/layer/date").asText());
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Waits for Javalin's "Listening on" line and returns the port; fails if the process ends first. */
  private static int awaitPort(Process process, Path log) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String output = Files.exists(log) ? Files.readString(log) : "";
      Matcher m = LISTENING.matcher(output);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("the service stopped (exit " + process.exitValue() + "):\n" + output);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
  }
}
