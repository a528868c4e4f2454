package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.proposal.Party;
import territorymap.territory.LayerRef;

/**
 * {@code GET /compare/area.csv}: two proposals side by side, one row per unit and a total, each
 * proposal's holders on both bases, the same figures as their own reports, and a byte-order mark.
 */
class ComparisonCsvTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  static Evaluations evaluations;
  static Javalin app;

  @BeforeAll
  static void start() {
    evaluations = TestData.shipped();
    app = WebApp.create(evaluations).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void twoProposalsSideBySideWithTheFiguresOfTheirOwnReports() throws Exception {
    HttpResponse<byte[]> response = get("/compare/area.csv?ids=alaska-2025-08-15,russia-demand-2024-06-14");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(response.headers().firstValue("ETag").isPresent());
    String csv = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF#territory-map,comparison\r\n"), csv.substring(0, 40));
    assertTrue(csv.contains("#proposal_b,russia-demand-2024-06-14\r\n"));
    List<String> table = Arrays.stream(csv.split("\r\n")).filter(l -> !l.startsWith("#") && !l.startsWith("\uFEFF")).toList();
    String[] header = table.get(0).split(",");
    assertEquals(4 + 2 * 4 * 3, header.length);
    assertEquals(1 + 27 + 1, table.size());
    int column = Arrays.asList(header).indexOf("b_russia_official_km2");
    String[] donetsk = table.stream().filter(l -> l.startsWith("UA-14,")).findFirst().orElseThrow().split(",");
    AreaReport demand = evaluations.report("russia-demand-2024-06-14", LayerRef.own());
    AreaReport.RegionFigures region = demand.regions().stream().filter(r -> r.code().equals("UA-14")).findFirst()
        .orElseThrow();
    assertEquals(region.parties().get(Party.RUSSIA).officialKm2(), Double.parseDouble(donetsk[column]));
    assertEquals(100.0, Double.parseDouble(donetsk[column + 2]), 0.01, "all of Donetsk oblast, % of the region");
    assertTrue(csv.contains("Донецька"), "Cyrillic intact");
    assertEquals(400, get("/compare/area.csv?ids=alaska-2025-08-15").statusCode());
  }
}
