package territorymap.territory;

import java.time.LocalDate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The territory of Ukraine under Russian control on one day, clipped to Ukraine's 1991 borders.
 *
 * @param date the day the layer describes
 * @param geometry the controlled territory inside the union of the 27 units; lon/lat degrees
 * @param approximate whether the layer is the project's own approximation (from public reports of
 *     the line of contact) rather than a mapped control layer
 * @param source where the layer came from: a description, or the file it was read from
 * @param rawAreaM2 the geodesic area of the layer as read, before clipping, m² (it may reach into
 *     seas, lagoons or Russia)
 */
public record ControlLayer(LocalDate date, MultiPolygon geometry, boolean approximate,
    String source, double rawAreaM2) {}
