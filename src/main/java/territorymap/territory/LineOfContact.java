package territorymap.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;
import territorymap.geo.GeodesicArea;
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
 *
 * <p>Held slivers: where a layer's edge does not follow the border or coast of the boundary file
 * (a DeepStateMap layer on geoBoundaries: strips along the Russian border of Luhansk oblast, the
 * spits of the Black Sea and Azov coasts), thin held polygons are left between the occupied area
 * and the border, each cut off from the rest of held Ukraine. Their rims are no front, so edges
 * along a held polygon that is not connected to the held part of greatest area are dropped as
 * well ({@link #slivers}). Measured on that pair, 15 August 2025: 798 such polygons, 301 km² in
 * all; without this rule the line measured 2,106 km in 735 pieces, with it 1,347.8 km in 10 (the
 * main front 1,218.9 km from the Dnipro's mouth to the Russian border east of Kupiansk). A held
 * pocket that really were cut off from the rest of held Ukraine would lose its line too; there is
 * none in the layers loaded.
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
    IndexedFacetDistance onBorder = new IndexedFacetDistance(border);
    Geometry slivers = slivers(partition);
    IndexedFacetDistance onSliver = slivers.isEmpty() ? null : new IndexedFacetDistance(slivers.getBoundary());
    LineMerger merger = new LineMerger();
    for (Polygon polygon : Geometries.polygonsOf(partition.occupied())) {
      addInnerEdges(polygon.getExteriorRing(), onBorder, onSliver, merger);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        addInnerEdges(polygon.getInteriorRingN(h), onBorder, onSliver, merger);
      }
    }
    @SuppressWarnings("unchecked")
    Collection<LineString> merged = merger.getMergedLineStrings();
    return new LineOfContact(partition, Geometries.FACTORY.createMultiLineString(
        merged.toArray(LineString[]::new)));
  }

  /**
   * The held polygons not connected to the largest held area: the held parts of regions are
   * linked where they touch (within {@link #ON_BORDER_DEG}), and every polygon outside the
   * component of greatest area is a sliver left between the layer and a border or coast.
   */
  static Geometry slivers(Partition partition) {
    List<Polygon> held = new ArrayList<>();
    for (Atom atom : partition.atoms()) {
      if (atom.side() == Side.HELD) {
        held.addAll(Geometries.polygonsOf(partition.geometry(atom)));
      }
    }
    int[] parent = new int[held.size()];
    STRtree index = new STRtree();
    for (int i = 0; i < held.size(); i++) {
      parent[i] = i;
      Envelope envelope = new Envelope(held.get(i).getEnvelopeInternal());
      envelope.expandBy(ON_BORDER_DEG);
      index.insert(envelope, i);
    }
    for (int i = 0; i < held.size(); i++) {
      for (Object found : index.query(held.get(i).getEnvelopeInternal())) {
        int j = (Integer) found;
        if (j > i && find(parent, i) != find(parent, j) && held.get(i).isWithinDistance(held.get(j), ON_BORDER_DEG)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, Double> componentM2 = new HashMap<>();
    double[] areasM2 = new double[held.size()];
    for (int i = 0; i < held.size(); i++) {
      areasM2[i] = GeodesicArea.ofM2(held.get(i));
      componentM2.merge(find(parent, i), areasM2[i], Double::sum);
    }
    int mainland = componentM2.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(-1);
    List<Polygon> slivers = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      if (find(parent, i) != mainland) {
        slivers.add(held.get(i));
      }
    }
    return Geometries.multiPolygon(slivers);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Adds each edge of a ring that runs neither along the border nor along a sliver, as a line. */
  private static void addInnerEdges(LineString ring, IndexedFacetDistance border,
      IndexedFacetDistance slivers, LineMerger merger) {
    Coordinate[] c = ring.getCoordinates();
    List<Geometry> edges = new ArrayList<>();
    for (int i = 1; i < c.length; i++) {
      Geometry mid = Geometries.FACTORY.createPoint(
          new Coordinate((c[i - 1].x + c[i].x) / 2, (c[i - 1].y + c[i].y) / 2));
      if (!border.isWithinDistance(mid, ON_BORDER_DEG)
          && (slivers == null || !slivers.isWithinDistance(mid, ON_BORDER_DEG))) {
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
