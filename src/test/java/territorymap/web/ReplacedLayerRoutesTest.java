package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;

/**
 * A layer replaced while the server runs (a later snapshot of the same day, added by a refresh) is
 * never answered from the bytes rendered on the one it replaced: the figures, the proposals' maps
 * and the line are rendered again, and the other layers' answers are the same bytes as before.
 */
class ReplacedLayerRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  private Javalin app;

  private String get(String path) throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  @Test
  void aLaterSnapshotOfADayIsServedFromItsOwnFiguresAndLineAndTheOtherDaysAnswersStay() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas);
    app = WebApp.create(evaluations).start(0);
    try {
      // The seeded proposals are reported against 15 August 2025: their answers are rendered once and kept.
      String area = get("/proposals/alaska-2025-08-15/area");
      String shares = get("/proposals/alaska-2025-08-15/geojson");
      String line = get("/layers/2025-08-15/line.geojson");
      String layer = get("/layers/2025-08-15/area");
      String january = get("/layers/2026-01-01/area");
      String januaryLine = get("/layers/2026-01-01/line.geojson");

      Files.createDirectories(dir.resolve("later"));
      evaluations.add(GridFixture.layerEastOf(atlas.boundaries(), dir.resolve("later"), 31, LocalDate.of(2025, 8, 15)));

      String areaAfter = get("/proposals/alaska-2025-08-15/area");
      assertNotEquals(area, areaAfter, "the report is made on the later snapshot");
      assertNotEquals(shares, get("/proposals/alaska-2025-08-15/geojson"));
      assertNotEquals(line, get("/layers/2025-08-15/line.geojson"));
      JsonNode layerAfter = JSON.readTree(get("/layers/2025-08-15/area"));
      assertNotEquals(JSON.readTree(layer).at("/layer/occupied"), layerAfter.at("/layer/occupied"));
      // The grid's last column is east of lon 30: east of 31 holds none of it, east of 29.5 held a column and a half.
      assertEquals(0.0, layerAfter.at("/layer/occupied/km2").asDouble(), layerAfter.toString());
      assertEquals(0.0, layerAfter.at("/sourceMeasure/km2").asDouble() - layerAfter.at("/layer/rawKm2").asDouble());
      assertEquals(january, get("/layers/2026-01-01/area"), "another layer's figures are unchanged");
      assertEquals(januaryLine, get("/layers/2026-01-01/line.geojson"));
    } finally {
      app.stop();
    }
  }
}
