package territorymap.render;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything a map image shows: a newsroom graphic with a title, a date line, the map, the main
 * figures, a legend and the credits.
 *
 * @param title the headline (one line; shortened with an ellipsis if too long)
 * @param subtitle the date line, e.g. "Line of contact: 15 Aug 2025 (approximate)"
 * @param features drawn in order: areas first, then lines, then marked settlements and
 *     places, whatever their order here
 * @param extent the lon/lat box to frame, or {@code null} to frame the areas
 * @param figures the main figures, at most 3 shown
 * @param legend the legend entries, in order
 * @param credits source and credit lines (line source, boundaries, places, the service), joined
 *     in the footer
 */
public record MapImage(String title, String subtitle, List<MapFeature> features, Envelope extent,
    List<KeyFigure> figures, List<LegendEntry> legend, List<String> credits) {

  public MapImage {
    features = List.copyOf(features);
    figures = List.copyOf(figures);
    legend = List.copyOf(legend);
    credits = List.copyOf(credits);
  }
}
