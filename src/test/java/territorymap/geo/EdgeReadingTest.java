package territorymap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import territorymap.TestData;

/**
 * How much it matters that {@link GeodesicArea} reads a GeoJSON edge as a geodesic, where
 * RFC 7946 reads it as a straight line in lon/lat: the straight edge is approximated by
 * densifying it along the lon/lat line (JTS {@link Densifier}, every {@value #DENSIFY_DEG}°,
 * about 100 m, where the two readings differ by about 0.01 m² per piece) and measured
 * with GeographicLib as well. The printed figures are the ones quoted in GeodesicArea's Javadoc
 * and in README.
 */
class EdgeReadingTest {

  /** Densification step, degrees: about 110 m of latitude. */
  static final double DENSIFY_DEG = 1e-3;

  /** Area read with straight lon/lat edges minus area read with geodesic edges, m². */
  static double straightMinusGeodesicM2(Geometry geometry) {
    return GeodesicArea.ofM2(Densifier.densify(geometry, DENSIFY_DEG)) - GeodesicArea.ofM2(geometry);
  }

  /**
   * The area between one east-west edge along 46° N read straight in lon/lat (a parallel) and read
   * as a geodesic: the ring runs along the densified parallel from west to east and closes by the
   * geodesic back, so it encloses the sliver between the two and nothing else.
   */
  private static double oneEdgeAt46NorthM2(double lengthDeg) {
    Geometry parallel = Densifier.densify(Geometries.FACTORY.createLineString(new Coordinate[] {
        new Coordinate(30, 46), new Coordinate(30 + lengthDeg, 46)}), DENSIFY_DEG / 10);
    Coordinate[] along = parallel.getCoordinates();
    Coordinate[] ring = java.util.Arrays.copyOf(along, along.length + 1);
    ring[along.length] = along[0];
    return GeodesicArea.ofM2(Geometries.FACTORY.createPolygon(ring));
  }

  private static double lengthM(double lengthDeg) {
    return Geodesic.WGS84.Inverse(46, 30, 46, 30 + lengthDeg).s12;
  }

  @Test
  void anEastWestEdgeAt46NorthDiffersByTheSliverBetweenTheParallelAndTheGeodesic() {
    // The geodesic between two points of a parallel bulges poleward; the sliver grows with the
    // cube of the edge's length: the figures of issue #11, measured the same way.
    double[] lengthsDeg = {0.01, 0.02, 0.05, 0.5};
    double[] expectedM2 = {6, 50, 785, 785_000};
    for (int i = 0; i < lengthsDeg.length; i++) {
      double sliver = oneEdgeAt46NorthM2(lengthsDeg[i]);
      System.out.printf(Locale.ROOT, "east-west edge at 46 N, %.0f m: %.1f m²%n", lengthM(lengthsDeg[i]), sliver);
      assertEquals(expectedM2[i], sliver, expectedM2[i] * 0.1 + 1, "edge of " + lengthsDeg[i] + "°");
    }
  }

  /** The difference on a boundary file, unit by unit, printed; returns the largest share of a unit. */
  private static double measure(Path file) {
    double total = 0;
    double totalAbs = 0;
    double area = 0;
    double worstShare = 0;
    String worst = "";
    double longestM = 0;
    for (GeoJsonFeature feature : GeoJsonDocument.read(file)) {
      Geometry geometry = Geometries.polygonal(feature.geometry());
      double a = GeodesicArea.ofM2(geometry);
      double d = straightMinusGeodesicM2(geometry);
      total += d;
      totalAbs += Math.abs(d);
      area += a;
      if (Math.abs(d) / a > worstShare) {
        worstShare = Math.abs(d) / a;
        worst = feature.label() + String.format(Locale.ROOT, " (%.0f m², %.2e of its area)", d, worstShare);
      }
      longestM = Math.max(longestM, longestEdgeM(geometry));
    }
    System.out.printf(Locale.ROOT, "%s: straight minus geodesic %.0f m² net, %.0f m² summed over units"
        + " (%.1e of %.0f km²); longest edge %.1f km; largest for one unit: %s%n",
        file, total, totalAbs, totalAbs / area, area / 1e6, longestM / 1000, worst);
    return worstShare;
  }

  private static double longestEdgeM(Geometry geometry) {
    double longest = 0;
    for (int g = 0; g < geometry.getNumGeometries(); g++) {
      org.locationtech.jts.geom.Polygon polygon = (org.locationtech.jts.geom.Polygon) geometry.getGeometryN(g);
      for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
        LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
        Coordinate[] c = ring.getCoordinates();
        for (int i = 1; i < c.length; i++) {
          longest = Math.max(longest, Geodesic.WGS84.Inverse(c[i - 1].y, c[i - 1].x, c[i].y, c[i].x).s12);
        }
      }
    }
    return longest;
  }

  @Test
  @Tag("slow")
  void onTheShippedBoundariesTheTwoReadingsDifferByAtMost1point5e4OfAUnit() {
    // Measured: 1.6 km² summed over the units (2.6e-6 of the country), at most 0.016 km² of one
    // unit (UA-30, 9.9e-6 of it); the longest edge is 22 km.
    double worst = measure(Path.of("data/geojson/ukraine-oblasts.geojson"));
    assertTrue(worst < 1.5e-4, "largest share " + worst);
  }

  @Test
  @Tag("slow")
  void onTheHighResolutionBoundariesTheTwoReadingsDifferByAtMost1e5OfAUnit() {
    // Measured: 0.44 km² summed over the units (7.4e-7 of the country), at most 5,500 m² of one
    // unit (UA-40, 6.3e-6 of it); the longest edge is 15 km.
    double worst = measure(TestData.sharedOrSkip(TestData.GEOBOUNDARIES));
    assertTrue(worst < 1e-5, "largest share " + worst);
  }
}
