package territorymap.territory;

import java.time.LocalDate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The territory under Russian control on one day, as read: it may reach into seas, lagoons or
 * Russia, and is clipped to Ukraine's 1991 borders region by region when a {@link Partition} cuts
 * the regions with it ({@link Partition#occupied()} is the clipped whole). Keeping the layer
 * unclipped keeps it small: a few thousand vertices, not the country's border as well.
 *
 * @param date the day the layer describes
 * @param geometry the controlled territory, dissolved and valid; lon/lat degrees
 * @param approximate whether the layer is the project's own approximation (from public reports of
 *     the line of contact) rather than a mapped control layer
 * @param source where the layer came from: a description, or the file it was read from
 * @param rawAreaM2 the geodesic area of {@code geometry}, before clipping, m²
 */
public record ControlLayer(LocalDate date, MultiPolygon geometry, boolean approximate,
    String source, double rawAreaM2) {

  /** What an approximation's name adds to its date: {@code 2025-08-15-approximate}. */
  public static final String APPROXIMATE_SUFFIX = "-approximate";

  /**
   * The layer's name, unique in an {@link Atlas}: its date ({@code 2025-08-15}) for a mapped layer,
   * the date and {@value #APPROXIMATE_SUFFIX} for the project's approximation, so that an
   * approximation superseded by a mapped layer of its date keeps a name of its own.
   */
  public String name() {
    return approximate ? date + APPROXIMATE_SUFFIX : date.toString();
  }

  /**
   * This mapped layer, its source saying that it supersedes the project's approximation of its
   * date, and under which name that approximation stays available.
   */
  ControlLayer superseding() {
    String note = " (supersedes the project's approximation of " + date + ", still available as layer "
        + date + APPROXIMATE_SUFFIX + ")";
    return source.endsWith(note) ? this : new ControlLayer(date, geometry, false, source + note, rawAreaM2);
  }
}
