package territorymap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Everything within a geodesic distance of a lon/lat geometry (a line of contact, a point), on the
 * WGS84 ellipsoid: the geometry is projected to the {@link AzimuthalEquidistant azimuthal
 * equidistant} plane centred on its envelope's centre, buffered there by JTS {@link BufferOp},
 * densified and projected back.
 *
 * <p>Accuracy. Distances from the projection's centre are exact; across the radial direction the
 * plane stretches lengths by k ≈ 1 + ρ²/(6R²) at ρ from the centre, so there the band is narrower
 * on the ellipsoid than asked by the factor 1/k. The input and band must lie within
 * {@value #MAX_REACH_M} m of the centre, where 1/k ≥ 0.991 (0.9 %). JTS's input simplification
 * ({@link #SIMPLIFY_FACTOR}) narrows it by at most 0.1 % more. Measured: every vertex of a 40 km
 * band's outline around the shipped 2025 line of contact (its envelope's corners about 500 km from
 * the centre) lies 39.90 to 40.00 km from the line, geodesically ({@code ContactBandTest}), that
 * is −0.25 % to 0; a 40 km band along 1,113 km of the equator has the exact ellipsoidal area within
 * 0.03 % ({@code GeodesicBufferTest}). Round joins and caps have {@value #QUADRANT_SEGMENTS} segments a quarter circle (the chords lie at most 0.12 % of the
 * distance inside the arc). The band's edges are densified to {@value #MAX_EDGE_M} m before the
 * reverse projection, so a straight edge in the plane stays within centimetres of its true curve.
 *
 * <p>The result is made valid and put on the project's overlay grid ({@link Geometries#polygonal}).
 */
public final class GeodesicBuffer {

  /** Farthest point of input or band from the projection centre, m: a scale error under 0.9 %. */
  public static final double MAX_REACH_M = 1_550_000;

  /** Segments per quarter circle in round joins and caps. */
  static final int QUADRANT_SEGMENTS = 16;

  /** Longest edge of the band in the plane before projecting back, m. */
  static final double MAX_EDGE_M = 5_000;

  /** Edges per run of a line buffered on its own ({@link #chunks}). */
  static final int CHUNK_EDGES = 16;

  /**
   * JTS simplifies a buffer's input by this fraction of the distance before offsetting it; its
   * default, 1 %, put the band's edge up to 390 m beyond 40 km from the 2025 line. At 0.1 % the
   * edge moves at most 40 m for a 40 km band.
   */
  static final double SIMPLIFY_FACTOR = 0.001;

  private static final BufferParameters PARAMETERS = parameters();

  private static BufferParameters parameters() {
    BufferParameters parameters = new BufferParameters(QUADRANT_SEGMENTS, BufferParameters.CAP_ROUND,
        BufferParameters.JOIN_ROUND, BufferParameters.DEFAULT_MITRE_LIMIT);
    parameters.setSimplifyFactor(SIMPLIFY_FACTOR);
    return parameters;
  }

  private GeodesicBuffer() {}

  /**
   * The area within a distance of a geometry.
   *
   * @param geometry lon/lat degrees, any type, not empty; not crossing the antimeridian
   * @param distanceM geodesic distance, metres, &gt; 0
   * @return the band, valid, lon/lat degrees
   * @throws IllegalArgumentException for an empty geometry, a distance that is not positive, or a
   *     geometry and band reaching farther than {@value #MAX_REACH_M} m from its envelope's centre
   */
  public static MultiPolygon of(Geometry geometry, double distanceM) {
    if (geometry.isEmpty()) {
      throw new IllegalArgumentException("nothing to buffer: an empty " + geometry.getGeometryType());
    }
    if (!(distanceM > 0)) {
      throw new IllegalArgumentException("distance " + distanceM + " m: must be positive");
    }
    Envelope envelope = geometry.getEnvelopeInternal();
    AzimuthalEquidistant projection = new AzimuthalEquidistant(envelope.centre().x, envelope.centre().y);
    Geometry plane = projection.forward(geometry);
    double reachM = maxRadiusM(plane) + distanceM;
    if (reachM > MAX_REACH_M) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "a band reaching %.0f km from its centre: at most %.0f km", reachM / 1e3, MAX_REACH_M / 1e3));
    }
    Geometry band = UnaryUnionOp.union(chunks(plane).stream().map(piece -> BufferOp.bufferOp(piece, distanceM,
        PARAMETERS)).toList());
    return Geometries.polygonal(projection.reverse(Densifier.densify(band, MAX_EDGE_M)));
  }

  /**
   * The geometry with its lines cut into runs of at most {@value #CHUNK_EDGES} edges. JTS buffers a
   * long line with a distance much greater than its edges slowly (the raw offset curve of every
   * edge and join is noded against all others); the buffers of short runs, unioned, are the same
   * set, and were measured 3 to 8 times faster on the 2025 line of contact.
   */
  private static List<Geometry> chunks(Geometry plane) {
    List<Geometry> chunks = new ArrayList<>();
    for (int g = 0; g < plane.getNumGeometries(); g++) {
      Geometry part = plane.getGeometryN(g);
      if (!(part instanceof LineString line)) {
        chunks.add(part);
        continue;
      }
      Coordinate[] c = line.getCoordinates();
      for (int start = 0; start < c.length - 1; start += CHUNK_EDGES) {
        int end = Math.min(c.length - 1, start + CHUNK_EDGES);
        chunks.add(plane.getFactory().createLineString(Arrays.copyOfRange(c, start, end + 1)));
      }
      if (c.length == 1) {
        chunks.add(part);
      }
    }
    return chunks;
  }

  private static double maxRadiusM(Geometry plane) {
    double max = 0;
    for (Coordinate c : plane.getCoordinates()) {
      max = Math.max(max, Math.hypot(c.x, c.y));
    }
    return max;
  }
}
