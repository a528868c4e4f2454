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
    String source, double rawAreaM2) {}
