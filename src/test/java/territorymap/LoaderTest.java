package territorymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.proposal.AreaReport;
import territorymap.proposal.Proposals;

/** Loading control layers from folders, on the shared DeepStateMap snapshots. */
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
    Proposals proposals = TestData.load("--control-dir", dir.toString());
    List<LocalDate> dates = proposals.atlas().dates();
    // The six snapshots and the shipped layer of 23 February 2022 (the shipped 15 August 2025 is replaced).
    assertEquals(7, dates.size(), dates.toString());
    assertEquals(LocalDate.of(2022, 2, 23), dates.get(0));
    assertEquals(LocalDate.of(2024, 7, 8), dates.get(1));
    assertEquals(LocalDate.of(2026, 1, 1), dates.get(6));
    double first = proposals.layerReport("2024-07-08").parties().get("russia").officialKm2();
    AreaReport latest = proposals.layerReport("latest");
    double last = latest.parties().get("russia").officialKm2();
    assertTrue(first > 105_000 && first < 113_000, "July 2024: " + first);
    assertTrue(last > 113_000 && last < 119_000, "January 2026: " + last);
    assertTrue(last > first);
    // The snapshot of 15 August 2025 replaces the shipped approximation of the same day.
    assertTrue(!proposals.layerReport("2025-08-15").layer().approximate());
  }
}
