package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.proposal.Party;
import territorymap.territory.LayerRef;
import territorymap.territory.GridFixture;

/** Permalink preview tags, {@code /embed} and {@code /oembed}, over the synthetic grid. */
class PageRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ALASKA = "alaska-2025-08-15";

  @TempDir static Path dir;
  static Evaluations evaluations;
  static Javalin app;
  static Javalin newsroomOnly;
  /** As behind a proxy that ends TLS: the server is asked over http://localhost, readers use https://maps.example. */
  static Javalin behindProxy;

  @BeforeAll
  static void start() throws Exception {
    evaluations = Evaluations.load(Path.of("seeds/proposals"), GridFixture.atlas(dir));
    app = WebApp.create(evaluations).start(0);
    newsroomOnly = WebApp.create(evaluations, WriteAccess.disabled(), Limits.DEFAULT, () -> null,
        EmbedOrigins.parse("https://news.example, https://*.example.org")).start(0);
    behindProxy = WebApp.create(evaluations, WriteAccess.disabled(), Limits.DEFAULT, () -> null, EmbedOrigins.ANY,
        PublicUrl.parse("https://Maps.example/")).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    newsroomOnly.stop();
    behindProxy.stop();
  }

  private static String base() {
    return "http://localhost:" + app.port();
  }

  private static HttpResponse<String> get(Javalin server, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csp(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Security-Policy").orElseThrow();
  }

  @Test
  void aPermalinksHtmlCarriesItsCardTagsAndTheOembedLink() throws Exception {
    HttpResponse<String> page = get(app, "/?p=" + ALASKA + "&layer=2025-08-15");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<meta property=\"og:image\" content=\"" + base() + "/proposals/" + ALASKA
        + "/map.png?layer=2025-08-15\">"), html.substring(0, 2000));
    assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    // The title as text: its apostrophe escaped.
    assertTrue(html.contains("<meta property=\"og:title\" content=\"Putin&#39;s Alaska terms"));
    assertTrue(html.contains("<meta property=\"og:url\" content=\"" + base() + "/?p=" + ALASKA + "&amp;layer=2025-08-15\">"));
    assertTrue(html.contains("of Ukraine to Russia"), "figures in the description");
    assertTrue(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + base()
        + "/oembed?format=json&amp;url=" + URLEncoder.encode(base() + "/?p=" + ALASKA + "&layer=2025-08-15",
            StandardCharsets.UTF_8) + "\""));
    // Still the page, which is never framed.
    assertTrue(html.contains("<script type=\"module\" src=\"/js/app.js\"></script>"));
    assertTrue(csp(page).contains("frame-ancestors 'none'"));
    assertTrue(page.headers().firstValue("ETag").isPresent());
  }

  @Test
  void aComparisonsPermalinkPointsAtTheComparisonImage() throws Exception {
    String html = get(app, "/?p=" + ALASKA + ",russia-demand-2024-06-14").body();
    assertTrue(html.contains("content=\"" + base() + "/compare/map.png?ids=" + ALASKA + ",russia-demand-2024-06-14\""));
    assertTrue(html.contains("og:title\" content=\"Compared: "));
  }

  @Test
  void withoutAKnownProposalThePageIsServedAsItIs() throws Exception {
    for (String path : new String[] {"/", "/?p=nope", "/?p=" + ALASKA + "&layer=1999-01-01", "/?p=%3Cscript%3E"}) {
      HttpResponse<String> page = get(app, path);
      assertEquals(200, page.statusCode(), path);
      assertFalse(page.body().contains("og:image"), path);
      assertTrue(page.body().contains("<title>Territory Map</title>"), path);
    }
  }

  @Test
  void theEmbedMayBeFramedByAnySiteByDefaultAndShowsTheMapCreditsAndFullViewLink() throws Exception {
    HttpResponse<String> embed = get(app, "/embed?p=" + ALASKA);
    assertEquals(200, embed.statusCode());
    assertTrue(csp(embed).contains("frame-ancestors *;"), csp(embed));
    String html = embed.body();
    assertTrue(html.contains("<img src=\"/proposals/" + ALASKA + "/map.svg\""));
    assertTrue(html.contains("<a href=\"/?p=" + ALASKA + "\" target=\"_blank\" rel=\"noopener\">Open the full view"));
    assertTrue(html.contains("© OpenStreetMap contributors</a> (ODbL)"));
    assertTrue(html.contains(">GeoNames</a>"));
    assertFalse(html.contains("<script"), "no controls, no scripts");
  }

  @Test
  void theEmbedOriginsOptionNamesWhoMayFrameIt() throws Exception {
    assertTrue(csp(get(newsroomOnly, "/embed?p=" + ALASKA)).contains(
        "frame-ancestors https://news.example https://*.example.org;"));
    assertTrue(csp(get(newsroomOnly, "/?p=" + ALASKA)).contains("frame-ancestors 'none'"));
    assertThrows(IllegalArgumentException.class, () -> EmbedOrigins.parse("ftp://news.example"));
    assertThrows(IllegalArgumentException.class, () -> EmbedOrigins.parse("'self'; script-src *"));
    assertThrows(IllegalArgumentException.class, () -> EmbedOrigins.parse(" "));
  }

  @Test
  void anEmbedOfNothingIsAProblemNamingP() throws Exception {
    HttpResponse<String> response = get(app, "/embed?p=nope");
    assertEquals(400, response.statusCode());
    assertEquals("p", JSON.readTree(response.body()).get("field").asText());
  }

  @Test
  void oembedDescribesAPermalinkAsARichIframe() throws Exception {
    String url = base() + "/?p=" + ALASKA + "&layer=2025-08-15";
    HttpResponse<String> response = get(app, "/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode());
    JsonNode answer = JSON.readTree(response.body());
    assertEquals("1.0", answer.get("version").asText());
    assertEquals("rich", answer.get("type").asText());
    assertEquals("Territory Map", answer.get("provider_name").asText());
    assertEquals(640, answer.get("width").asInt());
    assertEquals(400, answer.get("height").asInt()); // 640 × 630/1200 = 336, and 64 for the credits
    assertTrue(answer.get("title").asText().startsWith("Putin's Alaska terms"));
    assertTrue(answer.get("html").asText().startsWith("<iframe src=\"" + base() + "/embed?p=" + ALASKA
        + "&amp;layer=2025-08-15\" width=\"640\" height=\"400\" title=\"Putin&#39;s Alaska"), answer.get("html").asText());
    assertEquals(base() + "/proposals/" + ALASKA + "/map.png?layer=2025-08-15", answer.get("thumbnail_url").asText());
    JsonNode narrow = JSON.readTree(get(app, "/oembed?maxwidth=320&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).body());
    assertEquals(320, narrow.get("width").asInt());
    assertEquals(232, narrow.get("height").asInt());
  }

  @Test
  void aUrlThatIsNotAPermalinkHereIs422NamingUrl() throws Exception {
    for (String url : new String[] {"", "not a url", "http://elsewhere.example/?p=nope", base() + "/?p=nope", "ftp://" + base().substring(7) + "/?p=" + ALASKA,
        base() + "/regions?p=" + ALASKA, "javascript:alert(1)"}) {
      HttpResponse<String> response = get(app, "/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
      assertEquals(422, response.statusCode(), url);
      assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
      assertEquals("url", JSON.readTree(response.body()).get("field").asText(), url);
    }
    assertEquals(501, get(app, "/oembed?format=xml&url=" + URLEncoder.encode(base() + "/?p=" + ALASKA,
        StandardCharsets.UTF_8)).statusCode());
  }

  @Test
  void withAPublicUrlTheCardTagsAndOembedUseItInsteadOfTheRequestsSchemeAndHost() throws Exception {
    String html = get(behindProxy, "/?p=" + ALASKA + "&layer=2025-08-15").body();
    assertTrue(html.contains("<meta property=\"og:image\" content=\"https://maps.example/proposals/" + ALASKA
        + "/map.png?layer=2025-08-15\">"), html.substring(0, 2000));
    assertTrue(html.contains("<meta name=\"twitter:image\" content=\"https://maps.example/proposals/" + ALASKA
        + "/map.png?layer=2025-08-15\">"));
    assertTrue(html.contains("<meta property=\"og:url\" content=\"https://maps.example/?p=" + ALASKA + "&amp;layer=2025-08-15\">"));
    assertTrue(html.contains("href=\"https://maps.example/oembed?format=json&amp;url="
        + URLEncoder.encode("https://maps.example/?p=" + ALASKA + "&layer=2025-08-15", StandardCharsets.UTF_8) + "\""));
    assertFalse(html.contains("http://localhost"), "no address of the inner request");

    // A permalink as readers have it (the public host) is described with public URLs too.
    JsonNode answer = JSON.readTree(get(behindProxy, "/oembed?url=" + URLEncoder.encode(
        "https://maps.example/?p=" + ALASKA, StandardCharsets.UTF_8)).body());
    assertTrue(answer.get("html").asText().startsWith("<iframe src=\"https://maps.example/embed?p=" + ALASKA + "\""),
        answer.get("html").asText());
    assertEquals("https://maps.example/proposals/" + ALASKA + "/map.png", answer.get("thumbnail_url").asText());
    assertEquals("https://maps.example/", answer.get("provider_url").asText());
  }

  @Test
  void aPublicUrlIsAnHttpOrHttpsOriginAndAnythingElseIsRefusedSayingWhy() {
    assertEquals(java.util.Optional.of("https://maps.example:8443"), PublicUrl.parse(" https://MAPS.example:8443/ ").origin());
    assertEquals(java.util.Optional.of("http://10.0.0.7"), PublicUrl.parse("http://10.0.0.7").origin());
    for (String bad : new String[] {"", "maps.example", "ftp://maps.example", "https://", "https://maps.example/map",
        "https://maps.example/?a=1", "https://maps.example/#top", "https://user@maps.example", "https://maps example"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicUrl.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("--public-url takes the service's public address"), e.getMessage());
    }
  }

  @Test
  void theEmbedHonoursThePagesLanguageAndBasis() throws Exception {
    AreaReport report = evaluations.report(evaluations.subject(ALASKA, LayerRef.own()));
    HttpResponse<String> embed = get(app, "/embed?p=" + ALASKA + "&basis=geodesic&lang=uk");
    assertEquals(200, embed.statusCode());
    String html = embed.body();
    assertTrue(html.contains("<html lang=\"uk\">"), html);
    // The image in Ukrainian on the geodesic basis, and the full view opened in the same language and basis.
    assertTrue(html.contains("<img src=\"/proposals/" + ALASKA + "/map.svg?basis=geodesic&amp;lang=uk\""), html);
    assertTrue(html.contains("<a href=\"/?p=" + ALASKA + "&amp;basis=geodesic&amp;lang=uk\" target=\"_blank\" rel=\"noopener\">"
        + "Відкрити повний вигляд"), html);
    assertTrue(html.contains("Кордони: <a href=\"https://www.openstreetmap.org/copyright\""), html);
    assertTrue(html.contains(">© учасники OpenStreetMap</a> (ODbL) · Населені пункти: "), html);
    // The title is the definition's own Ukrainian one; the figures are geodesic, written the Ukrainian way.
    assertTrue(html.contains("<h1 class=\"visually-hidden\">Умови Путіна на Алясці"), html);
    String russia = String.format(java.util.Locale.ROOT, "%.1f %%", report.parties().get(Party.RUSSIA).percent())
        .replace('.', ',');
    assertTrue(html.contains("Росії — " + russia + " території України"), russia + " in " + html);
    assertTrue(html.contains("Лінія зіткнення 15 серпня 2025"), html);

    // Without them, English and official, as before; a value the page would not read is ignored as it does.
    for (String query : new String[] {"", "&basis=acres&lang=fr"}) {
      String plain = get(app, "/embed?p=" + ALASKA + query).body();
      assertTrue(plain.contains("<html lang=\"en\">"), query);
      assertTrue(plain.contains("<img src=\"/proposals/" + ALASKA + "/map.svg\""), query);
      String official = String.format(java.util.Locale.ROOT, "%.1f %%", report.parties().get(Party.RUSSIA).officialPercent());
      assertTrue(plain.contains(official + " of Ukraine to Russia"), query);
    }
    // The embed of a comparison too; its heading and the seeds' titles Ukrainian.
    String compared = get(app, "/embed?p=" + ALASKA + ",russia-demand-2024-06-14&lang=uk").body();
    assertTrue(compared.contains("<img src=\"/compare/map.svg?ids=" + ALASKA + ",russia-demand-2024-06-14&amp;lang=uk\""));
    assertTrue(compared.contains("<h1 class=\"visually-hidden\">Порівняння: Умови Путіна на Алясці"), compared);
  }

  @Test
  void aPermalinksCardAndItsOembedFollowItsLanguageAndBasis() throws Exception {
    String html = get(app, "/?p=" + ALASKA + "&basis=geodesic&lang=uk").body();
    assertTrue(html.contains("<meta property=\"og:image\" content=\"" + base() + "/proposals/" + ALASKA
        + "/map.png?basis=geodesic&amp;lang=uk\">"), html.substring(0, 2000));
    JsonNode answer = JSON.readTree(get(app, "/oembed?url=" + URLEncoder.encode(
        base() + "/?p=" + ALASKA + "&lang=uk&basis=geodesic", StandardCharsets.UTF_8)).body());
    assertTrue(answer.get("html").asText().startsWith("<iframe src=\"" + base() + "/embed?p=" + ALASKA
        + "&amp;basis=geodesic&amp;lang=uk\""), answer.get("html").asText());
    assertEquals(base() + "/proposals/" + ALASKA + "/map.png?basis=geodesic&lang=uk", answer.get("thumbnail_url").asText());
  }
}
