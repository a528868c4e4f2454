package territorymap.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.GeodesicArea;

class TerritoryTest {

  /** Sums of overlay results against the areas of their inputs: a square metre in 10^10. */
  private static final double RELATIVE = 1e-9;

  @TempDir static Path dir;
  static Boundaries boundaries;
  static Partition partition;

  @BeforeAll
  static void load() throws Exception {
    boundaries = GridFixture.boundaries(dir);
    // East of 29.5: the cells at lon 29-30 are cut in half, those from lon 30 on are occupied.
    partition = Partition.of(boundaries, GridFixture.layerEastOf(boundaries, dir, 29.5, LocalDate.of(2025, 8, 15)));
  }

  private static String codeAt(int index) {
    return boundaries.regions().get(index).code();
  }

  private static double regionM2(int index) {
    return boundaries.regions().get(index).areaM2();
  }

  @Test
  void theOccupiedAndHeldPartsOfEveryRegionAddUpToTheRegion() {
    for (Region region : boundaries.regions()) {
      double parts = partition.areaM2(new Atom(region.code(), Side.OCCUPIED))
          + partition.areaM2(new Atom(region.code(), Side.HELD));
      assertEquals(region.areaM2(), parts, region.areaM2() * RELATIVE, region.code());
    }
  }

  @Test
  void aLayerReadClockwiseWithACrsMemberIsClippedToTheCountry() {
    double expected = 0;
    for (int i = 0; i < 27; i++) {
      int column = i % 9;
      if (column == 7) {
        expected += partition.areaM2(new Atom(codeAt(i), Side.OCCUPIED));
      } else if (column == 8) {
        expected += regionM2(i);
      }
    }
    assertEquals(expected, partition.occupiedM2(), expected * RELATIVE);
    assertEquals(GeodesicArea.ofM2(partition.occupied()), partition.occupiedM2(), expected * RELATIVE);
    assertTrue(partition.layer().rawAreaM2() > partition.occupiedM2() * 2, "the raw layer reaches beyond the grid");
  }

  @Test
  void aRegionMinusItsOccupiedPartIsItsHeldPart() {
    String code = codeAt(7);
    Territory held = new TerritoryExpression.Difference(new TerritoryExpression.WholeRegion(code),
        List.of(new TerritoryExpression.RegionPart(code, Side.OCCUPIED))).evaluate(partition);
    assertEquals(partition.areaM2(new Atom(code, Side.HELD)), held.areaM2(), 1e-6);
    assertEquals(List.of(new Atom(code, Side.HELD)), List.copyOf(held.atoms()));
  }

  @Test
  void theUnionOfBothPartsIsTheWholeRegionWithoutOverlay() {
    String code = codeAt(16);
    Territory both = new TerritoryExpression.Union(List.of(new TerritoryExpression.RegionPart(code, Side.OCCUPIED),
        new TerritoryExpression.RegionPart(code, Side.HELD))).evaluate(partition);
    assertEquals(regionM2(16), both.areaM2(), regionM2(16) * RELATIVE);
  }

  @Test
  void anExplicitPolygonIsCutToTheCountryAndMeasuredGeodesically() throws Exception {
    // A box over the south-west corner: half inside the grid, half outside (south of lat 45).
    MultiPolygon box = GridFixture.boxGeometry(22.25, 44.5, 23.5, 45.5);
    Territory territory = new TerritoryExpression.Shape(box).evaluate(partition);
    double expected = GeodesicArea.ofM2(GridFixture.boxGeometry(22.25, 45, 23.5, 45.5));
    assertEquals(expected, territory.areaM2(), expected * RELATIVE);
    assertEquals(2, territory.atoms().size());
  }

  @Test
  void aPolygonCoveringAWholeAtomTakesItWhole() throws Exception {
    MultiPolygon box = GridFixture.boxGeometry(21.5, 44.5, 23.5, 46.5);
    Territory territory = new TerritoryExpression.Shape(box).evaluate(partition);
    // Cell 0 (lon 22-23, lat 45-46) is inside the box: its area is the cached atom area exactly.
    assertEquals(regionM2(0), territory.areaM2(new Atom(codeAt(0), Side.HELD)));
  }

