package territorymap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.Geometries;

/**
 * Fetching from the API (list, snapshot, latest) and the archive, against the local fixture.
 * Slow: the fixture serves the six shared snapshots, tens of megabytes each run.
 */
@Tag("slow")
class LayerFetcherTest {

  @TempDir
  Path dir;

  @Test
  void theListedSnapshotsBecomeOneRfc7946FilePerDateWithTheirProvenance() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      FetchResult result = FetchTesting.fetch(FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir), new ArrayList<>());

      assertEquals(List.copyOf(shared.keySet()), result.written().stream().map(FetchResult.Written::date).toList());
      assertEquals(List.of(), result.failures());
      List<String> expectedRequests = new ArrayList<>(List.of("/api/history/public"));
      for (FetchResult.Written w : result.written()) {
        assertEquals(dir.resolve(w.date() + "-deepstate.geojson"), w.file());
        JsonNode root = UpstreamShapes.JSON.readTree(w.file().toFile());
        assertFalse(root.has("crs"), "RFC 7946: no crs member");
        JsonNode properties = root.path("features").path(0).path("properties");
        JsonNode provenance = properties.path("provenance");
        long id = LocalDate.parse(properties.path("date").asText()).atTime(18, 0)
            .toEpochSecond(java.time.ZoneOffset.UTC);
        expectedRequests.add("/api/history/" + id + "/geojson");
        assertEquals(String.valueOf(id), provenance.path("upstreamId").asText());
        assertEquals(fixture.base() + "/api/history/" + id + "/geojson", provenance.path("url").asText());
        assertEquals(sha256(fixture.snapshot(id).body()), provenance.path("sha256").asText());
        assertTrue(properties.path("source").asText().startsWith("DeepStateMap snapshot " + id + " of "),
            properties.path("source").asText());
        assertTrue(properties.path("licence").asText().contains("belong to DeepStateMap"));
        Geometry geometry = GeoJsonDocument.read(w.file()).get(0).geometry();
        assertTrue(geometry.isValid());
        for (Polygon polygon : Geometries.polygonsOf(geometry)) {
          assertTrue(Orientation.isCCW(polygon.getExteriorRing().getCoordinates()), "shells counter-clockwise");
        }
      }
      assertEquals(expectedRequests, fixture.requests());
      assertTrue(fixture.userAgents().stream().allMatch(ua -> ua.startsWith("TerritoryMap/")), fixture.userAgents().toString());
    }
  }

  @Test
  void aSecondRunFetchesNothingAndSaysSo() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      FetchOptions options = FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir);
      FetchTesting.fetch(options, new ArrayList<>());
      byte[] before = Files.readAllBytes(dir.resolve("2025-08-15-deepstate.geojson"));
      fixture.clearRequests();

      FetchResult second = FetchTesting.fetch(options, new ArrayList<>());

      assertTrue(second.nothingNew());
      assertEquals(6, second.upToDate());
      assertEquals(List.of("/api/history/public"), fixture.requests());
      assertTrue(FetchCommand.summary(second, options).startsWith("nothing new: 6 date(s) already up to date"));
      assertEquals(new String(before), new String(Files.readAllBytes(dir.resolve("2025-08-15-deepstate.geojson"))));
    }
  }

  @Test
  void aLaterSnapshotOfTheNewestDateReplacesItsFile() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      FetchOptions options = FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir);
      FetchTesting.fetch(options, new ArrayList<>());
      // 20:00 UTC is 22:00 in Kyiv: the same day, a later snapshot (here of another shape).
      DeepStateFixture.Snapshot later = fixture.add(LocalDate.parse("2026-01-01"),
          UpstreamShapes.JSON.writeValueAsBytes(UpstreamShapes.snapshot(shared.get(LocalDate.parse("2025-11-20")))), 20);

      FetchResult second = FetchTesting.fetch(options, new ArrayList<>());

      assertEquals(1, second.written().size());
      assertTrue(second.written().get(0).replaced());
      assertEquals(5, second.upToDate());
      JsonNode provenance = UpstreamShapes.JSON.readTree(dir.resolve("2026-01-01-deepstate.geojson").toFile())
          .path("features").path(0).path("properties").path("provenance");
      assertEquals(String.valueOf(later.id()), provenance.path("upstreamId").asText());
    }
  }

  @Test
  void sinceUntilAndEveryChooseTheDates() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      FetchOptions base = FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir);
      FetchResult range = FetchTesting.fetch(base.withDates(LocalDate.parse("2025-08-01"),
          LocalDate.parse("2025-08-31"), 1), new ArrayList<>());
      assertEquals(List.of("2025-08-01", "2025-08-15", "2025-08-31"),
          range.written().stream().map(w -> w.date().toString()).toList());

      // One per 20 days, counting from the layers already there: 2024-07-08 is new, 2025-11-20 is
      // 81 days after 2025-08-31 and 2026-01-01 42 days after that.
      FetchResult every = FetchTesting.fetch(base.withDates(null, null, 20), new ArrayList<>());
      assertEquals(List.of("2024-07-08", "2025-11-20", "2026-01-01"),
          every.written().stream().map(w -> w.date().toString()).toList());
      assertEquals(3, every.upToDate());
    }
  }

  @Test
  void withoutAPublicListTheLatestSnapshotIsFetched() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = FetchTesting.fixture(shared)) {
      fixture.listPublic(false);
      List<String> log = new ArrayList<>();

      FetchResult result = FetchTesting.fetch(FetchTesting.options(FetchSource.DEEPSTATE, fixture, dir), log);

      assertEquals(List.of(LocalDate.parse("2026-01-01")), result.written().stream().map(FetchResult.Written::date).toList());
      assertEquals(List.of("/api/history/public", "/api/history/last"), fixture.requests());
      assertTrue(log.get(0).contains("HTTP 403 from " + fixture.base() + "/api/history/public"), log.get(0));
      JsonNode provenance = UpstreamShapes.JSON.readTree(result.written().get(0).file().toFile())
          .path("features").path(0).path("properties").path("provenance");
      assertEquals(fixture.base() + "/api/history/last", provenance.path("url").asText());
    }
  }

  @Test
  void theArchiveGivesEveryDateInOneDownloadAndASecondRunIsAnswered304() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = new DeepStateFixture()) {
      fixture.archive(shared);
      FetchOptions options = FetchTesting.options(FetchSource.DEEPSTATE_ARCHIVE, fixture, dir);

      FetchResult first = FetchTesting.fetch(options, new ArrayList<>());
      assertEquals(List.copyOf(shared.keySet()), first.written().stream().map(FetchResult.Written::date).toList());
      assertEquals(List.of("/deepstate-map-data.geojson.gz"), fixture.requests());
      JsonNode properties = UpstreamShapes.JSON.readTree(dir.resolve("2025-08-15-deepstate.geojson").toFile())
          .path("features").path(0).path("properties");
      assertTrue(properties.path("source").asText().startsWith("DeepStateMap layer of 2025-08-15 (daily archive"));
      assertEquals(List.of(".fetch.lock"), FetchTesting.names(dir).stream().filter(n -> n.startsWith(".")).toList(),
          "the downloaded archive is removed");

      FetchResult second = FetchTesting.fetch(options, new ArrayList<>());
      assertTrue(second.nothingNew());
      assertEquals(6, second.upToDate());
    }
  }

  @Test
  void anArchiveThatIsAnHtmlPageOrCutShortIsAClearErrorAndLeavesOnlyWholeLayers() throws Exception {
    Map<LocalDate, Path> shared = FetchTesting.sharedByDate();
    try (DeepStateFixture fixture = new DeepStateFixture()) {
      fixture.archive(shared);
      FetchOptions options = FetchTesting.options(FetchSource.DEEPSTATE_ARCHIVE, fixture, dir);
      fixture.failNext("/deepstate-map-data.geojson.gz", DeepStateFixture.body("text/html",
          "<html><title>Rate limited</title></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      FetchResult html = FetchTesting.fetch(options, new ArrayList<>());
      assertEquals(List.of(fixture.base() + "/deepstate-map-data.geojson.gz: not a gzip'd GeoJSON archive"
          + " (content type \"text/html\", starts with \"<\"): an HTML page"), html.failures());
      assertEquals(List.of(".fetch.lock"), FetchTesting.names(dir));

      byte[] gz = fixture.archiveBytes();
      fixture.failNext("/deepstate-map-data.geojson.gz",
          DeepStateFixture.body("application/octet-stream", java.util.Arrays.copyOf(gz, gz.length / 2)));
      FetchResult cut = FetchTesting.fetch(options, new ArrayList<>());
      assertEquals(1, cut.failures().size());
      assertTrue(cut.failures().get(0).startsWith(fixture.base() + "/deepstate-map-data.geojson.gz: cannot read the archive"
          + " (truncated?): Unexpected end of ZLIB input stream"), cut.failures().get(0));
      assertTrue(cut.written().size() < shared.size(), cut.toString());
      List<String> names = FetchTesting.layerNames(dir);
      assertEquals(cut.written().stream().map(w -> w.date() + "-deepstate.geojson").toList(), names);
      for (FetchResult.Written w : cut.written()) {
        assertTrue(GeoJsonDocument.read(w.file()).get(0).geometry().isValid(), "each written layer is whole");
      }
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
