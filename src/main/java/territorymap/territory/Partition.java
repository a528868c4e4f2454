package territorymap.territory;

import java.lang.ref.SoftReference;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.Cancelled;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/**
 * Ukraine cut by one control layer into atoms: each region's occupied part (region ∩ layer)
 * and held part (region − layer), with the geodesic area of each computed once.
 *
 * <p>Every territory built from whole regions and their occupied or held parts is a union of
 * atoms, so its area is a sum of these cached areas; only explicit polygons need new overlay
 * work ({@link Territory}). Atoms without area are left out.
 *
 * <p>Memory: the areas are kept for good, the atom geometries only softly. They are needed for
 * explicit polygons and for maps, not for figures, so with hundreds of layers loaded the garbage
 * collector may drop them under memory pressure, and they are cut again from the layer when next
 * asked for.
 */
public final class Partition {

  private final Boundaries boundaries;
  private final ControlLayer layer;
  private final Map<Atom, Double> areasM2;
  private final List<Atom> atoms;
  private volatile SoftReference<Map<Atom, MultiPolygon>> geometries;
  private final Map<DisplayDetail, SoftReference<Map<Atom, MultiPolygon>>> display = new ConcurrentHashMap<>();
  /** The layer's line of contact, traced when first asked for (bands are measured from it). */
  private volatile LineOfContact line;
  /** The details whose display geometries were checked to be a valid coverage. */
  private final Set<DisplayDetail> coverages = ConcurrentHashMap.newKeySet();

  private Partition(Boundaries boundaries, ControlLayer layer, Map<Atom, MultiPolygon> geometries) {
    this.boundaries = boundaries;
    this.layer = layer;
    Map<Atom, Double> areas = new LinkedHashMap<>();
    geometries.forEach((atom, geometry) -> areas.put(atom, GeodesicArea.ofM2(geometry)));
    this.areasM2 = Collections.unmodifiableMap(areas);
    this.atoms = List.copyOf(areas.keySet());
    this.geometries = new SoftReference<>(geometries);
  }

  /** Cuts every region by the layer. */
  public static Partition of(Boundaries boundaries, ControlLayer layer) {
    return new Partition(boundaries, layer, cut(boundaries, layer));
  }

  private static Map<Atom, MultiPolygon> cut(Boundaries boundaries, ControlLayer layer) {
    Map<String, MultiPolygon[]> parts = new ConcurrentHashMap<>();
    boundaries.regions().parallelStream().forEach(region ->
        parts.put(region.code(), split(region.geometry(), layer.geometry())));
    Map<Atom, MultiPolygon> geometries = new LinkedHashMap<>();
    for (Region region : boundaries.regions()) {
      MultiPolygon[] split = parts.get(region.code());
      put(geometries, new Atom(region.code(), Side.OCCUPIED), split[0]);
      put(geometries, new Atom(region.code(), Side.HELD), split[1]);
    }
    return Collections.unmodifiableMap(geometries);
  }

  /** {occupied, held} parts of a region. */
  private static MultiPolygon[] split(MultiPolygon region, Geometry layer) {
    if (!region.getEnvelopeInternal().intersects(layer.getEnvelopeInternal())) {
      return new MultiPolygon[] {Geometries.multiPolygon(List.of()), region};
    }
    return new MultiPolygon[] {Geometries.intersection(region, layer), Geometries.difference(region, layer)};
  }

  private static void put(Map<Atom, MultiPolygon> into, Atom atom, MultiPolygon geometry) {
    if (!geometry.isEmpty()) {
      into.put(atom, geometry);
    }
  }

  public Boundaries boundaries() {
    return boundaries;
  }

  public ControlLayer layer() {
    return layer;
  }

  /** The layer's line of contact: traced once, when first asked for. */
  public LineOfContact line() {
    LineOfContact traced = line;
    if (traced == null) {
      synchronized (this) {
        traced = line;
        if (traced == null) {
          traced = LineOfContact.of(this);
          line = traced;
        }
      }
    }
    return traced;
  }

  /** The atoms with area, region by region (occupied before held). */
  public List<Atom> atoms() {
    return atoms;
  }

