package territorymap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeodesicAreaTest {

  /** PostGIS geography ST_Area and GeographicLib agree on this cell to 1e-4 m². */
  private static final double CELL_30_47_M2 = 8_376_498_721.2;

  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader(Geometries.FACTORY).read(text);
  }

  @Test
  void theOneDegreeCellAtLon30Lat47HasItsReferenceArea() throws ParseException {
    double area = GeodesicArea.ofM2(wkt("POLYGON ((30 47, 31 47, 31 48, 30 48, 30 47))"));
    assertEquals(CELL_30_47_M2, area, 0.05);
  }

  @Test
  void aClockwiseRingHasTheSameAreaNotTheEarthMinusIt() throws ParseException {
    double area = GeodesicArea.ofM2(wkt("POLYGON ((30 47, 30 48, 31 48, 31 47, 30 47))"));
    assertEquals(CELL_30_47_M2, area, 0.05);
  }

  @Test
  void holesSubtractWhateverTheirOrientation() throws ParseException {
    double outer = GeodesicArea.ofM2(wkt("POLYGON ((30 47, 31 47, 31 48, 30 48, 30 47))"));
    double hole = GeodesicArea.ofM2(wkt("POLYGON ((30.2 47.2, 30.4 47.2, 30.4 47.4, 30.2 47.4, 30.2 47.2))"));
    double withCwHole = GeodesicArea.ofM2(wkt(
        "POLYGON ((30 47, 31 47, 31 48, 30 48, 30 47), (30.2 47.2, 30.2 47.4, 30.4 47.4, 30.4 47.2, 30.2 47.2))"));
    double withCcwHole = GeodesicArea.ofM2(wkt(
        "POLYGON ((30 47, 31 47, 31 48, 30 48, 30 47), (30.2 47.2, 30.4 47.2, 30.4 47.4, 30.2 47.4, 30.2 47.2))"));
    assertEquals(outer - hole, withCwHole, 1e-3);
    assertEquals(outer - hole, withCcwHole, 1e-3);
  }

  @Test
  void aMultiPolygonIsTheSumOfItsParts() throws ParseException {
    double a = GeodesicArea.ofM2(wkt("POLYGON ((30 47, 31 47, 31 48, 30 48, 30 47))"));
    double b = GeodesicArea.ofM2(wkt("POLYGON ((35 45, 36 45, 36 46, 35 46, 35 45))"));
    double both = GeodesicArea.ofM2(wkt(
        "MULTIPOLYGON (((30 47, 31 47, 31 48, 30 48, 30 47)), ((35 45, 36 45, 36 46, 35 46, 35 45)))"));
    assertEquals(a + b, both, 1e-3);
  }

  @Test
  void pointsLinesAndEmptyGeometriesHaveNoArea() throws ParseException {
    assertEquals(0, GeodesicArea.ofM2(wkt("POINT (30 47)")));
    assertEquals(0, GeodesicArea.ofM2(wkt("LINESTRING (30 47, 31 48)")));
    assertEquals(0, GeodesicArea.ofM2(wkt("POLYGON EMPTY")));
  }
}
