package territorymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.LayerFigures;
import territorymap.figures.Evaluations;
import territorymap.territory.LayerRef;

/** Loading control layers from folders, on the shared DeepStateMap snapshots. */
@Tag("slow") // reads the high-resolution reference data
class LoaderTest {

  @Test
  void aFolderOfSnapshotsLoadsInDateOrderAndACorruptFileIsSkipped(@TempDir Path dir) throws Exception {
    for (String name : TestData.DEEPSTATE) {
      Path file = TestData.sharedOrSkip(name);
      // Compact dates in the name are understood too.
      Files.copy(file, dir.resolve("snapshot_" + file.getFileName().toString()
          .replace("deepstate-", "").replace(".geojson", "").replace("-", "") + ".geojson"));
    }
    Files.writeString(dir.resolve("2025-09-01-corrupt.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{");
    Evaluations proposals = TestData.load("--control-dir", dir.toString());
    List<LocalDate> dates = proposals.atlas().dates();
    // The six snapshots and the shipped layer of 23 February 2022 (the shipped 15 August 2025 is superseded).
    assertEquals(7, dates.size(), dates.toString());
    assertEquals(LocalDate.of(2022, 2, 23), dates.get(0));
    assertEquals(LocalDate.of(2024, 7, 8), dates.get(1));
    assertEquals(LocalDate.of(2026, 1, 1), dates.get(6));
    double first = proposals.layer(new LayerRef.OnDate(LocalDate.of(2024, 7, 8), "layer")).occupied().officialKm2();
    LayerFigures latest = proposals.layer(new LayerRef.Latest("layer"));
    double last = latest.occupied().officialKm2();
    assertTrue(first > 105_000 && first < 113_000, "July 2024: " + first);
    assertTrue(last > 113_000 && last < 119_000, "January 2026: " + last);
    assertTrue(last > first);
    // The snapshot of 15 August 2025 supersedes the shipped approximation of the same day, and says so;
    // the approximation stays available under its own name, with its own figures.
    LayerFigures mapped = proposals.layer(new LayerRef.OnDate(LocalDate.of(2025, 8, 15), "layer"));
    assertTrue(!mapped.layer().approximate());
    assertTrue(mapped.layer().source().contains("supersedes the project's approximation of 2025-08-15"),
        mapped.layer().source());
    LayerFigures approximation = proposals.layer(LayerRef.parse("2025-08-15-approximate", "layer").orElseThrow());
    assertTrue(approximation.layer().approximate());
    assertEquals("2025-08-15-approximate", approximation.layer().name());
    assertEquals(7, proposals.layers().size(), "the seven dates");
    assertEquals(List.of(approximation), proposals.supersededLayers(), "and the approximation by its name");
    // The seeded proposals of that day are evaluated on the mapped layer, which supersedes the approximation.
    assertEquals(mapped.layer(), proposals.report("line-of-contact-2025-08-15", LayerRef.own()).layer());
    // Both near Reuters' "nearly 114,500 km²" of mid-August 2025 on the official basis; not equal.
    assertTrue(Math.abs(mapped.occupied().officialKm2() - approximation.occupied().officialKm2()) > 1,
        mapped.occupied() + " vs " + approximation.occupied());
  }
}
