package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.territory.GridFixture;

/** Map images ({@code map.png}, {@code map.svg}) and the read routes' caching, over the synthetic grid. */
class ImageRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), GridFixture.atlas(dir))).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BufferedImage png(HttpResponse<byte[]> response) throws Exception {
    assertEquals(200, response.statusCode());
    assertEquals("image/png", response.headers().firstValue("Content-Type").orElseThrow());
    return ImageIO.read(new ByteArrayInputStream(response.body()));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aProposalsMapPngIsTheSocialCardByDefaultWithItsLegendAndCredits() throws Exception {
    BufferedImage image = png(get("/proposals/alaska-2025-08-15/map.png"));
    assertEquals(1200, image.getWidth());
    assertEquals(630, image.getHeight());
    // The map is drawn: Russia's strong orange (de jure, #c25e00) covers part of it.
    int orange = 0;
    for (int y = 0; y < 630; y += 2) {
      for (int x = 0; x < 1200; x += 2) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xc25e00) {
          orange++;
        }
      }
    }
    assertTrue(orange > 500, "orange pixels sampled: " + orange);
    // The legend: the right-hand panel (the last 31 % of the width, 28 px margin) has the de-jure
    // swatch, a solid square of Russia's orange.
    int swatch = 0;
    for (int y = 96; y < 590; y++) {
      for (int x = (int) (1200 - 28 - 0.31 * 1200); x < 1200 - 28; x++) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xc25e00) {
          swatch++;
        }
      }
    }
    assertTrue(swatch >= 100, "legend swatch pixels: " + swatch);
    // The credits: text in the footer band (the bottom 40 px), on its left, none at its far right.
    assertTrue(inked(image, 28, 594, 300, 14) > 200, "credits ink");
    assertEquals(0, inked(image, 1200 - 28 - 100, 594, 100, 14), "paper right of the credits");
  }

  /** Pixels in the rectangle that are not the white paper. */
  private static int inked(BufferedImage image, int x0, int y0, int width, int height) {
    int count = 0;
    for (int y = y0; y < y0 + height; y++) {
      for (int x = x0; x < x0 + width; x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void thePrintSizeIsA4LandscapeAt210Dpi() throws Exception {
    BufferedImage image = png(get("/proposals/alaska-2025-08-15/map.png?size=print"));
    assertEquals(2480, image.getWidth());
    assertEquals(1754, image.getHeight());
  }

  @Test
  void theSvgHasTheTitleLegendFiguresDateAndCredits() throws Exception {
    HttpResponse<byte[]> response = get("/proposals/alaska-2025-08-15/map.svg");
    assertEquals(200, response.statusCode());
    assertEquals("image/svg+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    String svg = text(response);
    assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
    assertTrue(svg.contains("width=\"1200\"") && svg.contains("height=\"630\""));
    JsonNode report = JSON.readTree(get("/proposals/alaska-2025-08-15/area").body());
    assertTrue(svg.contains("<title>" + report.at("/title/en").asText().replace("'", "&apos;") + "</title>"), "title");
    assertTrue(svg.contains("Line of contact, 15 Aug 2025"), "the line's legend entry");
    assertTrue(svg.contains("Line of contact 15 Aug 2025"), "the date line");
    assertTrue(svg.contains("© OpenStreetMap contributors (ODbL)"), "boundaries credit");
    assertTrue(svg.contains("GeoNames (CC BY 4.0)"), "places credit");
    String russia = String.format(java.util.Locale.ROOT, "%.1f %%",
        report.get("parties").get("russia").get("officialPercent").asDouble());
    assertTrue(svg.contains(russia), "Russia's share " + russia);
  }

  @Test
  void aComparisonHasItsOwnImages() throws Exception {
    BufferedImage image = png(get("/compare/map.png?ids=alaska-2025-08-15,russia-demand-2024-06-14"));
    assertEquals(1200, image.getWidth());
    assertEquals(630, image.getHeight());
    String svg = text(get("/compare/map.svg?ids=alaska-2025-08-15,russia-demand-2024-06-14&size=print"));
    assertTrue(svg.contains("width=\"2480\""));
    assertTrue(svg.contains(" vs B "), "both proposals in the title");
    assertTrue(svg.contains("B gives to Russia what A gives to Ukraine"), "the difference in the legend");
  }

  @Test
  void aBadSizeOrIdsIsAProblemNamingTheField() throws Exception {
    HttpResponse<byte[]> size = get("/proposals/alaska-2025-08-15/map.png?size=huge");
    assertEquals(400, size.statusCode());
    assertEquals("size", JSON.readTree(size.body()).get("field").asText());
    HttpResponse<byte[]> ids = get("/compare/map.svg?ids=alaska-2025-08-15");
    assertEquals(400, ids.statusCode());
    assertEquals("ids", JSON.readTree(ids.body()).get("field").asText());
    assertEquals(404, get("/proposals/nope/map.png").statusCode());
  }

  @Test
  void aMapPngWithItsOwnEtagInIfNoneMatchIsAnswered304() throws Exception {
    HttpResponse<byte[]> first = get("/proposals/alaska-2025-08-15/map.png");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
    assertEquals("public, max-age=3600", first.headers().firstValue("Cache-Control").orElseThrow());
    HttpResponse<byte[]> again = get("/proposals/alaska-2025-08-15/map.png", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(304, get("/proposals/alaska-2025-08-15/map.png", "If-None-Match", "\"x\", W/" + etag).statusCode());
    // Another tag, or the tag of another size, is not a match.
    assertEquals(200, get("/proposals/alaska-2025-08-15/map.png", "If-None-Match", "\"0123\"").statusCode());
    assertEquals(200, get("/proposals/alaska-2025-08-15/map.png?size=print", "If-None-Match", etag).statusCode());
  }

  @Test
  void anythingOnTheLatestLayerMayBeKeptAMinute() throws Exception {
    assertEquals("public, max-age=60", get("/proposals/alaska-2025-08-15/map.svg?layer=latest")
        .headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("public, max-age=60", get("/proposals/alaska-2025-08-15/area?layer=latest")
        .headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("public, max-age=60", get("/layers").headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void theReadRoutesRevalidateWithTheirEtag() throws Exception {
    for (String path : new String[] {"/proposals/alaska-2025-08-15/area", "/proposals/alaska-2025-08-15/geojson",
        "/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14", "/regions", "/regions.geojson",
        "/layers/2025-08-15/line.geojson", "/layers/2025-08-15/area", "/places"}) {
      HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip");
      assertEquals(200, first.statusCode(), path);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
      assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().startsWith("public, max-age="), path);
      assertEquals(304, get(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode(), path);
      // The same content asked for without gzip: the tag of either coding matches.
      assertEquals(304, get(path, "If-None-Match", etag).statusCode(), path);
    }
    assertEquals("public, max-age=86400", get("/regions").headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void anImageFloodIsRefusedWith503AndHealthStillAnswers() throws Exception {
    // One image thread: twelve different images asked for at once cannot all be drawn at once.
    Javalin small = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), GridFixture.atlas(java.nio.file.Files.createDirectories(dir.resolve("flood")))),
        WriteAccess.disabled(), new Limits(Limits.DEFAULT.requestDeadline(), Limits.DEFAULT.idleTimeout(),
            Limits.DEFAULT.maxConnections(), Limits.DEFAULT.computeDeadline(), 1)).start(0);
    try {
      java.util.List<String> paths = new java.util.ArrayList<>();
      for (String id : new String[] {"alaska-2025-08-15", "cbs-2025-08-08", "line-of-contact-2025-08-15",
          "russia-demand-2024-06-14", "ukraine-1991-borders", "us-28-point-2025-11"}) {
        paths.add("/proposals/" + id + "/map.png?size=print&layer=latest");
        paths.add("/proposals/" + id + "/map.svg?size=print&layer=latest");
      }
      java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> flood = paths.stream()
          .map(path -> CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + small.port() + path)).build(),
              HttpResponse.BodyHandlers.ofString()))
          .toList();
      HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + small.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      int drawn = 0;
      int refused = 0;
      for (var future : flood) {
        HttpResponse<String> response = future.get();
        if (response.statusCode() == 200) {
          drawn++;
        } else {
          assertEquals(503, response.statusCode(), response.body());
          assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow());
          assertEquals("/problems/busy", JSON.readTree(response.body()).get("type").asText());
          refused++;
        }
      }
      assertTrue(drawn >= 1 && refused >= 1, "drawn " + drawn + ", refused " + refused);
    } finally {
      small.stop();
    }
  }

  @Test
  void anImageSpeaksTheLanguageAndShowsTheBasisAskedFor() throws Exception {
    String english = text(get("/proposals/alaska-2025-08-15/map.svg"));
    assertTrue(english.contains("official basis, % of 603,540 km²"), "the default: English, official");
    assertTrue(english.contains("of Ukraine to Russia"));
    HttpResponse<byte[]> response = get("/proposals/alaska-2025-08-15/map.svg?lang=uk&basis=geodesic");
    assertEquals(200, response.statusCode());
    String ukrainian = text(response);
    assertTrue(ukrainian.contains("геодезична основа, % від "), "the geodesic basis, named in Ukrainian");
    assertTrue(ukrainian.contains("території України — Росії"));
    assertTrue(ukrainian.contains("Лінія зіткнення, 15 серпня 2025"));
    assertTrue(ukrainian.contains("Кордони: © учасники OpenStreetMap (ODbL)"));
    assertTrue(!ukrainian.contains("official basis") && !ukrainian.contains("of Ukraine to"));
    assertNotEquals(get("/proposals/alaska-2025-08-15/map.svg").headers().firstValue("ETag").orElseThrow(),
        response.headers().firstValue("ETag").orElseThrow());
    assertTrue(text(get("/compare/map.svg?ids=alaska-2025-08-15,russia-demand-2024-06-14&lang=uk")).contains(" проти "));
    // An image is API: a value it does not know is a problem naming the parameter.
    HttpResponse<byte[]> basis = get("/proposals/alaska-2025-08-15/map.png?basis=acres");
    assertEquals(400, basis.statusCode());
    assertEquals("basis", JSON.readTree(basis.body()).get("field").asText());
    HttpResponse<byte[]> lang = get("/compare/map.svg?ids=alaska-2025-08-15,cbs-2025-08-08&lang=fr");
    assertEquals(400, lang.statusCode());
    assertEquals("lang", JSON.readTree(lang.body()).get("field").asText());
  }

  @Test
  void theAreaCsvIsKeptLikeTheReportAndAMatchingIfNoneMatchIsAnswered304() throws Exception {
    String path = "/proposals/alaska-2025-08-15/area.csv";
    HttpResponse<byte[]> first = get(path);
    assertEquals(200, first.statusCode());
    assertEquals("text/csv; charset=utf-8", first.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(first.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename="));
    assertEquals("public, max-age=3600", first.headers().firstValue("Cache-Control").orElseThrow());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(ETags.of(first.body()), etag, "the tag of the bytes sent");
    HttpResponse<byte[]> again = get(path, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    // Compressed by the server, the tag is weak and still matches; another proposal's tag does not.
    HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
    assertEquals(304, get(path, "Accept-Encoding", "gzip", "If-None-Match",
        gzipped.headers().firstValue("ETag").orElseThrow()).statusCode());
    assertEquals(200, get("/proposals/russia-demand-2024-06-14/area.csv", "If-None-Match", etag).statusCode());
    // On the latest layer, a minute.
    assertEquals("public, max-age=60", get(path + "?layer=latest").headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void twoProposalsHaveDifferentEtags() throws Exception {
    assertNotEquals(get("/proposals/alaska-2025-08-15/map.png").headers().firstValue("ETag").orElseThrow(),
        get("/proposals/russia-demand-2024-06-14/map.png").headers().firstValue("ETag").orElseThrow());
  }
}
