package territorymap.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import territorymap.geo.Cancelled;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/**
 * A set of territory inside Ukraine, held as pieces of the atoms of one {@link Partition}.
 *
 * <p>A piece of an atom is one of three kinds: the whole atom, whose geometry and area the
 * partition already has; a part with its own geometry and geodesic area; or the atom less a part
 * (a complement), whose area is the atom's cached area less the part's and whose geometry is only
 * made when a map asks for it. Set operations work atom by atom and run a geometric overlay only
 * where two parts meet, so territory built from regions and their occupied or held parts costs no
 * overlay at all, and taking an explicit polygon out of whole atoms costs none either.
 * Instances are immutable.
 */
public final class Territory {

  /**
   * The piece of one atom that a territory holds: the whole atom if both geometries are null.
   *
   * @param part the piece's geometry, or {@code null}
   * @param removed for a complement, what is taken out of the atom; otherwise {@code null}
   * @param areaM2 geodesic area of the piece, m²
   */
  record Piece(MultiPolygon part, MultiPolygon removed, double areaM2) {
    static Piece whole(double areaM2) {
      return new Piece(null, null, areaM2);
    }

    boolean whole() {
      return part == null && removed == null;
    }

    boolean partial() {
      return part != null;
    }
  }

  /** Complements smaller than this, m², are dropped as overlay noise. */
  private static final double EMPTY_M2 = 1e-3;

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
        pieces.put(atom, Piece.whole(partition.areaM2(atom)));
      }
    }
    return new Territory(partition, pieces);
  }

  /**
   * The part of the country inside a polygonal geometry (lon/lat degrees).
   *
   * <p>The overlays of the atoms the polygon cuts, with the geodesic areas of their pieces, are
   * nearly all the cost of an explicit polygon. They run on the caller's thread (a request's
   * computation is bounded by the web layer's own pool, never spread over the shared one) and stop
   * between atoms if the thread is interrupted ({@link Cancelled}).
   */
  public static Territory ofPolygon(Partition partition, Geometry polygon) {
    return ofPolygon(partition, polygon, partition.atoms());
  }

  /**
   * The part of some atoms inside a polygonal geometry: {@code ofPolygon(partition, polygon)}
   * intersected with {@code ofAtoms(partition, atoms)}, without cutting the other atoms.
   */
  public static Territory ofPolygon(Partition partition, Geometry polygon, Collection<Atom> atoms) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
    Map<Atom, Piece> pieces = new LinkedHashMap<>();
    Map<Atom, MultiPolygon> cut = new LinkedHashMap<>();
    for (Atom atom : atoms) {
      Cancelled.check();
      MultiPolygon geometry = partition.geometry(atom);
      if (!prepared.intersects(geometry)) {
        continue;
      }
      if (prepared.covers(geometry)) {
        pieces.put(atom, Piece.whole(partition.areaM2(atom)));
      } else {
        pieces.put(atom, null); // a place in the atom order, filled below
        cut.put(atom, geometry);
      }
    }
    cut.forEach((atom, geometry) -> pieces.put(atom, part(Geometries.intersection(geometry, polygon))));
    pieces.values().removeIf(piece -> piece.areaM2() <= 0);
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
        putPart(result, atom, Geometries.union(geometryOf(atom, mine), geometryOf(atom, theirs)));
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
        putPart(result, atom, Geometries.intersection(geometryOf(atom, mine), geometryOf(atom, theirs)));
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
      } else if (theirs.whole()) {
        return;
      } else if (mine.whole() && theirs.partial()) {
        // The atom less a part: its area by subtraction, its geometry only when asked for.
        double area = mine.areaM2() - theirs.areaM2();
        if (area > EMPTY_M2) {
          result.put(atom, new Piece(null, theirs.part(), area));
        }
      } else {
        putPart(result, atom, Geometries.difference(geometryOf(atom, mine), geometryOf(atom, theirs)));
      }
    });
    return new Territory(partition, result);
  }

  private MultiPolygon geometryOf(Atom atom, Piece piece) {
    if (piece.whole()) {
      return partition.geometry(atom);
    }
    return piece.partial() ? piece.part() : Geometries.difference(partition.geometry(atom), piece.removed());
  }

  private static void putPart(Map<Atom, Piece> into, Atom atom, MultiPolygon part) {
    Piece piece = part(part);
    if (piece.areaM2() > 0) {
      into.put(atom, piece);
    } else {
      into.remove(atom);
    }
  }

  /** A piece with its own geometry; its area is 0 if the geometry is empty. */
  private static Piece part(MultiPolygon part) {
    return new Piece(part, null, part.isEmpty() ? 0 : GeodesicArea.ofM2(part));
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
   * The territory for a map: whole atoms in their display geometry at that detail
   * ({@link Partition#displayGeometry}), other pieces at full resolution; undissolved, lon/lat.
   */
  public MultiPolygon displayGeometry(DisplayDetail detail) {
    return Geometries.multiPolygon(pieces.entrySet().stream()
        .flatMap(e -> Geometries.polygonsOf(e.getValue().whole()
            ? partition.displayGeometry(e.getKey(), detail) : geometryOf(e.getKey(), e.getValue())).stream())
        .toList());
  }

  /**
   * The territory for a map, dissolved into one MultiPolygon (lon/lat): whole atoms joined along
   * their shared edges ({@link Partition#displayUnion}), then the other pieces added by a cascaded
   * overlay union. Stops between atoms and between unions if the thread is interrupted
   * ({@link Cancelled}).
   */
  public MultiPolygon dissolvedDisplayGeometry(DisplayDetail detail) {
    List<Atom> whole = new ArrayList<>();
    List<Geometry> parts = new ArrayList<>();
    for (Map.Entry<Atom, Piece> e : pieces.entrySet()) {
      Cancelled.check();
      if (e.getValue().whole()) {
        whole.add(e.getKey());
      } else {
        parts.addAll(Geometries.polygonsOf(geometryOf(e.getKey(), e.getValue())));
      }
    }
    MultiPolygon wholeUnion = partition.displayUnion(whole, detail);
    if (parts.isEmpty()) {
      return wholeUnion;
    }
    parts.add(wholeUnion);
    return Geometries.union(parts);
  }

  /** The territory's pieces as one undissolved MultiPolygon, lon/lat degrees. */
  public MultiPolygon geometry() {
    return Geometries.multiPolygon(pieces.entrySet().stream()
        .flatMap(e -> Geometries.polygonsOf(geometryOf(e.getKey(), e.getValue())).stream())
        .toList());
  }
}
