package territorymap.geo;

import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.SegmentStringUtil;

/**
 * Counts where the rings of a polygonal geometry cross one another or themselves, up to a cap, in
 * about n log n: the cheap check made before a polygon is repaired, since repairing one that
 * crosses itself thousands of times (a zigzag) takes seconds and yields thousands of parts.
 */
public final class Crossings implements SegmentIntersector {

  private final LineIntersector intersector = new RobustLineIntersector();
  private final int cap;
  private int count;

  private Crossings(int cap) {
    this.cap = cap;
  }

  /**
   * The number of points where two segments of the geometry's rings cross inside both, counted up
   * to {@code cap + 1} (the count stops there); segments meeting at a shared vertex do not count.
   */
  public static int count(Geometry geometry, int cap) {
    @SuppressWarnings("unchecked")
    List<SegmentString> segments = SegmentStringUtil.extractSegmentStrings(geometry);
    Crossings crossings = new Crossings(cap);
    MCIndexNoder noder = new MCIndexNoder(crossings);
    noder.computeNodes(segments);
    return crossings.count;
  }

  @Override
  public void processIntersections(SegmentString a, int i, SegmentString b, int j) {
    if (count > cap || (a == b && i == j)) {
      return;
    }
    Coordinate[] pa = a.getCoordinates();
    Coordinate[] pb = b.getCoordinates();
    intersector.computeIntersection(pa[i], pa[i + 1], pb[j], pb[j + 1]);
    // A point inside one of the segments: a crossing, or a vertex touching another edge.
    if (intersector.hasIntersection() && intersector.isInteriorIntersection()) {
      count++;
    }
  }

  @Override
  public boolean isDone() {
    return count > cap;
  }
}
