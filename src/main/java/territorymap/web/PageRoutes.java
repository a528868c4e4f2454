package territorymap.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.Subject;
import territorymap.proposal.Party;
import territorymap.proposal.Text;
import territorymap.territory.PartitionCache;

/**
 * The pages a link opens: the map page with the tags a pasted permalink is previewed by (Open Graph,
 * Twitter card, oEmbed discovery), {@code /embed} (the view without the controls, for an iframe on
 * another site) and {@code /oembed} (what a content system asks to embed a pasted permalink).
 *
 * <p>Every text from a proposal is escaped for HTML here; absolute URLs are made from
 * {@code --public-url} ({@link PublicUrl}), or else from the request's own scheme and {@code Host}.
 */
final class PageRoutes {

  /** The iframe's default width, CSS pixels; its height follows the card's shape plus the footer. */
  static final int EMBED_WIDTH = 640;
  /** Below the image: the credits and the link to the full view, CSS pixels. */
  static final int EMBED_FOOTER = 64;
  static final String PROVIDER = "Territory Map";

  private final Evaluations evaluations;
  private final String index;
  private final String frameAncestors;
  private final PublicUrl publicUrl;
  /** Embed pages of views kept for good, by their query. */
  private final PartitionCache<String, Body> embeds = new PartitionCache<>();

  /**
   * @param origins the sites allowed to frame {@code /embed}
   * @param publicUrl where readers reach the service, for absolute URLs
   */
  PageRoutes(Evaluations evaluations, EmbedOrigins origins, PublicUrl publicUrl) {
    this.evaluations = evaluations;
    this.index = new String(WebApp.resourceBytes("/public/index.html"), StandardCharsets.UTF_8);
    this.frameAncestors = origins.frameAncestors();
    this.publicUrl = publicUrl;
  }

  /** The map page; for a permalink ({@code ?p=…}), with its preview tags in the head. */
  void page(Context ctx) {
    Optional<PageView> view = PageView.of(ctx.queryParam("p"), ctx.queryParam("layer"), ctx.queryParam("basis"),
        ctx.queryParam("lang"), evaluations);
    String html = view.map(v -> index.replaceFirst("</title>\n", "</title>\n" + java.util.regex.Matcher
        .quoteReplacement(previewTags(ctx, v)))).orElse(index);
    Body.once(html.getBytes(StandardCharsets.UTF_8)).send(ctx, "text/html; charset=utf-8",
        view.map(v -> Freshness.of(v.layer(), v.subjects())).orElse(Freshness.DATED));
  }

