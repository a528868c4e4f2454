package territorymap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeodesicBufferTest {

  private static final double A = Geodesic.WGS84.EquatorialRadius();
  private static final double F = Geodesic.WGS84.Flattening();

  /**
   * The exact area of the ellipsoidal zone between the equator and latitude φ, over Δλ degrees of
   * longitude (the authalic integral): b² Δλ [sinφ / (2(1 − e² sin²φ)) + atanh(e sinφ) / (2e)].
   */
  static double zoneM2(double latDeg, double dLonDeg) {
    double b = A * (1 - F);
    double e2 = F * (2 - F);
    double e = Math.sqrt(e2);
    double s = Math.sin(Math.toRadians(latDeg));
    double perRadian = b * b * (s / (2 * (1 - e2 * s * s)) + atanh(e * s) / (2 * e));
    return perRadian * Math.toRadians(dLonDeg);
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  private static Polygon box(double lon0, double lat0, double lon1, double lat1) {
    return Geometries.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0),
        new Coordinate(lon1, lat0), new Coordinate(lon1, lat1), new Coordinate(lon0, lat1),
        new Coordinate(lon0, lat0)});
  }

  @Test
  void aBandAlongTheEquatorHasTheAreaOfTheEllipsoidalZoneItCovers() {
    // 40 km each side of the equator from 0° to 10° E (1,113 km). Away from the round caps, the
    // points within 40 km of the equator are those between the parallels ±φ whose meridian arc is
    // 40 km (the shortest way to the equator runs along the meridian); the middle 8° of longitude
    // is cut out by meridians, which are geodesics, so the exact area is the zone's.
    Geometry equator = Geometries.FACTORY.createLineString(new Coordinate[] {
        new Coordinate(0, 0), new Coordinate(10, 0)});
    MultiPolygon band = GeodesicBuffer.of(equator, 40_000);
    double latW = Geodesic.WGS84.Direct(0, 5, 0, 40_000).lat2;
    double exactM2 = 2 * zoneM2(latW, 8);
    double measuredM2 = GeodesicArea.ofM2(Geometries.intersection(band, box(1, -1, 9, 1)));
    double relative = measuredM2 / exactM2 - 1;
    System.out.printf("equator band: %.3f km² vs exact %.3f km² (%+.4f %%)%n", measuredM2 / 1e6,
        exactM2 / 1e6, 100 * relative);
    // The bound is 0.5 %; measured −0.027 % (the band narrows by about ρ²/6R² away from
    // the projection's centre, and the round joins' chords are inside the arcs).
    assertEquals(0, relative, 0.005);
  }

  @Test
  void aBandAlongAMeridianReachesTheDistanceAskedFromTheLine() {
    // Along the meridian 35° E from 46° to 52° N (667 km): a point of the band's edge west or east
    // of the middle stretch is at the distance asked from the meridian; measured geodesically.
    Geometry meridian = Geometries.FACTORY.createLineString(new Coordinate[] {
        new Coordinate(35, 46), new Coordinate(35, 52)});
    MultiPolygon band = GeodesicBuffer.of(meridian, 40_000);
    double worst = 0;
    for (Coordinate c : band.getCoordinates()) {
      if (c.y > 46.5 && c.y < 51.5) {
        // The nearest point of a meridian is on the geodesic leaving it at right angles; on a
        // meridian the foot is found by the inverse problem's minimum over latitude.
        double d = distanceToMeridianM(35, c.x, c.y);
        worst = Math.max(worst, Math.abs(d / 40_000 - 1));
      }
    }
    System.out.printf("meridian band: edge within %.4f %% of 40 km%n", 100 * worst);
    assertTrue(worst < 0.002, "edge off by " + worst);
  }

  /** The geodesic distance from a point to the meridian {@code lon0}, by golden-section search. */
  static double distanceToMeridianM(double lon0, double lon, double lat) {
    double lo = lat - 1;
    double hi = lat + 1;
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 80; i++) {
      double m1 = hi - g * (hi - lo);
      double m2 = lo + g * (hi - lo);
      if (inverseM(lon0, m1, lon, lat) < inverseM(lon0, m2, lon, lat)) {
        hi = m2;
      } else {
        lo = m1;
      }
    }
    return inverseM(lon0, (lo + hi) / 2, lon, lat);
  }

  static double inverseM(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }

  @Test
  void aBufferedPointIsTheGeodesicCircle() {
    // Radial distances from the centre are exact in the azimuthal equidistant plane, so the buffer
    // is the geodesic circle as a 64-gon (16 segments a quadrant), which lacks (2π/64)²/6 of the
    // area, where GeodesicCircle's 360-gon lacks (2π/360)²/6.
    MultiPolygon disc = GeodesicBuffer.of(Geometries.FACTORY.createPoint(new Coordinate(34.59, 47.51)), 20_000);
    double circleM2 = GeodesicArea.ofM2(GeodesicCircle.of(34.59, 47.51, 20_000));
    double expected = circleM2 * (1 - Math.pow(2 * Math.PI / 64, 2) / 6) / (1 - Math.pow(2 * Math.PI / 360, 2) / 6);
    assertEquals(expected, GeodesicArea.ofM2(disc), circleM2 * 2e-5);
  }

  @Test
  void emptyInputAZeroDistanceAndAContinentSizedBandAreRefused() {
    Geometry line = Geometries.FACTORY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0)});
    assertThrows(IllegalArgumentException.class,
        () -> GeodesicBuffer.of(Geometries.FACTORY.createLineString(), 1000));
    assertThrows(IllegalArgumentException.class, () -> GeodesicBuffer.of(line, 0));
    assertThrows(IllegalArgumentException.class, () -> GeodesicBuffer.of(line, -5));
    Geometry long_ = Geometries.FACTORY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(30, 0)});
    assertThrows(IllegalArgumentException.class, () -> GeodesicBuffer.of(long_, 1000));
  }
}
