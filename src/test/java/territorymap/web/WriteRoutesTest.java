package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Atlas;
import territorymap.territory.Boundaries;
import territorymap.territory.GridFixture;

/** Writes through the real server on port 0: the grid, the seeds, an H2 store, a token. */
class WriteRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-1234";

  @TempDir static Path dir;
  static JdbcProposalStore store;
  static Boundaries grid;
  static Javalin writable;
  static Javalin readOnly;

  @BeforeAll
  static void start() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    grid = atlas.boundaries();
    store = JdbcProposalStore.h2(dir.resolve("store"));
    Evaluations proposals = Evaluations.load(Path.of("seeds/proposals"), atlas, store);
    writable = WebApp.create(proposals, WriteAccess.withToken(TOKEN)).start(0);
    readOnly = WebApp.create(proposals, WriteAccess.disabled()).start(0);
  }

  @AfterAll
  static void stop() {
    writable.stop();
    readOnly.stop();
    store.close();
  }

  static String definition(String id, String territory) {
    return """
        {"id": "%s", "title": "A user's proposal <script>alert(1)</script>", "date": "2026-11-28",
         "summary": "Russia keeps the occupied part of one unit only.", "sources": [], "layer": "2025-08-15",
         "unassigned": "ukraine",
         "assignments": [{"territory": %s, "party": "russia", "status": "de-facto"}]}
        """.formatted(id, territory);
  }

  private static HttpResponse<String> send(Javalin app, String method, String path, String body, String token)
      throws Exception {
    return send(app, method, path, body, token, null);
  }

  private static HttpResponse<String> send(Javalin app, String method, String path, String body, String token,
      String ifMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    return JSON.readTree(response.body());
  }

  @Test
  void withoutAConfiguredTokenWritesAre403SayingHowToEnableThem() throws Exception {
    JsonNode body = problem(send(readOnly, "POST", "/proposals", definition("p-403", "\"UA-14\""), TOKEN), 403);
    assertTrue(body.get("detail").asText().contains("--write-token"));
    assertTrue(body.get("detail").asText().contains("TERRITORY_MAP_TOKEN"));
  }

  @Test
  void aMissingOrWrongTokenIs401() throws Exception {
    HttpResponse<String> none = send(writable, "POST", "/proposals", definition("p-401", "\"UA-14\""), null);
    problem(none, 401);
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    problem(send(writable, "POST", "/proposals", definition("p-401", "\"UA-14\""), "wrong"), 401);
  }

  @Test
  void aCreatedProposalAnswers201WithLocationAndItsReportAndCanBeReadBack() throws Exception {
    String code = boundaries().regions().get(7).code();
    HttpResponse<String> created = send(writable, "POST", "/proposals",
        definition("occupied-only", "{\"occupied\": \"" + code + "\"}"), TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("/proposals/occupied-only", created.headers().firstValue("Location").orElse(""));
    JsonNode body = JSON.readTree(created.body());
    double russia = body.at("/report/parties/russia/km2").asDouble();
    assertTrue(russia > 0);
    JsonNode area = JSON.readTree(send(writable, "GET", "/proposals/occupied-only/area", null, null).body());
    assertEquals(russia, area.at("/parties/russia/km2").asDouble());
    JsonNode listed = JSON.readTree(send(writable, "GET", "/proposals", null, null).body());
    assertTrue(listed.findValuesAsText("id").contains("occupied-only"));
    assertEquals(409, send(writable, "POST", "/proposals",
        definition("occupied-only", "\"UA-14\""), TOKEN).statusCode());
  }

  @Test
  void replacingAProposalChangesItsFiguresAndDeletingRemovesIt() throws Exception {
    String code = boundaries().regions().get(7).code();
    send(writable, "POST", "/proposals", definition("to-change", "{\"occupied\": \"" + code + "\"}"), TOKEN);
    double before = JSON.readTree(send(writable, "GET", "/proposals/to-change/area", null, null).body())
        .at("/parties/russia/km2").asDouble();
    HttpResponse<String> replaced = send(writable, "PUT", "/proposals/to-change",
        definition("to-change", "\"" + code + "\""), TOKEN);
    assertEquals(200, replaced.statusCode(), replaced.body());
    double after = JSON.readTree(send(writable, "GET", "/proposals/to-change/area", null, null).body())
        .at("/parties/russia/km2").asDouble();
    assertTrue(after > before, before + " -> " + after);
    assertEquals(204, send(writable, "DELETE", "/proposals/to-change", null, TOKEN).statusCode());
    problem(send(writable, "GET", "/proposals/to-change/area", null, null), 404);
    problem(send(writable, "DELETE", "/proposals/to-change", null, TOKEN), 404);
  }

  @Test
  void aChangeWithAStaleOrUnknownIfMatchIs412AndOneWithTheCurrentETagApplies() throws Exception {
    String code = boundaries().regions().get(7).code();
    HttpResponse<String> created = send(writable, "POST", "/proposals", definition("etag", "\"" + code + "\""), TOKEN);
    String first = created.headers().firstValue("ETag").orElseThrow();
    assertEquals(first, send(writable, "GET", "/proposals/etag", null, null).headers().firstValue("ETag").orElse(""));
    // Before: "bogus" was ignored and the change applied (200).
    JsonNode bogus = problem(send(writable, "PUT", "/proposals/etag", definition("etag", "{\"occupied\": \"" + code
        + "\"}"), TOKEN, "\"bogus\""), 412);
    assertEquals("If-Match", bogus.get("field").asText());
    HttpResponse<String> changed = send(writable, "PUT", "/proposals/etag", definition("etag", "{\"occupied\": \""
        + code + "\"}"), TOKEN, first);
    assertEquals(200, changed.statusCode(), changed.body());
    String second = changed.headers().firstValue("ETag").orElseThrow();
    assertFalse(second.equals(first));
    // A second writer still holding the first ETag loses, and the first change stands.
    problem(send(writable, "PUT", "/proposals/etag", definition("etag", "{\"held\": \"" + code + "\"}"), TOKEN,
        first), 412);
    problem(send(writable, "DELETE", "/proposals/etag", null, TOKEN, first), 412);
    assertEquals(second, send(writable, "GET", "/proposals/etag", null, null).headers().firstValue("ETag").orElse(""));
    assertTrue(send(writable, "GET", "/proposals/etag", null, null).body().contains("occupied"));
    assertEquals(204, send(writable, "DELETE", "/proposals/etag", null, TOKEN, second).statusCode());
  }

  @Test
  void trailingContentAfterTheDocumentIs400() throws Exception {
    String one = definition("trailing", "\"UA-14\"");
    // Before: the first document was used and the rest ignored (200).
    assertEquals("$", problem(send(readOnly, "POST", "/proposals/preview", one + " garbage", null), 400)
        .get("field").asText());
    problem(send(readOnly, "POST", "/proposals/preview", one + one, null), 400);
    assertEquals(200, send(readOnly, "POST", "/proposals/preview", one + " \n", null).statusCode());
  }

  @Test
  void aBodyNotSentAsJsonIs415BeforeAnythingIsComputed() throws Exception {
    HttpResponse<String> plain = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.port()
        + "/proposals/preview")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(definition("plain", "\"UA-14\""))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("Content-Type", problem(plain, 415).get("field").asText());
  }

  @Test
  void overlongTextsAndDatesOutOfRangeAre422NamingTheField() throws Exception {
    String title = definition("long", "\"UA-14\"").replaceFirst("\"title\": \"[^\"]*\"",
        "\"title\": \"" + "x".repeat(1_500_000) + "\"");
    assertEquals("title", problem(send(writable, "POST", "/proposals", title, TOKEN), 422).get("field").asText());
    String far = definition("far-date", "\"UA-14\"").replace("\"date\": \"2026-11-28\"", "\"date\": \"+999999999-12-31\"");
    assertEquals("date", problem(send(readOnly, "POST", "/proposals/preview", far, null), 422).get("field").asText());
    String url = definition("long-url", "\"UA-14\"").replace("\"sources\": []", "\"sources\": [{\"publisher\": \"P\","
        + " \"title\": \"T\", \"date\": \"2025-01-01\", \"url\": \"https://example.org/" + "a".repeat(3000) + "\"}]");
    assertEquals("sources[0].url", problem(send(readOnly, "POST", "/proposals/preview", url, null), 422)
        .get("field").asText());
  }

  private static String box(double x0, double y0, double x1, double y1) {
    return "{\"polygon\": {\"type\": \"Polygon\", \"coordinates\": [[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"
        .formatted(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
  }

  @Test
  void aShapeAcrossTheAntimeridianIsRefusedNotReadTheLongWayRound() throws Exception {
    // Before: 170° E to 170° W was read as 340° of longitude, all of Ukraine inside, with a warning only.
    JsonNode body = problem(send(readOnly, "POST", "/proposals/preview", definition("pacific", box(170, 45, -170, 46)),
        null), 422);
    assertTrue(body.get("field").asText().endsWith(".polygon"), body.toString());
    assertTrue(body.get("detail").asText().contains("180th meridian"), body.toString());
  }

  @Test
  void anAreaWhollyOrMostlyOutsideUkraineIsWarnedAboutInWords() throws Exception {
    // Before: a polygon covering the whole world got no warning at all.
    HttpResponse<String> outside = send(readOnly, "POST", "/proposals/preview", definition("elsewhere",
        box(100, 10, 101, 11)), null);
    assertEquals(200, outside.statusCode(), outside.body());
    assertTrue(JSON.readTree(outside.body()).get("warnings").toString().contains("wholly outside"), outside.body());
    HttpResponse<String> mostly = send(readOnly, "POST", "/proposals/preview", definition("mostly",
        box(30.5, 45.2, 60, 45.8)), null);
    assertEquals(200, mostly.statusCode(), mostly.body());
    String warnings = JSON.readTree(mostly.body()).get("warnings").toString();
    assertTrue(warnings.contains("mostly outside Ukraine"), warnings);
  }

  @Test
  void everyAnswerCarriesAReferrerPolicy() throws Exception {
    assertEquals("strict-origin-when-cross-origin", send(readOnly, "GET", "/health", null, null).headers()
        .firstValue("Referrer-Policy").orElse(""));
  }

  @Test
  void aPreviewGivesTheFiguresWithoutATokenAndStoresNothing() throws Exception {
    String code = boundaries().regions().get(7).code();
    HttpResponse<String> preview = send(readOnly, "POST", "/proposals/preview",
        definition("previewed", "{\"occupied\": \"" + code + "\"}"), null);
    assertEquals(200, preview.statusCode(), preview.body());
    JsonNode body = JSON.readTree(preview.body());
    assertTrue(body.at("/report/parties/russia/km2").asDouble() > 0);
    assertEquals("FeatureCollection", body.at("/geojson/type").asText());
    assertEquals(body.at("/report/shares").size(), body.at("/geojson/features").size());
    problem(send(readOnly, "GET", "/proposals/previewed", null, null), 404);
    assertEquals("assignments[0].territory.occupied", problem(send(readOnly, "POST", "/proposals/preview",
        definition("previewed", "{\"occupied\": \"UA-99\"}"), null), 422).get("field").asText());
  }

  @Test
  void seededProposalsAreReadOnly() throws Exception {
    JsonNode body = problem(send(writable, "DELETE", "/proposals/alaska-2025-08-15", null, TOKEN), 409);
    assertTrue(body.get("detail").asText().contains("read-only"));
    problem(send(writable, "PUT", "/proposals/alaska-2025-08-15", definition("alaska-2025-08-15", "\"UA-14\""), TOKEN), 409);
    problem(send(writable, "POST", "/proposals", definition("alaska-2025-08-15", "\"UA-14\""), TOKEN), 409);
  }

  @Test
  void invalidDefinitionsNameTheFieldAtFault() throws Exception {
    assertEquals("assignments[0].territory.occupied", problem(send(writable, "POST", "/proposals",
        definition("bad-region", "{\"occupied\": \"UA-99\"}"), TOKEN), 422).get("field").asText());
    assertEquals("layer", problem(send(writable, "POST", "/proposals",
        definition("bad-layer", "\"UA-14\"").replace("\"layer\": \"2025-08-15\"", "\"layer\": \"2019-01-01\""), TOKEN),
        422).get("field").asText());
    assertEquals("$", problem(send(writable, "POST", "/proposals", "{\"id\": ", TOKEN), 400).get("field").asText());
    assertEquals("id", problem(send(writable, "PUT", "/proposals/other-id",
        definition("not-other-id", "\"UA-14\""), TOKEN), 422).get("field").asText());
    String nan = "{\"polygon\": {\"type\": \"Polygon\", \"coordinates\": [[[24,45],[NaN,45],[24,46],[24,45]]]}}";
    problem(send(writable, "POST", "/proposals", definition("nan", nan), TOKEN), 400);
    String far = "{\"polygon\": {\"type\": \"Polygon\", \"coordinates\": [[[24,45],[200,45],[24,46],[24,45]]]}}";
    assertTrue(problem(send(writable, "POST", "/proposals", definition("far", far), TOKEN), 422)
        .get("field").asText().endsWith(".polygon"));
  }

  @Test
  void aSelfIntersectingPolygonIsRepairedAndAPolygonOutsideUkraineClippedWithWarnings() throws Exception {
    // A bow-tie over the south-west cell, reaching south of the grid (outside the country).
    String bowTie = "{\"polygon\": {\"type\": \"Polygon\", \"coordinates\": "
        + "[[[22.2,44.5],[22.8,45.5],[22.8,44.5],[22.2,45.5],[22.2,44.5]]]}}";
    HttpResponse<String> created = send(writable, "POST", "/proposals", definition("bow-tie", bowTie), TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode warnings = JSON.readTree(created.body()).get("warnings");
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).asText().contains("repaired"));
    assertTrue(warnings.get(1).asText().contains("clipped"));
  }

  @Test
  void aBodyOver2MiBIs413() throws Exception {
    String huge = "{\"id\": \"huge\", \"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    assertEquals("$", problem(send(writable, "POST", "/proposals", huge, TOKEN), 413).get("field").asText());
  }

  @Test
  void readsAreOpenToOtherOriginsAndWritesAreNot() throws Exception {
    HttpResponse<String> read = send(writable, "GET", "/proposals", null, null);
    assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> write = send(writable, "POST", "/proposals", definition("cors", "\"UA-14\""), TOKEN);
    assertFalse(write.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    assertTrue(send(writable, "OPTIONS", "/proposals", null, null).statusCode() >= 400,
        "no preflight is granted, so browsers send no cross-origin writes");
  }

  @Test
  void everyResponseCarriesAContentSecurityPolicy() throws Exception {
    String csp = send(writable, "GET", "/", null, null).headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
  }

  private static Boundaries boundaries() {
    return grid;
  }
}
