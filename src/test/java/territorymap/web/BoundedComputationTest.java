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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import territorymap.TestData;

/**
 * Costly definitions against the real server on the shipped data: each preview is answered within
 * the deadline and a second, with figures or a problem, and a flood is refused at once, not queued.
 */
@Tag("slow")
class BoundedComputationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration DEADLINE = Duration.ofSeconds(2);

  static Javalin app;

  @BeforeAll
  static void start() {
    Limits limits = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30), 4096, DEADLINE, 2);
    app = WebApp.create(TestData.shipped(), WriteAccess.withToken("t0ken-for-tests"), limits).start("127.0.0.1", 0);
    // Warm up: the first requests of a JVM are slow for reasons of its own.
    for (int i = 0; i < 3; i++) {
      try {
        preview(HostileDefinitions.triangles(20));
        preview(HostileDefinitions.zigzag(400));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> preview(String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/proposals/preview"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a preview and checks it is answered within the deadline and a second, with no 5xx but 503. */
  private static HttpResponse<String> answeredInTime(String body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = preview(body);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < DEADLINE.toSeconds() + 1, "answered after " + seconds + " s: " + response.statusCode());
    assertTrue(response.statusCode() < 500 || response.statusCode() == 503, response.body());
    if (response.statusCode() != 200) {
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
    return response;
  }

  @Test
  void aSelfIntersectingZigzagOf4000VerticesIsRefusedBeforeItIsRepaired() throws Exception {
    // It took 5.7 s to evaluate before the check (a 422 naming the polygon now).
    HttpResponse<String> response = answeredInTime(HostileDefinitions.zigzag(4000));
    assertEquals(422, response.statusCode(), response.body());
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("assignments[0].territory.polygon", problem.get("field").asText());
    assertTrue(problem.get("detail").asText().contains("cross"), response.body());
  }

  @Test
  void tenThousandSmallTrianglesAreRefusedByTheirCount() throws Exception {
    // 64 s to evaluate before the checks. As a preview its 0.6 MB body is over the preview's 512 KiB
    // (413); within that, 1,000 of them (4,000 vertices) are over the preview's 200 parts (422).
    HttpResponse<String> response = answeredInTime(HostileDefinitions.triangles(10_000));
    assertEquals(413, response.statusCode(), response.body());
    HttpResponse<String> fewer = answeredInTime(HostileDefinitions.triangles(1_000));
    assertEquals(422, fewer.statusCode(), fewer.body());
    assertTrue(JSON.readTree(fewer.body()).get("detail").asText().contains("at most 200"), fewer.body());
  }

  @Test
  void aValidCombAtThePreviewLimitIsAnsweredOrStoppedAndItsThreadFreed() throws Exception {
    // 1,249 teeth: 4,998 vertices, no crossing, every atom cut along thousands of edges.
    HttpResponse<String> response = answeredInTime(HostileDefinitions.comb(1249));
    if (response.statusCode() == 503) {
      assertTrue(response.body().contains("/problems/deadline"), response.body());
      // The work was stopped, not left to run on: the pool takes a small preview again soon after
      // (run to its end, the comb's evaluation takes tens of seconds on this machine).
      HttpResponse<String> next = null;
      for (int i = 0; i < 30 && (next == null || next.statusCode() == 503); i++) {
        Thread.sleep(200);
        next = preview(HostileDefinitions.triangles(1));
      }
      assertEquals(200, next.statusCode(), next.body());
    } else {
      assertEquals(200, response.statusCode(), response.body());
    }
    // One vertex more than the preview's limit is refused before anything is computed.
    HttpResponse<String> over = answeredInTime(HostileDefinitions.comb(1250));
    assertEquals(422, over.statusCode(), over.body());
    JsonNode problem = JSON.readTree(over.body());
    assertEquals("assignments[0].territory.polygon", problem.get("field").asText());
    assertTrue(problem.get("detail").asText().contains("at most 5000"), over.body());
  }

  @Test
  void aFloodOfCostlyPreviewsIsAnsweredInTimeEachWithFiguresOrA503() throws Exception {
    // 200 triangles pass the preview's limits and cost seconds of overlay each.
    String costly = HostileDefinitions.triangles(190);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(CompletableFuture.supplyAsync(() -> {
        try {
          HttpResponse<String> response = answeredInTime(costly);
          if (response.statusCode() == 503) {
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
          }
          return response.statusCode();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    long start = System.nanoTime();
    HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    double healthMillis = (System.nanoTime() - start) / 1e6;
    List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
    System.out.println("8 costly previews at once: " + statuses + "; /health meanwhile " + Math.round(healthMillis) + " ms");
    assertEquals(200, health.statusCode());
    // Two evaluation threads: at least six of the eight are refused, at once or at the deadline.
    assertTrue(statuses.stream().filter(s -> s == 503).count() >= 6, statuses.toString());
  }
}
