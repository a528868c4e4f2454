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
 * The view a page URL names ({@code p=a[,b[,c]]}, {@code layer=}, {@code basis=}, {@code lang=}), as
 * the page itself reads it: one proposal, or two or three compared on one layer, with figures on a
 * basis and words in a language. Used to tell what a permalink shows (its Open Graph tags), what
 * {@code /embed} draws and what oEmbed describes.
 *
 * @param ids the proposals, 1–3, distinct and known; the first is the baseline
 * @param layerText the {@code layer} parameter as given (validated), or {@code null}
 * @param layer the layer it names
 * @param subjects what is evaluated, one per id
 * @param basis the areas shown ({@code basis=geodesic}, or official, the page's default)
 * @param lang the language the URL names ({@code en} or {@code uk}), or empty where it names none
 *     (the page then takes the reader's; an embed or an image, English)
 */
record PageView(List<String> ids, String layerText, LayerRef layer, List<Subject> subjects, Basis basis,
    Optional<Language> lang) {

  PageView {
    ids = List.copyOf(ids);
    subjects = List.copyOf(subjects);
  }

  /**
   * The view of {@code p}, {@code layer}, {@code basis} and {@code lang}, or empty if {@code p}
   * names no known proposal, more than three, or the layer is not one the server has (the page then
   * shows its default). {@code basis} and {@code lang} are read as the page reads them: any value but
   * {@code geodesic} is the official basis, any but {@code en} or {@code uk} names no language.
   */
  static Optional<PageView> of(String p, String layerText, String basis, String lang, Evaluations evaluations) {
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
      Optional<Language> language = "en".equals(lang) || "uk".equals(lang)
          ? Optional.of(Language.ofPage(lang)) : Optional.empty();
      return Optional.of(new PageView(new ArrayList<>(ids), layer, ref, subjects, Basis.ofPage(basis), language));
    } catch (UnknownLayerException | IllegalArgumentException | StoreUnavailableException e) {
      return Optional.empty();
    }
  }

  boolean comparison() {
    return ids.size() > 1;
  }

  /** The language of the view's words: the one named, else English. */
  Language language() {
    return lang.orElse(Language.EN);
  }

  /** The query naming this view, {@code p=…[&layer=…][&basis=geodesic][&lang=…]}, URL-encoded. */
  String query() {
    return "p=" + encode(String.join(",", ids)).replace("%2C", ",") + (layerText == null ? "" : "&layer=" + encode(layerText))
        + (basis == Basis.OFFICIAL ? "" : "&basis=" + basis.id()) + lang.map(l -> "&lang=" + l.id()).orElse("");
  }

  /** The path of the view's map image at card size, with its basis and language where not the default. */
  String imagePath() {
    List<String> parameters = new ArrayList<>();
    if (layerText != null) {
      parameters.add("layer=" + encode(layerText));
    }
    if (basis != Basis.OFFICIAL) {
      parameters.add("basis=" + basis.id());
    }
    if (language() != Language.EN) {
      parameters.add("lang=" + language().id());
    }
    if (comparison()) {
      parameters.add(0, "ids=" + encode(String.join(",", ids)).replace("%2C", ","));
      return "/compare/map.png?" + String.join("&", parameters);
    }
    return "/proposals/" + encode(ids.get(0)) + "/map.png" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
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