  /** Open Graph and Twitter card tags, and the oEmbed discovery link, for a view. */
  String previewTags(Context ctx, PageView view) {
    String base = base(ctx);
    String url = base + "/?" + view.query();
    StringBuilder tags = new StringBuilder();
    meta(tags, "property", "og:type", "website");
    meta(tags, "property", "og:site_name", PROVIDER);
    meta(tags, "property", "og:title", title(view));
    meta(tags, "property", "og:description", description(view));
    meta(tags, "property", "og:url", url);
    meta(tags, "property", "og:image", base + view.imagePath());
    meta(tags, "property", "og:image:type", "image/png");
    meta(tags, "property", "og:image:width", "1200");
    meta(tags, "property", "og:image:height", "630");
    meta(tags, "property", "og:image:alt", "Map: " + title(view));
    meta(tags, "name", "twitter:card", "summary_large_image");
    meta(tags, "name", "twitter:title", title(view));
    meta(tags, "name", "twitter:description", description(view));
    meta(tags, "name", "twitter:image", base + view.imagePath());
    tags.append("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"")
        .append(escape(base + "/oembed?format=json&url=" + encode(url))).append("\" title=\"")
        .append(escape(title(view))).append("\">\n");
    return tags.toString();
  }

  private static void meta(StringBuilder tags, String attribute, String name, String content) {
    tags.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
        .append(escape(content)).append("\">\n");
  }

  /** The view without the controls: the map image, its credits as links, and a link to the full view. */
  void embed(Context ctx) {
    Optional<PageView> found = PageView.of(ctx.queryParam("p"), ctx.queryParam("layer"), ctx.queryParam("basis"),
        ctx.queryParam("lang"), evaluations);
    if (found.isEmpty()) {
      throw new BadRequestException("p", "give one to three known proposal ids, and a layer the server has: "
          + "/embed?p=a[,b[,c]][&layer=YYYY-MM-DD|latest] (see GET /proposals, GET /layers)");
    }
    PageView view = found.get();
    ctx.header("Content-Security-Policy", WebApp.CONTENT_SECURITY_POLICY
        .replace("frame-ancestors 'none'", "frame-ancestors " + frameAncestors));
    // The page a front-page embed asks for: made once where its subjects are kept for good (a set
    // bounded by the seeds), per request otherwise.
    Body body = view.subjects().stream().allMatch(Subject::keptForGood)
        ? embeds.get(view.query(), view.subjects().get(0).partition(), p -> Body.cached(embedHtml(view)))
        : Body.once(embedHtml(view));
    body.send(ctx, "text/html; charset=utf-8", Freshness.of(view.layer(), view.subjects()));
  }

  private byte[] embedHtml(PageView view) {
    AreaReport base = evaluations.report(view.subjects().get(0));
    ViewWords words = ViewWords.of(view.language());
    String full = "/?" + view.query();
    String html = """
        <!doctype html>
        <html lang="%6$s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/css/embed.css">
        </head>
        <body>
        <main class="embed">
        <h1 class="visually-hidden">%7$s</h1>
        <figure>
        <a href="%2$s" target="_blank" rel="noopener"><img src="%3$s" width="1200" height="630" alt="%4$s"></a>
        <figcaption class="visually-hidden">%4$s</figcaption>
        </figure>
        <p class="credits">%5$s</p>
        <p class="full"><a href="%2$s" target="_blank" rel="noopener">%8$s</a></p>
        </main>
        </body>
        </html>
        """.formatted(escape(title(view)), escape(full), escape(view.svgPath()),
        escape(title(view) + ". " + description(view)), credits(base, words), view.language().id(),
        titleHtml(view, words), escape(words.openFullView()));
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The view's title as HTML: the proposals' titles in the view's language, and a title the
   * definition has only in the other language marked as such ({@code lang}), for screen readers.
   */
  private static String titleHtml(PageView view, ViewWords words) {
    List<String> titles = new java.util.ArrayList<>();
    for (Subject subject : view.subjects()) {
      Text title = subject.version().proposal().title();
      String shown = escape(words.text(title));
      titles.add(title.languages().contains(view.language().id()) ? shown
          : "<span lang=\"" + title.languages().get(0) + "\">" + shown + "</span>");
    }
    String joined = String.join(" / ", titles);
    return view.comparison() ? escape(words.compared()) + joined : joined;
  }

  /** The embed's credits as HTML links: the line, the boundaries, the places. */
  private static String credits(AreaReport report, ViewWords words) {
    return escape(words.lineCreditLabel()) + lineCredit(report, words) + " · " + escape(words.boundariesLabel())
        + ": <a href=\"https://www.openstreetmap.org/copyright\" target=\"_blank\"\nrel=\"noopener\">"
        + escape(words.osmContributors()) + "</a> (ODbL) · " + escape(words.placesLabel())
        + ": <a href=\"https://www.geonames.org/\"\ntarget=\"_blank\" rel=\"noopener\">GeoNames</a> "
        + "(<a href=\"https://creativecommons.org/licenses/by/4.0/\"\ntarget=\"_blank\" rel=\"noopener\">CC BY 4.0</a>)";
  }

  /** The line's source as HTML: DeepStateMap by name and link, the project's own approximation linked to its sources. */
  private static String lineCredit(AreaReport report, ViewWords words) {
    if (MapImages.isDeepState(report.layer())) {
      return "<a href=\"https://deepstatemap.live/\" target=\"_blank\" rel=\"noopener\">DeepStateMap</a>, "
          + escape(words.day(report.layer().date()));
    }
    String credit = MapImages.lineCredit(report.layer(), words);
    if (report.layer().approximate()) {
      return "<a href=\"/sources\" target=\"_blank\" rel=\"noopener\">" + escape(credit) + "</a>";
    }
    return escape(credit);
  }

  /**
   * oEmbed 1.0 ({@code https://oembed.com/}): for a permalink of this service, a {@code rich} answer
   * with the iframe of its {@code /embed}. A URL that is not one answers 422 naming {@code url};
   * {@code format=xml} answers 501, as the specification asks.
   */
  void oembed(Context ctx) {
    String format = ctx.queryParam("format");
    if (format != null && !format.isBlank() && !format.equals("json")) {
      Problems.send(ctx, 501, "unsupported-format", "Format not implemented",
          "only format=json is offered, not \"" + format + "\"", "format", null);
      return;
    }
    String url = ctx.queryParam("url");
    Optional<PageView> view = permalink(ctx, url);
    if (view.isEmpty()) {
      Problems.send(ctx, 422, "invalid-url", "Not a permalink of this service",
          "url must be a link to a view of this service, such as " + base(ctx) + "/?p=alaska-2025-08-15, not \""
              + (url == null ? "" : url) + "\"", "url", null);
      return;
    }
    int width = Math.min(EMBED_WIDTH, dimension(ctx, "maxwidth"));
    int height = (int) Math.round(width * 630.0 / 1200) + EMBED_FOOTER;
    int maxHeight = dimension(ctx, "maxheight");
    if (height > maxHeight) {
      height = maxHeight;
      width = (int) Math.round((height - EMBED_FOOTER) * 1200.0 / 630);
    }
    String title = title(view.get());
    String src = base(ctx) + "/embed?" + view.get().query();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("version", "1.0");
    answer.put("type", "rich");
    answer.put("title", title);
    answer.put("provider_name", PROVIDER);
    answer.put("provider_url", base(ctx) + "/");
    answer.put("width", width);
    answer.put("height", height);
    answer.put("html", iframe(src, title, width, height));
    answer.put("thumbnail_url", base(ctx) + view.get().imagePath());
    answer.put("thumbnail_width", 1200);
    answer.put("thumbnail_height", 630);
    answer.put("cache_age", Freshness.of(view.get().layer(), view.get().subjects()).maxAge().toSeconds());
    Body.once(Json.bytes(answer)).send(ctx, "application/json",
        Freshness.of(view.get().layer(), view.get().subjects()));
  }

  /** The iframe snippet for an embed: the same one the page's Embed button gives. */
  static String iframe(String src, String title, int width, int height) {
    return "<iframe src=\"" + escape(src) + "\" width=\"" + width + "\" height=\"" + height + "\" title=\""
        + escape(title) + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
  }

  /** The view a permalink names, if {@code url} is one of this service's (an http(s) URL, path {@code /} or {@code /embed}). */
  private Optional<PageView> permalink(Context ctx, String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    // The host is not checked: behind a proxy, the public name is not the Host this server sees.
    // The answer describes this service's own view of the ids, whatever host the link named.
    if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
        || uri.getRawAuthority() == null
        || !(path.equals("/") || path.equals("/index.html") || path.equals("/embed"))) {
      return Optional.empty();
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
      }
    }
    return PageView.of(query.get("p"), query.get("layer"), query.get("basis"), query.get("lang"), evaluations);
  }

