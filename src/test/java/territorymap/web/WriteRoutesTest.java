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
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
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
