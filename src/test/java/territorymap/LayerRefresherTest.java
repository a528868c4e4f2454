package territorymap;

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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.fetch.DeepStateFixture;
import territorymap.fetch.FetchOptions;
import territorymap.fetch.FetchSource;
import territorymap.fetch.FetchTesting;
import territorymap.figures.Evaluations;
import territorymap.web.Limits;
import territorymap.web.RefreshStatus;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/**
 * A running server kept current ({@code --refresh}): against the local DeepStateMap fixture
 * serving the shared snapshots, a snapshot that appears while the server runs is added by the
 * background refresh and seen by {@code /layers}, {@code /timeline}, {@code layer=latest} and
 * {@code /health}; the mapped layer of 15 August 2025 supersedes the shipped approximation, which
 * stays available by name; a failed fetch changes nothing; no other layer's figures change.
 */
@Tag("slow") // cuts the shared high-resolution snapshots
class LayerRefresherTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final LocalDate AUGUST_1 = LocalDate.of(2025, 8, 1);
  private static final LocalDate AUGUST_15 = LocalDate.of(2025, 8, 15);
  private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

  @TempDir
  Path dir;

  private Javalin app;

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private List<String> names(JsonNode layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(layer -> names.add(layer.get("name").asText()));
    return names;
  }

  @Test
  void aSnapshotAppearingWhileTheServerRunsIsAddedByTheBackgroundRefreshAndSupersedesTheApproximation()
      throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    Path into = dir.resolve("layers");
    try (DeepStateFixture fixture = new DeepStateFixture()) {
      fixture.add(AUGUST_1, shared.get(AUGUST_1));
      Evaluations evaluations = TestData.load("--refresh", "6h", "--into", into.toString());
      FetchOptions options = FetchOptions.defaults(FetchSource.DEEPSTATE).withBase(fixture.base()).withInto(into)
          .withPacing(Duration.ofSeconds(5), 1, Duration.ofMillis(50));
      try (LayerRefresher refresher = new LayerRefresher(options, Duration.ofMillis(300), evaluations,
          Clock.systemUTC())) {
        app = WebApp.create(evaluations, WriteAccess.disabled(), Limits.DEFAULT, refresher::status).start(0);
        try {
          assertEquals(RefreshStatus.PENDING, json("/health").at("/refresh/outcome").asText());
          // A refresh by hand: the one snapshot there is.
          RefreshStatus first = refresher.refresh();
          assertEquals(RefreshStatus.ADDED, first.outcome(), first.message());
          assertEquals(List.of("2025-08-01"), first.layersAdded());
          assertEquals(List.of("2022-02-23-approximate", "2025-08-01", "2025-08-15-approximate"), names(json("/layers")));
          JsonNode augustBefore = json("/layers/2025-08-01/area");
          JsonNode approximationBefore = json("/layers/2025-08-15/area");
          JsonNode seededBefore = json("/proposals/line-of-contact-2025-08-15/area");
          assertTrue(approximationBefore.at("/layer/approximate").asBoolean());
          assertEquals("2025-08-15", json("/proposals/alaska-2025-08-15/area?layer=latest").at("/layer/date").asText());

          // A failed fetch is reported and changes nothing.
          fixture.failNext("/api/history/public", DeepStateFixture.htmlPage(503, "503 Service Temporarily Unavailable"));
          RefreshStatus failed = refresher.refresh();
          assertEquals(RefreshStatus.FAILED, failed.outcome());
          assertTrue(failed.message().contains("503"), failed.message());
          assertEquals(List.of(), failed.layersAdded());
          assertEquals("failed", json("/health").at("/refresh/outcome").asText());
          assertEquals(3, json("/layers").size());

          // Two snapshots appear upstream; the background thread adds them.
          fixture.add(AUGUST_15, shared.get(AUGUST_15));
          fixture.add(NEW_YEAR, shared.get(NEW_YEAR));
          refresher.start(Duration.ZERO);
          JsonNode health = json("/health");
          long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
          // The atlas is swapped just before the refresh's outcome is filed: wait for both.
          while ((!health.at("/latestLayer").asText().equals("2026-01-01")
              || health.at("/refresh/outcome").asText().equals("failed")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            health = json("/health");
          }
          assertEquals("2026-01-01", health.at("/latestLayer").asText(), health.toString());
          assertEquals("2026-01-01", health.at("/latestLayerName").asText());
          // The refresh that added them may be followed by one that found nothing new.
          JsonNode refresh = health.at("/refresh");
          assertTrue(List.of("added", "nothing-new").contains(refresh.at("/outcome").asText()), refresh.toString());
          assertFalse(refresh.at("/at").isNull());
          assertEquals("PT0.3S", refresh.at("/every").asText());

          // /layers and /timeline see them; the approximation stays, under its own name.
          JsonNode layers = json("/layers");
          assertEquals(List.of("2022-02-23-approximate", "2025-08-01", "2025-08-15", "2026-01-01",
              "2025-08-15-approximate"), names(layers));
          assertTrue(layers.get(4).get("superseded").asBoolean());
          assertFalse(layers.get(2).get("superseded").asBoolean());
          JsonNode timeline = json("/timeline").get("points");
          assertEquals(4, timeline.size());
          assertEquals("2026-01-01", timeline.get(3).get("date").asText());
          assertFalse(timeline.get(2).get("approximate").asBoolean(), "15 August is the mapped layer now");

          // layer=latest is the new line, for figures and for the front line.
          assertEquals("2026-01-01", json("/proposals/alaska-2025-08-15/area?layer=latest").at("/layer/date").asText());
          assertEquals("2026-01-01", json("/layers/latest/line.geojson").at("/properties/date").asText());

          // The mapped layer supersedes the approximation, and says so in its source.
          JsonNode mapped = json("/layers/2025-08-15/area");
          assertFalse(mapped.at("/layer/approximate").asBoolean());
          assertTrue(mapped.at("/layer/source").asText().contains(
              "supersedes the project's approximation of 2025-08-15, still available as layer 2025-08-15-approximate"),
              mapped.at("/layer/source").asText());
          JsonNode seeded = json("/proposals/line-of-contact-2025-08-15/area");
          assertEquals(mapped.at("/layer/source"), seeded.at("/layer/source"), "a seeded proposal of that day is on it");
          assertFalse(seeded.at("/layer").equals(seededBefore.at("/layer")));
          // The approximation, by its own name, has the figures it had.
          JsonNode approximation = json("/layers/2025-08-15-approximate/area");
          for (String field : List.of("date", "approximate", "source", "rawKm2", "occupied", "name")) {
            assertEquals(approximationBefore.get("layer").get(field), approximation.get("layer").get(field), field);
          }
          assertFalse(approximationBefore.at("/layer/superseded").asBoolean());
          assertTrue(approximation.at("/layer/superseded").asBoolean(), "now superseded by the mapped layer");
          assertEquals(approximationBefore.get("regions"), approximation.get("regions"));
          assertEquals(seededBefore, json("/proposals/line-of-contact-2025-08-15/area?layer=2025-08-15-approximate"));
          // Adding layers changed no other layer's figures.
          assertEquals(augustBefore, json("/layers/2025-08-01/area"));
        } finally {
          app.stop();
        }
      }
    }
  }
}