  @Test
  void theIntersectionOfAPolygonWithAnOccupiedPartKeepsOnlyTheOccupiedSide() throws Exception {
    String code = codeAt(7);
    MultiPolygon box = GridFixture.boxGeometry(29, 45, 30, 45.5);
    Territory territory = new TerritoryExpression.Intersection(List.of(new TerritoryExpression.Shape(box),
        new TerritoryExpression.RegionPart(code, Side.OCCUPIED))).evaluate(partition);
    double expected = GeodesicArea.ofM2(GridFixture.boxGeometry(29.5, 45, 30, 45.5));
    assertEquals(expected, territory.areaM2(), expected * RELATIVE);
  }

  @Test
  void aRegionLessAPolygonIsMeasuredBySubtractionAndDrawnByOverlay() {
    String code = codeAt(0);
    MultiPolygon box = GridFixture.boxGeometry(22.25, 45.25, 22.5, 45.5);
    Territory rest = new TerritoryExpression.WholeRegion(code).evaluate(partition)
        .minus(new TerritoryExpression.Shape(box).evaluate(partition));
    double expected = regionM2(0) - GeodesicArea.ofM2(box);
    assertEquals(expected, rest.areaM2(), expected * RELATIVE);
    // The geometry, made only now, has the same area: a cell with a square hole.
    assertEquals(expected, GeodesicArea.ofM2(rest.geometry()), expected * RELATIVE);
    assertEquals(1, rest.geometry().getGeometryN(0).getNumGeometries());
  }

  @Test
  void displayGeometryIsSimplifiedAsACoverageWithoutGaps() {
    org.locationtech.jts.geom.Geometry[] display = partition.atoms().stream()
        .map(a -> partition.displayGeometry(a, DisplayDetail.MEDIUM)).toArray(org.locationtech.jts.geom.Geometry[]::new);
    assertTrue(org.locationtech.jts.coverage.CoverageValidator.isValid(display));
    assertTrue(org.locationtech.jts.coverage.CoverageGapFinder.findGaps(display, 0.01).isEmpty());
    long full = partition.atoms().stream().mapToLong(a -> partition.geometry(a).getNumPoints()).sum();
    long simplified = java.util.Arrays.stream(display).mapToLong(g -> g.getNumPoints()).sum();
    assertTrue(simplified < full / 2, "the lattice vertices on straight edges go: " + full + " -> " + simplified);
  }

  @Test
  void theDissolvedMapOfWholeCellsAndAPieceIsOneValidPolygonOfTheSameArea() {
    // The held cells 0-6 of row 0 (lon 22-29, lat 45-46), whole but for a square hole in cell 0.
    Territory held = new TerritoryExpression.AllOf(Side.HELD).evaluate(partition);
    Territory row = held.intersection(new TerritoryExpression.Shape(GridFixture.boxGeometry(21, 44, 29, 46))
        .evaluate(partition));
    Territory holed = row.minus(new TerritoryExpression.Shape(GridFixture.boxGeometry(22.25, 45.25, 22.5, 45.5))
        .evaluate(partition));
    MultiPolygon dissolved = holed.dissolvedDisplayGeometry(DisplayDetail.MEDIUM);
    assertTrue(dissolved.isValid());
    assertEquals(1, dissolved.getNumGeometries(), dissolved.toText());
    assertEquals(1, ((org.locationtech.jts.geom.Polygon) dissolved.getGeometryN(0)).getNumInteriorRing());
    // Only shared edges go: the area is that of the undissolved pieces as drawn (simplification
    // drops vertices along the parallels, which moves a geodesic area by about 1e-5 of itself).
    double drawn = GeodesicArea.ofM2(holed.displayGeometry(DisplayDetail.MEDIUM));
    assertEquals(drawn, GeodesicArea.ofM2(dissolved), drawn * RELATIVE);
  }

  @Test
  void dissolvingStopsWhenItsThreadIsInterrupted() {
    Territory held = new TerritoryExpression.AllOf(Side.HELD).evaluate(partition);
    Thread.currentThread().interrupt();
    try {
      org.junit.jupiter.api.Assertions.assertThrows(territorymap.geo.Cancelled.class,
          () -> held.dissolvedDisplayGeometry(DisplayDetail.MEDIUM));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void allOccupiedTerritoryIsTheLayerInsideTheCountry() {
    Territory occupied = new TerritoryExpression.AllOf(Side.OCCUPIED).evaluate(partition);
    assertEquals(partition.occupiedM2(), occupied.areaM2(), 1e-3);
  }
}
