package territorymap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The area of a lon/lat geometry on the WGS84 ellipsoid, computed with GeographicLib.
 *
 * <p>This is the one place where JTS axis order (x = longitude, y = latitude, degrees) is turned
 * into GeographicLib's (latitude, longitude). Every polygonal component counts: the area of each
 * shell minus the areas of its holes. Ring orientation does not matter, since each ring's area is
 * taken signed and then made absolute; a clockwise ring therefore never comes back as the Earth's
 * area minus the polygon. Non-polygonal components (points, lines) have no area and are ignored.
 *
 * <p>Edges are read as geodesics, the shortest paths on the ellipsoid, as PostGIS
 * {@code geography} reads them; RFC 7946 reads a GeoJSON edge as a straight line in lon/lat. The
 * two readings differ by the sliver between the two lines, which grows with the cube of an edge's
 * length: for one east-west edge at 46° N, 6 m² at 775 m, 50 m² at 1.5 km, 785 m² at 3.9 km,
 * 0.78 km² at 39 km. Measured by densifying every edge along the lon/lat line
 * ({@code EdgeReadingTest}): on the shipped boundaries (edges up to 40 km) 4.2 km² over the 27
 * units (7e-6 of the country), at most 0.76 km² (9.3e-5) of one unit; on the high-resolution
 * geoBoundaries file (edges up to 15 km) 0.44 km² (7e-7), at most 5,500 m² (6.3e-6) of one unit.
 * To read edges as RFC 7946 does, densify the geometry first (JTS {@code Densifier}).
 *
 * <p>Accuracy: GeographicLib's polygon area is accurate to about 0.1 m² per vertex for edges
 * treated as geodesics (Karney 2013, "Algorithms for geodesics").
 */
public final class GeodesicArea {

  private GeodesicArea() {}

  /**
   * The ellipsoidal area of a geometry.
   *
   * @param geometry lon/lat degrees (RFC 7946 axis order), any type; may be empty
   * @return area in square metres (m²), never negative
   */
  public static double ofM2(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        total += polygonM2(polygon);
      } else if (part != geometry && part.getNumGeometries() > 0) {
        total += ofM2(part);
      }
    }
    return total;
  }

  /** The geodesic distance between two points given as lon/lat degrees, km (GeographicLib's inverse problem). */
  public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000;
  }

  /** The ellipsoidal area of a geometry in square kilometres (km²). */
  public static double ofKm2(Geometry geometry) {
    return ofM2(geometry) / 1e6;
  }

  private static double polygonM2(Polygon polygon) {
    if (polygon.isEmpty()) {
      return 0;
    }
    double area = ringM2(polygon.getExteriorRing());
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      area -= ringM2(polygon.getInteriorRingN(h));
    }
    return Math.max(area, 0);
  }

  /** The absolute area enclosed by one ring, whatever its orientation. */
  static double ringM2(LinearRing ring) {
    Coordinate[] coordinates = ring.getCoordinates();
    PolygonArea accumulator = new PolygonArea(Geodesic.WGS84, false);
    // A closed JTS ring repeats its first vertex at the end; GeographicLib closes rings itself.
    int n = coordinates.length > 1 && coordinates[0].equals2D(coordinates[coordinates.length - 1])
        ? coordinates.length - 1
        : coordinates.length;
    if (n < 3) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      accumulator.AddPoint(coordinates[i].y, coordinates[i].x);
    }
    // reverse = false, sign = true: counter-clockwise positive, clockwise negative.
    return Math.abs(accumulator.Compute(false, true).area);
  }
}
