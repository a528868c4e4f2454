package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.territory.LayerRef;
import territorymap.TestData;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.territory.Partition;
import territorymap.territory.Side;
import territorymap.territory.OfficialRegions;

/**
 * Figures on the shared reference data (high-resolution geoBoundaries, DeepStateMap snapshots)
 * against published ones, and the project's approximate layer against DeepStateMap's.
 */
@Tag("slow") // reads the high-resolution reference data
class ReferenceDataTest {

  private static final Path SHIPPED_BOUNDARIES = Path.of("data/geojson/ukraine-oblasts.geojson");
  private static final Path APPROXIMATE = Path.of("data/geojson/control/2025-08-15-approximate.geojson");

  @Test
  void theMidAugust2025OccupiedAreaIsWithinOnePercentOfReuters114500Km2() {
    Path boundaries = TestData.sharedOrSkip(TestData.GEOBOUNDARIES);
    Path layer = TestData.sharedOrSkip("control/deepstate-2025-08-15.geojson");
    Evaluations proposals = TestData.load("--boundaries", boundaries.toString(),
        "--control", "2025-08-15=" + layer);
    LayerFigures report = proposals.layer(new LayerRef.OnDate(java.time.LocalDate.of(2025, 8, 15), "layer"));
    assertEquals(114_500, report.occupied().officialKm2(), 1_145);
    assertTrue(!report.layer().approximate());
  }

  @Test
  void theApproximateLayerMatchesDeepStateMapWithinTheStatedTolerances() {
    Path deepstate = TestData.sharedOrSkip("control/deepstate-2025-08-15.geojson");
    Boundaries boundaries = Boundaries.load(SHIPPED_BOUNDARIES, OfficialRegions.official());
    ControlLayer ours = ControlLayerReader.read(APPROXIMATE, null);
    ControlLayer real = ControlLayerReader.read(deepstate, LocalDate.of(2025, 8, 15));
    // Both clipped to the same units: never compare a clipped layer with a raw one.
    Partition oursCut = Partition.of(boundaries, ours);
    Partition realCut = Partition.of(boundaries, real);
    double oursM2 = oursCut.occupiedM2();
    double realM2 = realCut.occupiedM2();
    assertEquals(realM2, oursM2, realM2 * 0.03, "occupied km²: ours " + oursM2 / 1e6 + ", DeepStateMap " + realM2 / 1e6);
    MultiPolygon intersection = Geometries.intersection(oursCut.occupied(), realCut.occupied());
    MultiPolygon union = Geometries.union(oursCut.occupied(), realCut.occupied());
    double iou = GeodesicArea.ofM2(intersection) / GeodesicArea.ofM2(union);
    assertTrue(iou >= 0.95, "intersection over union " + iou);
    for (String code : List.of("UA-09", "UA-14", "UA-23", "UA-65")) {
      double region = boundaries.find(code).orElseThrow().areaM2();
      Atom occupied = new Atom(code, Side.OCCUPIED);
      double oursShare = 100 * oursCut.areaM2(occupied) / region;
      double realShare = 100 * realCut.areaM2(occupied) / region;
      assertEquals(realShare, oursShare, 5.0, code + " occupied %: ours " + oursShare + ", DeepStateMap " + realShare);
    }
  }
}
