package territorymap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The length of a lon/lat geometry on the WGS84 ellipsoid: each edge is measured as the geodesic
 * between its end points (GeographicLib's inverse problem, accurate to 15 nm). Lines count their
 * edges, polygons their rings; points have no length.
 */
public final class GeodesicLength {

  private GeodesicLength() {}

  /**
   * @param geometry lon/lat degrees (RFC 7946 axis order), any type; may be empty
   * @return length in metres, never negative
   */
  public static double ofM(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof LineString line) {
        total += lineM(line.getCoordinates());
      } else if (part instanceof Polygon polygon) {
        total += lineM(polygon.getExteriorRing().getCoordinates());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          total += lineM(polygon.getInteriorRingN(h).getCoordinates());
        }
      } else if (part != geometry && part.getNumGeometries() > 0) {
        total += ofM(part);
      }
    }
    return total;
  }

  private static double lineM(Coordinate[] coordinates) {
    double total = 0;
    for (int i = 1; i < coordinates.length; i++) {
      Coordinate a = coordinates[i - 1];
      Coordinate b = coordinates[i];
      total += Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
    }
    return total;
  }
}