  private static int dimension(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return Integer.MAX_VALUE;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 100) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException(name, name + " is a number of pixels, at least 100, not \"" + text + "\"");
  }

  /** The view's title: a proposal's, or the proposals compared. */
  private String title(PageView view) {
    List<Subject> subjects = view.subjects();
    if (!view.comparison()) {
      return subjects.get(0).version().proposal().title().in(view.language().id());
    }
    StringBuilder title = new StringBuilder(ViewWords.of(view.language()).compared());
    for (int i = 0; i < subjects.size(); i++) {
      title.append(i == 0 ? "" : " / ").append(subjects.get(i).version().proposal().title().in(view.language().id()));
    }
    return title.toString();
  }

  /** One sentence of figures per proposal, on the view's basis, in its language, one decimal, with the line's date. */
  private String description(PageView view) {
    ViewWords words = ViewWords.of(view.language());
    Basis basis = view.basis();
    StringBuilder text = new StringBuilder();
    for (Subject subject : view.subjects()) {
      AreaReport report = evaluations.report(subject);
      if (view.comparison()) {
        text.append(words.text(report.title())).append(": ");
      }
      text.append(words.shares(words.percent(basis.percent(report.parties().get(Party.RUSSIA))),
          words.percent(basis.percent(report.parties().get(Party.UKRAINE)))));
      double ceded = basis.km2(report.change().cededByUkraine());
      if (ceded > 0) {
        text.append(words.givesUp(words.km2(ceded, report.layer().approximate())));
      }
      text.append(". ");
    }
    AreaReport first = evaluations.report(view.subjects().get(0));
    text.append(words.lineSentence(first.layer().date(), first.layer().approximate()));
    return text.toString();
  }

  /** {@code scheme://host[:port]} for the absolute URLs of an answer: the public URL, or the request's. */
  private String base(Context ctx) {
    return publicUrl.base(ctx);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Text for an HTML element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