  private Map<Atom, MultiPolygon> geometries() {
    Map<Atom, MultiPolygon> held = geometries.get();
    if (held == null) {
      synchronized (this) {
        held = geometries.get();
        if (held == null) {
          held = cut(boundaries, layer);
          geometries = new SoftReference<>(held);
        }
      }
    }
    return held;
  }

  /** The atom's geometry, or an empty MultiPolygon if the atom has no area. */
  public MultiPolygon geometry(Atom atom) {
    MultiPolygon geometry = geometries().get(atom);
    return geometry != null ? geometry : Geometries.multiPolygon(List.of());
  }

  /** The atom's geodesic area, m² (0 for an atom without area). */
  public double areaM2(Atom atom) {
    return areasM2.getOrDefault(atom, 0.0);
  }

  /**
   * The atom's geometry simplified for display, never for areas: the atoms are simplified together
   * as a coverage ({@link CoverageSimplifier}, at the detail's tolerance), so neighbours keep
   * their shared edges and no gap opens between them. Where the atoms do not form a valid coverage
   * (edges that do not match exactly), the full geometry is used. Kept softly, per detail.
   */
  public MultiPolygon displayGeometry(Atom atom, DisplayDetail detail) {
    if (detail == DisplayDetail.FULL) {
      return geometry(atom);
    }
    SoftReference<Map<Atom, MultiPolygon>> held = display.get(detail);
    Map<Atom, MultiPolygon> simplified = held == null ? null : held.get();
    if (simplified == null) {
      synchronized (this) {
        held = display.get(detail);
        simplified = held == null ? null : held.get();
        if (simplified == null) {
          Map<Atom, MultiPolygon> full = geometries();
          simplified = simplify(full, detail.toleranceDeg());
          if (simplified != full) {
            coverages.add(detail);
          }
          display.put(detail, new SoftReference<>(simplified));
        }
      }
    }
    MultiPolygon geometry = simplified.get(atom);
    return geometry != null ? geometry : geometry(atom);
  }

  /**
   * Some whole atoms for a map, dissolved into one MultiPolygon (lon/lat): their display geometries
   * at {@code detail} joined along their shared edges. Where those form a valid coverage (checked
   * when they are simplified) this is a {@link CoverageUnion}, which only matches edges and so takes
   * a small part of what an overlay of the same atoms does (bench/preview-cost.sh: the share of a
   * whole country took over a second as an overlay); otherwise, or at full detail, an overlay union.
   */
  public MultiPolygon displayUnion(Collection<Atom> wholeAtoms, DisplayDetail detail) {
    List<MultiPolygon> parts = wholeAtoms.stream().map(atom -> displayGeometry(atom, detail))
        .filter(geometry -> !geometry.isEmpty()).toList();
    if (parts.isEmpty()) {
      return Geometries.multiPolygon(List.of());
    }
    if (!coverages.contains(detail)) {
      return Geometries.union(parts);
    }
    Cancelled.check();
    return Geometries.asMultiPolygon(CoverageUnion.union(parts.toArray(Geometry[]::new)));
  }

  private static Map<Atom, MultiPolygon> simplify(Map<Atom, MultiPolygon> atoms, double toleranceDeg) {
    List<Atom> keys = List.copyOf(atoms.keySet());
    Geometry[] coverage = keys.stream().map(atoms::get).toArray(Geometry[]::new);
    if (!CoverageValidator.isValid(coverage)) {
      return atoms;
    }
    Geometry[] simplified = CoverageSimplifier.simplify(coverage, toleranceDeg);
    Map<Atom, MultiPolygon> result = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      result.put(keys.get(i), Geometries.asMultiPolygon(simplified[i]));
    }
    return Collections.unmodifiableMap(result);
  }

  /** The layer clipped to the units: the union of the occupied atoms, lon/lat degrees. */
  public MultiPolygon occupied() {
    return Geometries.union(atoms().stream()
        .filter(atom -> atom.side() == Side.OCCUPIED)
        .map(this::geometry)
        .toList());
  }

  /** The geodesic area under Russian control, m², inside the units. */
  public double occupiedM2() {
    return areasM2.entrySet().stream()
        .filter(e -> e.getKey().side() == Side.OCCUPIED)
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }
}
