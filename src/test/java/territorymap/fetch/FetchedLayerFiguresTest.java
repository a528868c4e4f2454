package territorymap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;
import territorymap.territory.OfficialRegions;

/**
 * A fetched layer and the shared file of the same date give the same figures: the fixture serves
 * each shared file cut into classified polygons among other features, the fetcher puts them
 * back together, and the loader reads the result as it reads the shared file.
 */
@Tag("slow")
class FetchedLayerFiguresTest {

  /** Relative tolerance on each region's occupied area: both are the same polygons on the same 1e-7° grid. */
  private static final double RELATIVE = 1e-6;

  @TempDir
  Path dir;

  @Test
  void eachFetchedLayerHasTheSharedFilesOccupiedAreaInEveryRegionAndItsProvenanceAsSource() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    Boundaries boundaries = Boundaries.load(Path.of("data/geojson/ukraine-oblasts.geojson"), OfficialRegions.official());
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      FetchResult result = FetchTesting.fetch(FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir), new ArrayList<>());
      assertEquals(shared.size(), result.written().size());
      for (FetchResult.Written written : result.written()) {
        ControlLayer fetched = ControlLayerReader.read(written.file(), null);
        ControlLayer reference = ControlLayerReader.read(shared.get(written.date()), written.date());
        assertEquals(written.date(), fetched.date());
        assertTrue(fetched.source().startsWith("DeepStateMap snapshot "), fetched.source());
        assertEquals(reference.rawAreaM2(), fetched.rawAreaM2(), reference.rawAreaM2() * RELATIVE, written.date().toString());
        Partition a = Partition.of(boundaries, fetched);
        Partition b = Partition.of(boundaries, reference);
        for (Region region : boundaries.regions()) {
          Atom occupied = new Atom(region.code(), Side.OCCUPIED);
          double expected = b.areaM2(occupied);
          assertEquals(expected, a.areaM2(occupied), Math.max(expected * RELATIVE, 1.0),
              written.date() + " " + region.code());
        }
      }
    }
  }
}
