package territorymap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.union.UnionStrategy;

/**
 * The project's geometry policy in one place: the single {@link GeometryFactory} (floating
 * precision, SRID 4326, lon/lat degrees), polygonal normalisation and robust overlay.
 *
 * <p>Robustness policy: every overlay is computed by {@link OverlayNG} with snap-rounding on a
 * fixed grid of 1e-7 degrees (about 1 cm), {@link #OVERLAY_PRECISION}. Snap-rounding is fully
 * robust, so no overlay throws a {@code TopologyException}; and unlike the floating-then-snapping
 * fallback of {@code OverlayNGRobust}, it moves no vertex by more than half a grid cell, so the
 * parts of a region add up to the region (measured: the snapping fallback lost 0.6 km² of Crimea
 * against a DeepStateMap layer). Inputs are made valid and put on the same grid once, where they
 * enter ({@link #polygonal}).
 *
 * <p>Each operation first stops if its thread is interrupted ({@link Cancelled#check}), so that a
 * computation that has been given up on ends at the next operation.
 */
public final class Geometries {

  /** The one factory: floating precision, WGS84 lon/lat (EPSG:4326). */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  /** The grid all overlays are snap-rounded to: 1e-7 degrees, about 1.1 cm of latitude. */
  public static final PrecisionModel OVERLAY_PRECISION = new PrecisionModel(1e7);

  private Geometries() {}

  /**
   * The polygonal part of a geometry as a valid MultiPolygon.
   *
   * <p>Invalid input (self-intersections, wrong nesting) is repaired with {@link GeometryFixer},
   * which keeps every area the input encloses. Points and lines are dropped.
   *
   * @throws IllegalArgumentException if nothing polygonal remains
   */
  public static MultiPolygon polygonal(Geometry geometry) {
    Cancelled.check();
    Geometry valid = geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
    Cancelled.check();
    // Snap-rounding a whole boundary file is most of its load time; a valid geometry whose
    // vertices already lie on the grid (files written with at most 7 decimals) is left as it is.
    Geometry gridded = onGrid(valid) ? valid : GeometryPrecisionReducer.reduce(valid, OVERLAY_PRECISION);
    MultiPolygon result = multiPolygon(polygonsOf(gridded));
    if (result.isEmpty()) {
      throw new IllegalArgumentException("no polygon with an area in a " + geometry.getGeometryType());
    }
    return result;
  }

  /** Whether every vertex of a geometry already lies on {@link #OVERLAY_PRECISION}'s grid. */
  private static boolean onGrid(Geometry geometry) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (c.x != OVERLAY_PRECISION.makePrecise(c.x) || c.y != OVERLAY_PRECISION.makePrecise(c.y)) {
        return false;
      }
    }
    return true;
  }

  /** The polygons of any geometry, collections flattened, empty ones dropped. */
  public static List<Polygon> polygonsOf(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    collect(geometry, polygons);
    return polygons;
  }

  /** A MultiPolygon of the given polygons, without dissolving them. */
  public static MultiPolygon multiPolygon(Collection<Polygon> polygons) {
    return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  /** The polygonal part of an overlay result as a MultiPolygon (possibly empty). */
  public static MultiPolygon asMultiPolygon(Geometry geometry) {
    if (geometry instanceof MultiPolygon multi) {
      return multi;
    }
    return multiPolygon(polygonsOf(geometry));
  }

  /** {@code a ∩ b}, robustly, as a MultiPolygon. */
  public static MultiPolygon intersection(Geometry a, Geometry b) {
    Cancelled.check();
    return asMultiPolygon(OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, OVERLAY_PRECISION));
  }

  /** {@code a − b}, robustly, as a MultiPolygon. */
  public static MultiPolygon difference(Geometry a, Geometry b) {
    Cancelled.check();
    return asMultiPolygon(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, OVERLAY_PRECISION));
  }

  /** {@code a ∪ b}, robustly, as a MultiPolygon. */
  public static MultiPolygon union(Geometry a, Geometry b) {
    Cancelled.check();
    return asMultiPolygon(OverlayNG.overlay(a, b, OverlayNG.UNION, OVERLAY_PRECISION));
  }

  /**
   * The union of many polygonal geometries, robustly, as a MultiPolygon: a cascaded union (as
   * {@code UnaryUnionNG}'s) that stops between its pairwise unions if the thread is interrupted.
   * Dissolving a whole country's pieces for a map takes seconds as one operation; its single
   * steps take a fraction of that ({@code bench/preview-cost.sh}).
   */
  public static MultiPolygon union(Collection<? extends Geometry> geometries) {
    if (geometries.isEmpty()) {
      return multiPolygon(List.of());
    }
    Cancelled.check();
    UnaryUnionOp op = new UnaryUnionOp(new ArrayList<Geometry>(geometries), FACTORY);
    op.setUnionFunction(CANCELLABLE_UNION);
    return asMultiPolygon(op.union());
  }

  /** Pairwise union on the overlay grid, checking first whether the thread was interrupted. */
  private static final UnionStrategy CANCELLABLE_UNION = new UnionStrategy() {
    @Override
    public Geometry union(Geometry a, Geometry b) {
      Cancelled.check();
      return OverlayNG.overlay(a, b, OverlayNG.UNION, OVERLAY_PRECISION);
    }

    @Override
    public boolean isFloatingPrecision() {
      return false;
    }
  };

  private static void collect(Geometry geometry, List<Polygon> into) {
    if (geometry instanceof Polygon polygon) {
      if (!polygon.isEmpty()) {
        into.add(polygon);
      }
      return;
    }
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part != geometry) {
        collect(part, into);
      }
    }
  }
}
