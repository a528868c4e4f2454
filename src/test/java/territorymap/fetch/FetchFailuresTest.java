package territorymap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upstream failing as real servers do: each is a clear error naming the URL or snapshot and the
 * fault; the layers fetched before are kept byte for byte, and no partial file is left.
 */
@Tag("slow")
class FetchFailuresTest {

  private static final LocalDate BAD = LocalDate.parse("2025-08-15");

  @TempDir
  Path dir;

  private Map<LocalDate, Path> shared;
  private DeepStateFixture fixture;
  private FetchOptions options;
  private byte[] previous;
  private final List<String> log = new ArrayList<>();

  /** The two oldest dates are fetched first: the "previous layers" every failure must keep. */
  @BeforeEach
  void fetchTheFirstTwoDates() throws Exception {
    shared = FetchTesting.sharedByDate();
    fixture = FetchTesting.fixture(shared);
    options = FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir);
    FetchResult first = FetchTesting.fetch(options.withDates(null, LocalDate.parse("2025-08-01"), 1), log);
    assertEquals(2, first.written().size());
    previous = Files.readAllBytes(dir.resolve("2025-08-01-deepstate.geojson"));
    fixture.clearRequests();
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    fixture.close();
  }

  private String snapshotPath(LocalDate date) {
    return "/api/history/" + date.atTime(18, 0).toEpochSecond(java.time.ZoneOffset.UTC) + "/geojson";
  }

  private void assertPreviousKeptAndNoPartialFile(boolean badDateWritten) throws Exception {
    assertTrue(Arrays.equals(previous, Files.readAllBytes(dir.resolve("2025-08-01-deepstate.geojson"))),
        "an earlier layer is kept byte for byte");
    List<String> names = FetchTesting.layerNames(dir);
    assertTrue(names.stream().allMatch(n -> n.matches("\\d{4}-\\d{2}-\\d{2}-deepstate\\.geojson")), names.toString());
    assertEquals(badDateWritten, names.contains(BAD + "-deepstate.geojson"), names.toString());
  }

  /** The failure of the one bad snapshot, the others written. */
  private String failureOfTheBadSnapshot() {
    FetchResult result = FetchTesting.fetch(options, log);
    assertEquals(3, result.written().size(), result.toString());
    assertEquals(1, result.failures().size(), result.toString());
    return result.failures().get(0);
  }

  @Test
  void anHtmlErrorPageOnTheListIsAnErrorNamingTheUrlStatusAndPageTitle() throws Exception {
    for (int i = 0; i < 3; i++) {
      fixture.failNext("/api/history/public", DeepStateFixture.htmlPage(503, "503 Service Temporarily Unavailable"));
    }
    FetchException e = assertThrows(FetchException.class, () -> FetchTesting.fetch(options, log));
    assertEquals("HTTP 503 from " + fixture.base() + "/api/history/public (an HTML page): "
        + "503 Service Temporarily Unavailable (after 3 attempts)", e.getMessage());
    assertEquals(3, fixture.requests().size());
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void anHtmlPageAnswered200IsNotTakenForJson() throws Exception {
    fixture.failNext(snapshotPath(BAD), DeepStateFixture.body("text/html; charset=utf-8",
        "<html><head><title>Just a moment...</title></head></html>".getBytes(StandardCharsets.UTF_8)));
    String failure = failureOfTheBadSnapshot();
    assertTrue(failure.startsWith(fixture.base() + snapshotPath(BAD).substring(0) + " answered 200 with an HTML page, not JSON"), failure);
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void a500IsTriedAgainAndThenNamedWithItsUrl() throws Exception {
    for (int i = 0; i < 3; i++) {
      fixture.failNext(snapshotPath(BAD), DeepStateFixture.status(500));
    }
    String failure = failureOfTheBadSnapshot();
    assertEquals("HTTP 500 from " + fixture.base() + snapshotPath(BAD) + ": {\"message\":\"try later\"} (after 3 attempts)",
        failure);
    assertEquals(3, fixture.requests().stream().filter(snapshotPath(BAD)::equals).count());
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void a429WithRetryAfterIsWaitedForAndThenFetched() throws Exception {
    fixture.failNext(snapshotPath(BAD), DeepStateFixture.status(429, "Retry-After", "1"));
    long start = System.nanoTime();
    FetchResult result = FetchTesting.fetch(options, log);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(4, result.written().size());
    assertEquals(List.of(), result.failures());
    assertTrue(seconds >= 1.0, "waited as Retry-After asked: " + seconds + " s");
    assertEquals(2, fixture.requests().stream().filter(snapshotPath(BAD)::equals).count());
    assertTrue(log.stream().anyMatch(l -> l.contains("HTTP 429 from") && l.contains("trying again in 1 s")), log.toString());
    assertPreviousKeptAndNoPartialFile(true);
  }

  @Test
  void aStalledResponseTimesOutAndIsNamed() throws Exception {
    byte[] body = fixture.snapshot(BAD.atTime(18, 0).toEpochSecond(java.time.ZoneOffset.UTC)).body();
    for (int i = 0; i < 2; i++) {
      fixture.failNext(snapshotPath(BAD), DeepStateFixture.stall(body, 10_000));
    }
    options = options.withPacing(Duration.ofMillis(1500), 2, Duration.ofMillis(50));
    String failure = failureOfTheBadSnapshot();
    assertTrue(failure.startsWith(fixture.base() + snapshotPath(BAD) + ": the response stalled: nothing received for 1500 ms"
        + " after " + body.length / 2 + " bytes of the body"), failure);
    assertTrue(failure.endsWith("(after 2 attempts)"), failure);
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void truncatedJsonIsAnErrorNotAnEmptyLayer() throws Exception {
    byte[] body = fixture.snapshot(BAD.atTime(18, 0).toEpochSecond(java.time.ZoneOffset.UTC)).body();
    fixture.failNext(snapshotPath(BAD), DeepStateFixture.body("application/json", Arrays.copyOf(body, body.length / 3)));
    String failure = failureOfTheBadSnapshot();
    assertTrue(failure.startsWith(fixture.base() + snapshotPath(BAD) + ": truncated or invalid JSON after "
        + body.length / 3 + " bytes: Unexpected end-of-input"), failure);
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void aSnapshotWithoutAKnownClassFailsLoudlyNamingIt() throws Exception {
    String onlyGrey = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "Сіра зона /// Grey zone /// geoJSON.status.unknown"},
           "geometry": {"type": "Polygon", "coordinates": [[[37, 48, 0], [38, 48, 0], [38, 49, 0], [37, 48, 0]]]}},
          {"type": "Feature", "properties": {"name": "Окуповано /// Occupied ///"},
           "geometry": {"type": "Point", "coordinates": [37.5, 48.5, 0]}}]}""";
    fixture.failNext(snapshotPath(BAD), DeepStateFixture.body("application/json", onlyGrey.getBytes(StandardCharsets.UTF_8)));
    String failure = failureOfTheBadSnapshot();
    long id = BAD.atTime(18, 0).toEpochSecond(java.time.ZoneOffset.UTC);
    assertEquals("snapshot " + id + " (2025-08-15): no polygon of a known class (Occupied, Occupied Crimea,"
        + " CADR and CALR) among its 2 features; polygons named [Grey zone]: the upstream classification may"
        + " have changed", failure);
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void anUnexpectedShapeIsAClearError() throws Exception {
    fixture.failNext("/api/history/public", DeepStateFixture.body("application/json",
        "{\"items\": []}".getBytes(StandardCharsets.UTF_8)));
    FetchException list = assertThrows(FetchException.class, () -> FetchTesting.fetch(options, log));
    assertEquals(fixture.base() + "/api/history/public: expected a JSON array of snapshots, got a OBJECT"
        + " (the upstream shape may have changed)", list.getMessage());

    fixture.failNext(snapshotPath(BAD), DeepStateFixture.body("application/json",
        "{\"type\": \"Topology\", \"objects\": {}}".getBytes(StandardCharsets.UTF_8)));
    String failure = failureOfTheBadSnapshot();
    assertTrue(failure.endsWith("(2025-08-15): not a GeoJSON FeatureCollection with a features array"
        + " (the upstream shape may have changed)"), failure);
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void theCommandExitsNonZeroNamingUrlAndStatusWhenNothingCouldBeFetched() throws Exception {
    // 404 is not tried again: the list missing makes the command try the latest snapshot, missing too.
    fixture.failNext("/api/history/public", DeepStateFixture.htmlPage(404, "404 Not Found"));
    fixture.failNext("/api/history/last", DeepStateFixture.htmlPage(404, "404 Not Found"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = FetchCommand.run(new String[] {"--source-url", fixture.base().toString(), "--into", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: HTTP 404 from " + fixture.base()
        + "/api/history/last (an HTML page): 404 Not Found\n"), err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("the layers already in " + dir + " are unchanged"));
    assertPreviousKeptAndNoPartialFile(false);
  }

  @Test
  void badUsageExitsTwoAndHelpListsTheOptions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, FetchCommand.run(new String[] {"--every", "0"}, new PrintStream(out), new PrintStream(err)));
    assertTrue(err.toString().contains("--every takes a whole number of at least 1, not 0"), err.toString());
    assertEquals(0, FetchCommand.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
    for (String option : List.of("--source", "--since", "--until", "--every", "--into", "--source-url", "--timeout")) {
      assertTrue(out.toString().contains(option), option);
    }
  }
}
