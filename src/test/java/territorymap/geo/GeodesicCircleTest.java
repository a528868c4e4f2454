package territorymap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class GeodesicCircleTest {

  /** The geodesic circle's area, as the limit of a polygon of 65,536 Direct points (GeographicLib). */
  static double exactCircleM2(double lon, double lat, double radiusM) {
    PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
    int n = 65_536;
    for (int i = 0; i < n; i++) {
      var d = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / n, radiusM);
      polygon.AddPoint(d.lat2, d.lon2);
    }
    return Math.abs(polygon.Compute(false, true).area);
  }

  @Test
  void aCircleOf100KmAroundEnerhodarHasTheGeodesicCirclesArea() {
    double exact = exactCircleM2(34.59, 47.51, 100_000);
    double area = GeodesicArea.ofM2(GeodesicCircle.of(34.59, 47.51, 100_000));
    double relative = area / exact - 1;
    System.out.printf("100 km circle: %.3f km² vs %.3f km² (%+.5f %%)%n", area / 1e6, exact / 1e6, 100 * relative);
    // An inscribed 360-gon lacks (2π/360)²/6 = 5.1e-5 of the area.
    assertEquals(-5.1e-5, relative, 0.2e-5);
  }

  @Test
  void aSmallCircleHasTheAreaOfAPlaneCircle() {
    // 5 km: curvature changes πr² by r²/(12 R²) ≈ 5e-8 (sphere), far below the polygon's 5.1e-5.
    double r = 5_000;
    double area = GeodesicArea.ofM2(GeodesicCircle.of(30.52, 50.45, r));
    assertEquals(Math.PI * r * r * (1 - 5.1e-5), area, Math.PI * r * r * 1e-6);
  }

  @Test
  void everyVertexIsAtTheRadiusFromTheCentre() {
    Polygon circle = GeodesicCircle.of(34.59, 47.51, 30_000);
    assertEquals(GeodesicCircle.VERTICES + 1, circle.getNumPoints());
    assertTrue(circle.isValid());
    for (Coordinate c : circle.getCoordinates()) {
      assertEquals(30_000, Geodesic.WGS84.Inverse(47.51, 34.59, c.y, c.x).s12, 1e-6);
    }
  }

  @Test
  void aBadRadiusOrACircleOverThePoleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(30, 50, 0));
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(30, 50, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(30, 50, 3_000_000));
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(30, 95, 1000));
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(30, 89, 200_000));
    assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.of(179.9, 0, 100_000));
  }
}
