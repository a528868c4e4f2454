package territorymap.territory;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/**
 * A set of territory inside Ukraine, held as pieces of the atoms of one {@link Partition}.
 *
 * <p>A piece is either a whole atom, whose geometry and area the partition already has, or a
 * part of one with its own geometry and geodesic area. Set operations work atom by atom and only
 * run a geometric overlay where two partial pieces meet, so territory built from regions and
 * their occupied or held parts costs no overlay at all. Instances are immutable.
 */
public final class Territory {

  /**
   * The piece of one atom that a territory holds.
   *
   * @param part the geometry of the piece, or {@code null} for the whole atom
   * @param areaM2 geodesic area of the piece, m²
   */
  record Piece(MultiPolygon part, double areaM2) {
    boolean whole() {
      return part == null;
    }
  }

  private final Partition partition;
  private final Map<Atom, Piece> pieces;

  private Territory(Partition partition, Map<Atom, Piece> pieces) {
    this.partition = partition;
    this.pieces = Collections.unmodifiableMap(pieces);
  }

  /** The territory made of whole atoms. */
  public static Territory ofAtoms(Partition partition, Collection<Atom> atoms) {
    Map<Atom, Piece> pieces = new LinkedHashMap<>();
    for (Atom atom : atoms) {
      if (partition.areaM2(atom) > 0) {
        pieces.put(atom, new Piece(null, partition.areaM2(atom)));
      }
    }
    return new Territory(partition, pieces);
  }

  /** The part of the country inside a polygonal geometry (lon/lat degrees). */
  public static Territory ofPolygon(Partition partition, Geometry polygon) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
    Map<Atom, Piece> pieces = new LinkedHashMap<>();
    for (Atom atom : partition.atoms()) {
      MultiPolygon geometry = partition.geometry(atom);
      if (!prepared.intersects(geometry)) {
        continue;
      }
      if (prepared.covers(geometry)) {
        pieces.put(atom, new Piece(null, partition.areaM2(atom)));
      } else {
        putPartial(pieces, atom, Geometries.intersection(geometry, polygon));
      }
    }
    return new Territory(partition, pieces);
  }

  /** The territory in this one or in {@code other}. */
  public Territory union(Territory other) {
    Map<Atom, Piece> result = new LinkedHashMap<>(pieces);
    other.pieces.forEach((atom, theirs) -> {
      Piece mine = result.get(atom);
      if (mine == null || theirs.whole()) {
        result.put(atom, theirs);
      } else if (!mine.whole()) {
        putPartial(result, atom, Geometries.union(mine.part(), theirs.part()));
      }
    });
    return new Territory(partition, result);
  }

  /** The territory in this one and in {@code other}. */
  public Territory intersection(Territory other) {
    Map<Atom, Piece> result = new LinkedHashMap<>();
    pieces.forEach((atom, mine) -> {
      Piece theirs = other.pieces.get(atom);
      if (theirs == null) {
        return;
      }
      if (mine.whole()) {
        result.put(atom, theirs);
      } else if (theirs.whole()) {
        result.put(atom, mine);
      } else {
        putPartial(result, atom, Geometries.intersection(mine.part(), theirs.part()));
      }
    });
    return new Territory(partition, result);
  }

  /** The territory in this one but not in {@code other}. */
  public Territory minus(Territory other) {
    Map<Atom, Piece> result = new LinkedHashMap<>();
    pieces.forEach((atom, mine) -> {
      Piece theirs = other.pieces.get(atom);
      if (theirs == null) {
        result.put(atom, mine);
      } else if (!theirs.whole()) {
        putPartial(result, atom, Geometries.difference(geometryOf(atom, mine), theirs.part()));
      }
    });
    return new Territory(partition, result);
  }

  private MultiPolygon geometryOf(Atom atom, Piece piece) {
    return piece.whole() ? partition.geometry(atom) : piece.part();
  }

  private static void putPartial(Map<Atom, Piece> into, Atom atom, MultiPolygon part) {
    if (part.isEmpty()) {
      into.remove(atom);
      return;
    }
    double area = GeodesicArea.ofM2(part);
    if (area > 0) {
      into.put(atom, new Piece(part, area));
    } else {
      into.remove(atom);
    }
  }

  /** The partition whose atoms this territory is made of. */
  public Partition partition() {
    return partition;
  }

  /** Whether the territory has no area. */
  public boolean isEmpty() {
    return pieces.isEmpty();
  }

  /** The geodesic area, m². */
  public double areaM2() {
    return pieces.values().stream().mapToDouble(Piece::areaM2).sum();
  }

  /** The geodesic area of the territory inside one atom, m². */
  public double areaM2(Atom atom) {
    Piece piece = pieces.get(atom);
    return piece == null ? 0 : piece.areaM2();
  }

  /** The atoms this territory touches. */
  public Collection<Atom> atoms() {
    return pieces.keySet();
  }

  /**
   * The territory for a map: whole atoms in their display geometry
   * ({@link Partition#displayGeometry}), partial pieces as they are; undissolved, lon/lat degrees.
   */
  public MultiPolygon displayGeometry() {
    return Geometries.multiPolygon(pieces.entrySet().stream()
        .flatMap(e -> Geometries.polygonsOf(e.getValue().whole()
            ? partition.displayGeometry(e.getKey()) : e.getValue().part()).stream())
        .toList());
  }

  /** The territory's pieces as one undissolved MultiPolygon, lon/lat degrees. */
  public MultiPolygon geometry() {
    return Geometries.multiPolygon(pieces.entrySet().stream()
        .flatMap(e -> Geometries.polygonsOf(geometryOf(e.getKey(), e.getValue())).stream())
        .toList());
  }
}
