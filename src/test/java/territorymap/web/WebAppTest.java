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
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;

/** The real server on port 0, over the synthetic grid and the shipped proposal definitions. */
class WebAppTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), atlas)).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode problem(String path, int status) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(status, body.get("status").asInt());
    return body;
  }

  @Test
  void healthAnswersOk() throws Exception {
    assertEquals("ok", json("/health").get("status").asText());
  }

  @Test
  void regionsListsThe27UnitsWithNamesAndBothAreas() throws Exception {
    JsonNode regions = json("/regions");
    assertEquals(27, regions.size());
    JsonNode donetsk = json("/regions/UA-14");
    assertEquals("Donetsk", donetsk.get("name").asText());
    assertEquals("Донецька область", donetsk.get("nameUk").asText());
    assertEquals(26517, donetsk.get("officialKm2").asDouble());
    assertTrue(donetsk.get("km2").asDouble() > 7_000, "a one-degree cell at 46° N is about 8,500 km²");
  }

  @Test
  void regionsAreKeyedByCodeWithIdKeptAsADeprecatedAlias() throws Exception {
    JsonNode regions = json("/regions");
    for (JsonNode region : regions) {
      assertTrue(region.get("code").asText().matches("UA-\\d\\d"), region.toString());
      assertEquals(region.get("code"), region.get("id"), "the deprecated alias");
    }
    assertEquals("UA-14", json("/regions/UA-14").get("code").asText());
  }

  @Test
  void anUnknownRegionIs404ProblemJson() throws Exception {
    JsonNode body = problem("/regions/XX-99", 404);
    assertEquals("id", body.get("field").asText());
    assertEquals("/regions/XX-99", body.get("instance").asText());
  }

  @Test
  void regionGeoJsonIsAFeatureCollectionOf27() throws Exception {
    assertEquals(27, json("/regions.geojson").get("features").size());
    assertEquals("Feature", json("/regions/UA-14/geojson").get("type").asText());
  }

  @Test
  void anAreaReportNamesItsLayerAndBoundariesAndAddsUp() throws Exception {
    JsonNode report = json("/proposals/line-of-contact-2025-08-15/area");
    assertEquals("2025-08-15", report.at("/layer/date").asText());
    assertTrue(report.at("/boundaries/source").asText().endsWith("grid.geojson"));
    double russia = report.at("/parties/russia/percent").asDouble();
    double ukraine = report.at("/parties/ukraine/percent").asDouble();
    assertEquals(100, russia + ukraine, 0.002);
    // East of lon 29.5 in a grid of lon 22-31: 1.5 of 9 columns, a little less for latitude.
    assertEquals(100 * 1.5 / 9, russia, 0.5);
    assertEquals(27, report.get("regions").size());
  }

  @Test
  void aReportGoesOutWithItsLengthOrCompressedWhenTheClientAsks() throws Exception {
    HttpResponse<String> plain = get("/proposals/alaska-2025-08-15/area");
    assertEquals(String.valueOf(plain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
        plain.headers().firstValue("Content-Length").orElse("chunked"));
    HttpResponse<byte[]> gzip = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + "/proposals/alaska-2025-08-15/area"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
      assertEquals(plain.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void anotherLayerChangesTheLineOfContactButNotWholeRegions() throws Exception {
    JsonNode august = json("/proposals/line-of-contact-2025-08-15/area");
    JsonNode january = json("/proposals/line-of-contact-2025-08-15/area?layer=2026-01-01");
    assertEquals("2026-01-01", january.at("/layer/date").asText());
    assertTrue(january.at("/parties/russia/km2").asDouble() > august.at("/parties/russia/km2").asDouble());
    JsonNode latest = json("/proposals/russia-demand-2024-06-14/area?layer=latest");
    assertEquals("2026-01-01", latest.at("/layer/date").asText());
  }

  @Test
  void anUnknownLayerIs404NamingTheDatesThereAre() throws Exception {
    JsonNode body = problem("/proposals/alaska-2025-08-15/area?layer=2020-01-01", 404);
    assertEquals("layer", body.get("field").asText());
    assertEquals("[\"2022-02-23\",\"2025-08-15\",\"2026-01-01\"]", body.get("available").toString());
    problem("/layers/not-a-date/area", 404);
  }

  @Test
  void anUnknownProposalIs404() throws Exception {
    problem("/proposals/nope/area", 404);
    problem("/proposals/nope", 404);
  }

  @Test
  void compareNeedsTwoOrThreeKnownDistinctIds() throws Exception {
    assertEquals("ids", problem("/compare", 400).get("field").asText());
    problem("/compare?ids=alaska-2025-08-15", 400);
    problem("/compare?ids=alaska-2025-08-15,nope", 400);
    problem("/compare?ids=alaska-2025-08-15,alaska-2025-08-15", 400);
    problem("/compare?ids=a,b,c,d", 400);
  }

  @Test
  void compareGivesTheDifferenceInKm2AndGeoJson() throws Exception {
    JsonNode comparison = json("/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14");
    assertEquals(2, comparison.get("reports").size());
    JsonNode difference = comparison.at("/differences/0");
    double delta = difference.at("/parties/russia/km2").asDouble();
    double russiaA = comparison.at("/reports/0/parties/russia/km2").asDouble();
    double russiaB = comparison.at("/reports/1/parties/russia/km2").asDouble();
    assertEquals(russiaB - russiaA, delta, 0.11);
    // Computed from unrounded areas: what one party gains, the other loses, to the last digit.
    assertEquals(-delta, difference.at("/parties/ukraine/km2").asDouble());
    assertEquals(-difference.at("/parties/russia/officialKm2").asDouble(),
        difference.at("/parties/ukraine/officialKm2").asDouble());
    assertEquals("FeatureCollection", difference.at("/geojson/type").asText());
  }

  @Test
  void layersListTheirDatesWithOccupiedArea() throws Exception {
    JsonNode layers = json("/layers");
    assertEquals(3, layers.size());
    assertEquals("2025-08-15", layers.at("/1/date").asText());
    JsonNode area = json("/layers/2025-08-15/area");
    assertEquals(27, area.get("regions").size());
    assertEquals(layers.at("/1/occupied/km2").asDouble(), area.at("/layer/occupied/km2").asDouble());
  }

  @Test
  void theTimelineGivesEachLayerWithItsChangeFromThePrevious() throws Exception {
    JsonNode timeline = json("/timeline?from=2025-01-01");
    assertEquals(2, timeline.get("points").size());
    assertEquals(3, json("/timeline").get("points").size());
    double first = timeline.at("/points/0/occupied/km2").asDouble();
    double second = timeline.at("/points/1/occupied/km2").asDouble();
    assertEquals(second - first, timeline.at("/points/1/change/km2").asDouble(), 0.11);
    assertEquals(1, json("/timeline?from=2026-01-01").get("points").size());
    JsonNode region = json("/timeline?region=UA-14&from=2025-01-01&to=2025-12-31");
    assertEquals(1, region.get("points").size());
    assertTrue(region.at("/points/0/percentOfRegion").isNumber());
    assertTrue(timeline.at("/points/0/percentOfRegion").isNull());
    assertEquals("region", problem("/timeline?region=XX-99", 400).get("field").asText());
    assertEquals("from", problem("/timeline?from=yesterday", 400).get("field").asText());
  }

  @Test
  void mapGeometryComesAtFourDetailsAndAnUnknownOneIs400() throws Exception {
    int coarse = json("/regions.geojson?detail=coarse").toString().length();
    int medium = json("/regions.geojson").toString().length();
    int full = json("/regions.geojson?detail=full").toString().length();
    // The grid's cells have straight edges: coarse and medium both keep only their corners.
    assertTrue(coarse <= medium && medium < full, coarse + " <= " + medium + " < " + full);
    int proposalCoarse = json("/proposals/alaska-2025-08-15/geojson?detail=coarse").toString().length();
    int proposalFull = json("/proposals/alaska-2025-08-15/geojson?detail=full").toString().length();
    assertTrue(proposalCoarse < proposalFull, proposalCoarse + " < " + proposalFull);
    assertEquals("Feature", json("/regions/UA-14/geojson?detail=fine").get("type").asText());
    assertEquals("detail", problem("/regions.geojson?detail=ultra", 400).get("field").asText());
    assertEquals("detail", problem("/proposals/alaska-2025-08-15/geojson?detail=x", 400).get("field").asText());
  }

  @Test
  void aProposalsGeoJsonSaysWhatItsFiguresRestOnAsAForeignMember() throws Exception {
    JsonNode collection = json("/proposals/alaska-2025-08-15/geojson");
    JsonNode metadata = collection.get("metadata");
    assertEquals("alaska-2025-08-15", metadata.get("proposal").asText());
    assertEquals("2025-08-15", metadata.at("/layer/date").asText());
    assertTrue(metadata.at("/layer/source").asText().length() > 5, metadata.toString());
    assertTrue(metadata.has("boundaries") && metadata.at("/basis/officialKm2").asText().contains("official"));
    JsonNode first = collection.at("/features/0/properties");
    assertTrue(first.has("party") && first.has("regime") && first.has("recognition"), first.toString());
  }

  @Test
  void anUnknownRouteIsProblemJsonToo() throws Exception {
    problem("/no/such/route", 404);
  }
}
