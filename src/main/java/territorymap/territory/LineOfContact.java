package territorymap.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;
import territorymap.geo.GeodesicLength;
import territorymap.geo.Geometries;

/**
 * The line of contact of one control layer: the part of the occupied area's boundary that lies
 * inside Ukraine, that is, not along the country's outer border or coast (nor along the rim of a
 * gap between its units).
 *
 * <p>The occupied area is the union of the partition's occupied atoms, so it is the layer clipped
 * to the regions by snap-rounding on the 1e-7° overlay grid ({@link Geometries}); where it runs
 * along the border its edges are the border's own edges, moved by at most half a grid cell. An edge
 * of the occupied boundary is therefore dropped when its midpoint lies within
 * {@value #ON_BORDER_DEG}° (about 11 cm, ten grid cells) of the country's boundary: far above the
 * snapping noise, far below any real stretch of front, which never runs within metres of the border
 * for the length of an edge. An edge that leaves the border has its midpoint off it and is kept.
 */
public final class LineOfContact {

  /** An edge whose midpoint is this close to the country's boundary runs along it, degrees. */
  public static final double ON_BORDER_DEG = 1e-6;

  private final Partition partition;
  private final MultiLineString geometry;
  private final double lengthM;

  private LineOfContact(Partition partition, MultiLineString geometry) {
    this.partition = partition;
    this.geometry = geometry;
    this.lengthM = GeodesicLength.ofM(geometry);
  }

  /** The line of contact of a partition's layer (empty if nothing is occupied). */
  public static LineOfContact of(Partition partition) {
    Geometry border = partition.boundaries().country().getBoundary();
    IndexedFacetDistance distance = new IndexedFacetDistance(border);
    LineMerger merger = new LineMerger();
    for (Polygon polygon : Geometries.polygonsOf(partition.occupied())) {
      addInnerEdges(polygon.getExteriorRing(), distance, merger);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        addInnerEdges(polygon.getInteriorRingN(h), distance, merger);
      }
    }
    @SuppressWarnings("unchecked")
    Collection<LineString> merged = merger.getMergedLineStrings();
    return new LineOfContact(partition, Geometries.FACTORY.createMultiLineString(
        merged.toArray(LineString[]::new)));
  }

  /** Adds each edge of a ring that does not run along the border, as a two-point line. */
  private static void addInnerEdges(LineString ring, IndexedFacetDistance border, LineMerger merger) {
    Coordinate[] c = ring.getCoordinates();
    List<Geometry> edges = new ArrayList<>();
    for (int i = 1; i < c.length; i++) {
      Coordinate mid = new Coordinate((c[i - 1].x + c[i].x) / 2, (c[i - 1].y + c[i].y) / 2);
      if (!border.isWithinDistance(Geometries.FACTORY.createPoint(mid), ON_BORDER_DEG)) {
        edges.add(Geometries.FACTORY.createLineString(new Coordinate[] {c[i - 1], c[i]}));
      }
    }
    merger.add(edges);
  }

  /** The partition whose layer this is the line of. */
  public Partition partition() {
    return partition;
  }

  /** The line, its edges merged into as few lines as meet end to end; lon/lat degrees. */
  public MultiLineString geometry() {
    return geometry;
  }

  /** The geodesic length of the line, m. */
  public double lengthM() {
    return lengthM;
  }
}
