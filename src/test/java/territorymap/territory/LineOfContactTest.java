package territorymap.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import territorymap.geo.GeodesicLength;
import territorymap.geo.Geometries;

class LineOfContactTest {

  static Partition partition;
  static LineOfContact line;

  @BeforeAll
  static void load() {
    Boundaries boundaries = Boundaries.load(BoundariesTest.SHIPPED, Units.official());
    ControlLayer layer = ControlLayerReader.read(
        Path.of("data/geojson/control/2025-08-15-approximate.geojson"), LocalDate.of(2025, 8, 15));
    partition = Partition.of(boundaries, layer);
    line = LineOfContact.of(partition);
  }

  @Test
  void exploreHighRes() {
    long t0 = System.nanoTime();
    Boundaries boundaries = Boundaries.load(Path.of("/work/shared/data/boundaries/geoboundaries-ukr-adm1-land.geojson"), Units.official());
    ControlLayer layer = ControlLayerReader.read(
        Path.of("/work/shared/data/control/deepstate-2025-08-15.geojson"), LocalDate.of(2025, 8, 15));
    Partition p = Partition.of(boundaries, layer);
    long t1 = System.nanoTime();
    var occ = p.occupied();
    long ta = System.nanoTime();
    var idx = new org.locationtech.jts.operation.distance.IndexedFacetDistance(boundaries.country().getBoundary());
    idx.isWithinDistance(Geometries.FACTORY.createPoint(new Coordinate(35, 48)), 1e-6);
    long tb = System.nanoTime();
    System.out.printf("occupied union %d ms, index %d ms, occupied vertices %d%n", (ta - t1) / 1000000, (tb - ta) / 1000000, occ.getNumPoints());
    long tc = System.nanoTime();
    Geometry slivers = LineOfContact.slivers(p);
    System.out.printf("slivers: %d polygons, %.1f km², %d ms%n", slivers.getNumGeometries(), territorymap.geo.GeodesicArea.ofKm2(slivers), (System.nanoTime() - tc) / 1000000);
    t1 = System.nanoTime();
    LineOfContact l = LineOfContact.of(p);
    long t2 = System.nanoTime();
    System.out.printf("highres load %d ms, line %d ms; country %d polygons %d holes%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000,
        boundaries.country().getNumGeometries(), Geometries.polygonsOf(boundaries.country()).stream().mapToInt(x -> x.getNumInteriorRing()).sum());
    print(l);
    long t3 = System.nanoTime();
    for (int k = 0; k < 3; k++) {
      t3 = System.nanoTime();
      var b = territorymap.geo.GeodesicBuffer.of(l.geometry(), 40_000);
      long tb2 = System.nanoTime();
      Territory band = ContactBand.of(l, ContactBand.Reach.INTO_HELD, 40_000, java.util.List.of());
      long t4 = System.nanoTime();
      System.out.printf("buffer %d ms (%d vertices); band %.1f km² in %d ms%n", (tb2 - t3) / 1000000, b.getNumPoints(), band.areaM2() / 1e6, (t4 - tb2) / 1000000);
    }
  }

  static void print(LineOfContact line) {
    System.out.printf("line: %d parts, %d vertices, %.1f km%n", line.geometry().getNumGeometries(),
        line.geometry().getNumPoints(), line.lengthM() / 1e3);
    for (int i = 0; i < line.geometry().getNumGeometries(); i++) {
      Geometry part = line.geometry().getGeometryN(i);
      Coordinate[] c = part.getCoordinates();
      System.out.printf("  part %d: %.1f km from %s to %s%n", i, GeodesicLength.ofM(part) / 1e3, c[0], c[c.length - 1]);
    }
  }

  @Test
  void explore() {
    print(line);
  }
}
