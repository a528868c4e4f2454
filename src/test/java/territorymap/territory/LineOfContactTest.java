package territorymap.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import territorymap.geo.GeodesicLength;
import territorymap.geo.Geometries;

/** The line of contact of the shipped 2025 layer. */
class LineOfContactTest {

  static Partition partition;
  static LineOfContact line;

  @BeforeAll
  static void load() {
    partition = shipped2025();
    line = LineOfContact.of(partition);
  }

  /** The shipped boundaries cut by the shipped approximate layer of 15 August 2025. */
  static Partition shipped2025() {
    return ShippedData.august2025();
  }

  private static Geometry longestPart() {
    Geometry longest = null;
    for (int i = 0; i < line.geometry().getNumGeometries(); i++) {
      Geometry part = line.geometry().getGeometryN(i);
      if (longest == null || GeodesicLength.ofM(part) > GeodesicLength.ofM(longest)) {
        longest = part;
      }
    }
    return longest;
  }

  @Test
  void theMainFrontRunsFromTheDniproMouthToTheRussianBorderInKharkivOblast() {
    // Measured on the boundaries fitted to the OpenStreetMap outline: 913.5 km in 5 parts (908.7 km
    // in 4 on the Natural Earth outline); the main front 816.6 km from the Dnipro's mouth to the
    // Russian border east of Kupiansk, the rest the pockets along the border in Sumy and Kharkiv
    // oblasts. Reported lengths of the front (about 1,000 to 1,300 km with the Dnipro stretch) are
    // measured on detailed maps; the approximate layer has 213 vertices on the line, so its
    // straight edges cut the bends short. On the high-resolution DeepStateMap layer and
    // geoBoundaries the same code measures 1,347.8 km, the main front 1,218.9 km (bench/README.md).
    double km = line.lengthM() / 1e3;
    System.out.printf("line: %d parts, %d vertices, %.1f km, main %.1f km%n", line.geometry().getNumGeometries(),
        line.geometry().getNumPoints(), km, GeodesicLength.ofM(longestPart()) / 1e3);
    assertEquals(913.5, km, 0.5);
    Geometry main = longestPart();
    assertEquals(816.6, GeodesicLength.ofM(main) / 1e3, 0.5);
    Coordinate[] ends = {main.getCoordinates()[0], main.getCoordinates()[main.getNumPoints() - 1]};
    // Where the Dnipro opens into its estuary: the fitted OpenStreetMap outline leaves the estuary
    // west of about 32.48° E out as water, so the line ends there (at 32.3° E on Natural Earth).
    Coordinate dniproMouth = new Coordinate(32.48, 46.51);
    Coordinate kupianskBorder = new Coordinate(37.8, 50.05);
    assertTrue(ends[0].distance(dniproMouth) < 0.1 || ends[1].distance(dniproMouth) < 0.1);
    assertTrue(ends[0].distance(kupianskBorder) < 0.1 || ends[1].distance(kupianskBorder) < 0.1);
    // Through Kherson's river front: within 5 km of the city's bank (46.63 N, 32.62 E).
    assertTrue(main.distance(Geometries.FACTORY.createPoint(new Coordinate(32.62, 46.63))) < 0.05);
  }

  @Test
  void noneOfTheLineRunsAlongTheOuterBorderOrCoast() {
    // Independent of the construction's midpoint test: the part of the line within about 1 m
    // (1e-5°) of the country's boundary is only where its 8 ends meet the border at an angle
    // (measured 21.8 m in all); one edge along the border would add hundreds of metres.
    Geometry nearBorder = partition.boundaries().country().getBoundary().buffer(1e-5);
    double onBorderM = GeodesicLength.ofM(line.geometry().intersection(nearBorder));
    System.out.printf("line within 1e-5° of the border: %.2f m%n", onBorderM);
    assertTrue(onBorderM < 50, onBorderM + " m");
  }

  @Test
  void onTheGridTheLineIsTheMeridianThatBoundsTheLayer(@TempDir Path dir) throws Exception {
    // The grid fixture covers lon 22-31, lat 45-48; the layer holds everything east of 29.5°, so the
    // line is the meridian 29.5° from 45° to 48° N, with no held sliver anywhere.
    Boundaries grid = GridFixture.boundaries(dir);
    LineOfContact meridian = LineOfContact.of(
        Partition.of(grid, GridFixture.layerEastOf(grid, dir, 29.5, LocalDate.of(2025, 8, 15))));
    double arcM = Geodesic.WGS84.Inverse(45, 29.5, 48, 29.5).s12;
    assertEquals(1, meridian.geometry().getNumGeometries());
    assertEquals(arcM, meridian.lengthM(), 1e-6);
    for (Coordinate c : meridian.geometry().getCoordinates()) {
      assertEquals(29.5, c.x, 1e-9);
    }
  }

  @Test
  void theLineIsOnTheOccupiedBoundaryInsideTheCountry() {
    Geometry occupiedBoundary = partition.occupied().getBoundary();
    assertTrue(occupiedBoundary.buffer(1e-7).covers(line.geometry()));
    assertTrue(partition.boundaries().country().buffer(1e-7).covers(line.geometry()));
  }
}
