package territorymap.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import territorymap.figures.Evaluations;
import territorymap.figures.Subject;
import territorymap.proposal.StoreUnavailableException;
import territorymap.territory.LayerRef;
import territorymap.territory.UnknownLayerException;

/**
 * The view a page URL names ({@code p=a[,b[,c]]}, {@code layer=}), as the page itself reads it: one
 * proposal, or two or three compared on one layer. Used to tell what a permalink shows (its
 * Open Graph tags), what {@code /embed} draws and what oEmbed describes.
 *
 * @param ids the proposals, 1–3, distinct and known; the first is the baseline
 * @param layerText the {@code layer} parameter as given (validated), or {@code null}
 * @param layer the layer it names
 * @param subjects what is evaluated, one per id
 */
record PageView(List<String> ids, String layerText, LayerRef layer, List<Subject> subjects) {

  PageView {
    ids = List.copyOf(ids);
    subjects = List.copyOf(subjects);
  }

  /**
   * The view of {@code p} and {@code layer}, or empty if {@code p} names no known proposal, more
   * than three, or the layer is not one the server has (the page then shows its default).
   */
  static Optional<PageView> of(String p, String layerText, Evaluations evaluations) {
    if (p == null || p.isBlank()) {
      return Optional.empty();
    }
    String layer = layerText == null || layerText.isBlank() ? null : layerText.trim();
    try {
      Set<String> ids = new LinkedHashSet<>();
      for (String id : p.split(",")) {
        String trimmed = id.trim();
        if (evaluations.catalogue().find(trimmed).isEmpty()) {
          return Optional.empty();
        }
        ids.add(trimmed);
      }
      if (ids.isEmpty() || ids.size() > 3) {
        return Optional.empty();
      }
      LayerRef ref = LayerRef.parse(layer, "layer", evaluations.atlas());
      List<Subject> subjects = evaluations.subjects(new ArrayList<>(ids), ref);
      return Optional.of(new PageView(new ArrayList<>(ids), layer, ref, subjects));
    } catch (UnknownLayerException | IllegalArgumentException | StoreUnavailableException e) {
      return Optional.empty();
    }
  }

  boolean comparison() {
    return ids.size() > 1;
  }

  /** The query naming this view, {@code p=…[&layer=…]}, URL-encoded. */
  String query() {
    return "p=" + encode(String.join(",", ids)).replace("%2C", ",") + (layerText == null ? "" : "&layer=" + encode(layerText));
  }

  /** The path of the view's map image at card size. */
  String imagePath() {
    String layer = layerText == null ? "" : "layer=" + encode(layerText);
    return comparison()
        ? "/compare/map.png?ids=" + encode(String.join(",", ids)).replace("%2C", ",") + (layer.isEmpty() ? "" : "&" + layer)
        : "/proposals/" + encode(ids.get(0)) + "/map.png" + (layer.isEmpty() ? "" : "?" + layer);
  }

  /** The path of the view's map image as SVG. */
  String svgPath() {
    String png = imagePath();
    return png.replace("/map.png", "/map.svg");
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
