package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import territorymap.territory.GridFixture;

/** {@code /places}, {@code /layers/{date}/line.geojson} and {@code /sources} over the synthetic grid. */
class MapLayerRoutesTest {

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

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void placesAreRowsInLabelOrderWithTheGeoNamesCredit() throws Exception {
    HttpResponse<String> response = get("/places");
    assertEquals(200, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertEquals("Places: GeoNames (CC BY 4.0)", body.get("credit").asText());
    assertEquals("[\"name\",\"nameUk\",\"lon\",\"lat\",\"population\",\"centre\"]", body.get("fields").toString());
    JsonNode rows = body.get("places");
    assertEquals(1651, rows.size());
    // Unit centres first (Kyiv, the largest, leads), then the rest by population.
    assertEquals("Kyiv", rows.get(0).get(0).asText());
    assertTrue(rows.get(0).get(5).asBoolean());
    JsonNode kramatorsk = null;
    int centres = 0;
    for (JsonNode row : rows) {
      if (row.get(5).asBoolean()) {
        centres++;
      }
      if (row.get(0).asText().equals("Kramatorsk")) {
        kramatorsk = row;
      }
    }
    assertTrue(centres >= 25, centres + " unit centres");
    assertTrue(rows.get(centres - 1).get(5).asBoolean() && !rows.get(centres).get(5).asBoolean());
    assertEquals("Краматорськ", kramatorsk.get(1).asText());
    assertEquals(37.56, kramatorsk.get(2).asDouble(), 0.05);
    assertEquals(48.72, kramatorsk.get(3).asDouble(), 0.05);
    assertTrue(kramatorsk.get(4).asInt() > 100_000);
  }

  @Test
  void theLineOfContactIsTheLayersOutlineInsideTheCountry() throws Exception {
    HttpResponse<String> response = get("/layers/2025-08-15/line.geojson");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    JsonNode line = JSON.readTree(response.body());
    assertEquals("Feature", line.get("type").asText());
    assertEquals("2025-08-15", line.get("properties").get("date").asText());
    // The layer is everything east of lon 29.5; the grid runs from lat 45 to 48: one north-south line.
    JsonNode geometry = line.get("geometry");
    assertTrue(geometry.get("type").asText().endsWith("LineString"), geometry.toString());
    String coordinates = geometry.get("coordinates").toString();
    assertTrue(coordinates.contains("[29.5,45.0]") || coordinates.contains("[29.5,45]"), coordinates);
    assertTrue(coordinates.contains("[29.5,48.0]") || coordinates.contains("[29.5,48]"), coordinates);
    geometry.get("coordinates").forEach(part -> (part.get(0).isArray() ? part : geometry.get("coordinates"))
        .forEach(point -> assertEquals(29.5, point.get(0).asDouble(), 1e-9, coordinates)));
    // The latest layer (east of lon 28) has its own line.
    String latest = JSON.readTree(get("/layers/latest/line.geojson").body()).get("geometry").toString();
    assertTrue(latest.contains("[28.0,45.0]") || latest.contains("[28,45]"), latest);
  }

  @Test
  void anUnknownLayersLineIsAProblemNamingTheDate() throws Exception {
    HttpResponse<String> response = get("/layers/1999-01-01/line.geojson");
    assertEquals(404, response.statusCode());
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("date", problem.get("field").asText(), response.body());
  }

  @Test
  void theSourcesArePlainTextFromSourcesMd() throws Exception {
    HttpResponse<String> response = get("/sources");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(response.body().contains("GeoNames"));
    assertTrue(response.body().contains("DeepStateMap"));
  }
}
