package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;

/** {@code GET /proposals} a page at a time, over the grid, the seeds and an H2 store. */
class ProposalListTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TOKEN = "list-token-1234";
  /** The seeded proposals' ids, which are their file names, in id order. */
  private static final List<String> SEEDS = seedIds();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

  @TempDir static Path fixtures;
  static Atlas atlas;

  @TempDir Path dir;
  JdbcProposalStore store;
  Javalin app;

  private static List<String> seedIds() {
    try (var files = java.nio.file.Files.list(Path.of("seeds/proposals"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void grid() throws Exception {
    atlas = GridFixture.atlas(fixtures);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private void start(Atlas on) {
    store = JdbcProposalStore.h2(dir.resolve("store"));
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), on, store), WriteAccess.withToken(TOKEN))
        .start(0);
  }

  private void restart(Atlas on) {
    stop();
    start(on);
  }

  /** A page, asked again until no item on it is still being evaluated in the background (10 s at most). */
  private JsonNode listedOnceEvaluated(String path) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      JsonNode page = JSON.readTree(send("GET", path, null).body());
      boolean evaluating = false;
      for (JsonNode item : page) {
        evaluating |= item.path("state").asText().equals("evaluating");
      }
      if (!evaluating || System.nanoTime() > deadline) {
        return page;
      }
      Thread.sleep(50);
    }
  }

  static String definition(String id, String title, String code, String layer) {
    return """
        {"id": "%s", "title": "%s", "date": "2026-11-28", "summary": "One unit's occupied part.", "sources": [],
         "layer": "%s", "unassigned": "ukraine",
         "assignments": [{"territory": {"occupied": "%s"}, "party": "russia", "status": "de-facto"}]}
        """.formatted(id, title, layer, code);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void store(String id, String title, int region, String layer) throws Exception {
    String code = atlas.boundaries().regions().get(region).code();
    HttpResponse<String> created = send("POST", "/proposals", definition(id, title, code, layer));
    assertEquals(201, created.statusCode(), created.body());
  }

  private static String next(HttpResponse<String> page) {
    return page.headers().firstValue("Link").map(link -> {
      Matcher m = NEXT.matcher(link);
      assertTrue(m.find(), link);
      return m.group(1);
    }).orElse(null);
  }

  private static List<String> ids(HttpResponse<String> page) throws Exception {
    List<String> ids = new ArrayList<>();
    JSON.readTree(page.body()).forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  private JsonNode problem(String path, int status) throws Exception {
    HttpResponse<String> response = send("GET", path, null);
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    return JSON.readTree(response.body());
  }

  @Test
  void pagesListTheSeededProposalsFirstThenTheStoredOnesByIdEachOnceFollowingTheNextLinks() throws Exception {
    start(atlas);
    for (String id : List.of("user-e", "user-a", "user-d", "user-c", "user-b", "user-f", "user-g")) {
      store(id, "Proposal " + id, 3, "2025-08-15");
    }
    List<String> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String path = "/proposals?limit=4";
    while (path != null) {
      HttpResponse<String> page = send("GET", path, null);
      assertEquals(200, page.statusCode(), page.body());
      sizes.add(ids(page).size());
      all.addAll(ids(page));
      path = next(page);
    }
    List<String> expected = new ArrayList<>(SEEDS);
    expected.addAll(List.of("user-a", "user-b", "user-c", "user-d", "user-e", "user-f", "user-g"));
    assertEquals(expected, all);
    int total = SEEDS.size() + 7;
    List<Integer> pages = new ArrayList<>();
    for (int left = total; left > 0; left -= 4) {
      pages.add(Math.min(4, left));
    }
    assertEquals(pages, sizes);
  }

  @Test
  void withoutALimitAPageHoldsFiftyAndSaysWhereTheNextStarts() throws Exception {
    start(atlas);
    for (int i = 0; i < 46; i++) {
      store(String.format("bulk-%02d", i), "Bulk " + i, i % 20, "2025-08-15");
    }
    HttpResponse<String> first = send("GET", "/proposals", null);
    assertEquals(50, ids(first).size());
    int bulkOnFirst = 50 - SEEDS.size();
    assertEquals(String.format("bulk-%02d", bulkOnFirst - 1), ids(first).get(49));
    // Pages of other origins may read the list, and its next link with it.
    assertEquals("Link", first.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
    HttpResponse<String> second = send("GET", next(first), null);
    assertEquals(java.util.stream.IntStream.range(bulkOnFirst, 46).mapToObj(i -> String.format("bulk-%02d", i)).toList(),
        ids(second));
    assertNull(next(second));
    JsonNode seeded = JSON.readTree(first.body()).get(0);
    assertTrue(seeded.get("seeded").asBoolean());
    assertEquals("evaluated", seeded.get("state").asText());
    assertFalse(JSON.readTree(first.body()).get(SEEDS.size()).get("seeded").asBoolean());
  }

  @Test
  void aStoredProposalIsListedWithTheFiguresOfItsOwnRoutesAndItsNewFiguresOnceReplaced() throws Exception {
    start(atlas);
    store("changing", "Changing", 7, "2025-08-15");
    JsonNode listed = JSON.readTree(send("GET", "/proposals?q=changing", null).body()).get(0);
    JsonNode area = JSON.readTree(send("GET", "/proposals/changing/area", null).body());
    assertTrue(area.at("/parties/russia/km2").asDouble() > 0);
    assertEquals(area.at("/parties/russia/km2").asDouble(), listed.at("/parties/russia/km2").asDouble());
    assertEquals("2025-08-15", listed.at("/layer/date").asText());

    String code = atlas.boundaries().regions().get(25).code();
    assertEquals(200, send("PUT", "/proposals/changing", definition("changing", "Changed", code, "2026-01-01"))
        .statusCode());
    JsonNode relisted = JSON.readTree(send("GET", "/proposals?q=changing", null).body()).get(0);
    JsonNode reArea = JSON.readTree(send("GET", "/proposals/changing/area", null).body());
    assertEquals("Changed", relisted.at("/title/en").asText());
    assertEquals("2026-01-01", relisted.at("/layer/date").asText());
    assertEquals(reArea.at("/parties/russia/km2").asDouble(), relisted.at("/parties/russia/km2").asDouble());
    assertFalse(area.at("/parties/russia/km2").asDouble() == reArea.at("/parties/russia/km2").asDouble());

    assertEquals(204, send("DELETE", "/proposals/changing", null).statusCode());
    assertEquals(List.of(), ids(send("GET", "/proposals?q=changing", null)));
  }

  @Test
  void aSearchFindsTheIdOrTitleInAnyCaseAmongSeededAndStoredAndKeepsItInTheNextLink() throws Exception {
    start(atlas);
    store("zephyr-one", "The Northern Zephyr", 2, "2025-08-15");
    store("zephyr-two", "A southern zephyr", 4, "2025-08-15");
    store("other", "Nothing to find_here", 5, "2025-08-15");
    // The Alaska terms and their variant as Axios reported them.
    assertEquals(List.of("alaska-2025-08-15", "alaska-axios-2025-08-16"), ids(send("GET", "/proposals?q=ALASKA", null)));
    assertEquals(List.of("zephyr-one", "zephyr-two"), ids(send("GET", "/proposals?q=ZePhyr", null)));
    assertEquals(List.of("zephyr-one"), ids(send("GET", "/proposals?q=northern", null)));
    // LIKE's wildcards are searched for as themselves.
    assertEquals(List.of("other"), ids(send("GET", "/proposals?q=find_", null)));
    assertEquals(List.of(), ids(send("GET", "/proposals?q=%25", null)));
    HttpResponse<String> first = send("GET", "/proposals?q=zephyr&limit=1", null);
    assertEquals(List.of("zephyr-one"), ids(first));
    assertTrue(next(first).contains("q=zephyr"), next(first));
    assertEquals(List.of("zephyr-two"), ids(send("GET", next(first), null)));
  }

  @Test
  void aLimitOutOfRangeOrACursorThisServerDidNotGiveIs422NamingIt() throws Exception {
    start(atlas);
    for (String limit : List.of("0", "201", "-1", "ten", "1.5")) {
      JsonNode problem = problem("/proposals?limit=" + limit, 422);
      assertEquals("limit", problem.get("field").asText());
      assertTrue(problem.get("detail").asText().contains("1 to 200"), problem.toString());
    }
    assertEquals(200, send("GET", "/proposals?limit=200", null).statusCode());
    String notOurs = java.util.Base64.getUrlEncoder().encodeToString("x:1".getBytes());
    String tooFar = java.util.Base64.getUrlEncoder().encodeToString("s:99".getBytes());
    String badId = java.util.Base64.getUrlEncoder().encodeToString("u:Not An Id".getBytes());
    for (String cursor : List.of("!!!", notOurs, tooFar, badId)) {
      assertEquals("cursor", problem("/proposals?cursor=" + cursor, 422).get("field").asText());
    }
    assertEquals("q", problem("/proposals?q=" + "a".repeat(301), 422).get("field").asText());
  }

  @Test
  void aProposalOnALayerNoLongerLoadedIsListedAsSuchWhileItsRoutesNameTheLayer() throws Exception {
    start(atlas);
    store("on-2026", "On the 2026 layer", 7, "2026-01-01");
    store("on-2025", "On the 2025 layer", 7, "2025-08-15");
    Atlas without2026 = new Atlas(atlas.boundaries(), List.of(
        GridFixture.layerEastOf(atlas.boundaries(), fixtures, 30.5, LocalDate.of(2022, 2, 23)),
        GridFixture.layerEastOf(atlas.boundaries(), fixtures, 29.5, LocalDate.of(2025, 8, 15))));
    restart(without2026);

    HttpResponse<String> list = send("GET", "/proposals", null);
    assertEquals(200, list.statusCode(), list.body());
    JsonNode items = listedOnceEvaluated("/proposals");
    assertEquals(SEEDS.size() + 2, items.size());
    JsonNode missing = items.get(SEEDS.size() + 1);
    assertEquals("on-2026", missing.get("id").asText());
    assertEquals("On the 2026 layer", missing.at("/title/en").asText());
    assertEquals("layer-not-loaded", missing.get("state").asText());
    assertEquals("2026-01-01", missing.at("/layer/date").asText());
    assertFalse(missing.has("parties"));
    assertTrue(missing.get("detail").asText().contains("2026-01-01"));
    JsonNode present = items.get(SEEDS.size());
    assertEquals("evaluated", present.get("state").asText());
    assertTrue(present.at("/parties/russia/km2").asDouble() > 0);

    for (String route : List.of("/area", "/geojson", "/area.csv")) {
      JsonNode problem = problem("/proposals/on-2026" + route, 409);
      assertEquals("layer", problem.get("field").asText());
      assertTrue(problem.get("detail").asText().contains("2026-01-01"), problem.toString());
      assertEquals("[\"2022-02-23\",\"2025-08-15\"]", problem.get("available").toString());
    }
    assertEquals(200, send("GET", "/proposals/on-2026", null).statusCode());
    assertEquals(409, send("GET", "/compare?ids=on-2025,on-2026", null).statusCode());

    // With the layer back, it is evaluated again, with the figures of its own route.
    restart(atlas);
    // The first listing after a start answers at once and computes the figures in the background.
    JsonNode first = JSON.readTree(send("GET", "/proposals?q=on-2026", null).body()).get(0);
    assertEquals("evaluating", first.get("state").asText());
    assertFalse(first.has("parties"));
    JsonNode back = listedOnceEvaluated("/proposals?q=on-2026").get(0);
    assertEquals("evaluated", back.get("state").asText());
    assertEquals(JSON.readTree(send("GET", "/proposals/on-2026/area", null).body()).at("/parties/russia/km2").asDouble(),
        back.at("/parties/russia/km2").asDouble());
  }

  @Test
  void aStoredDefinitionWrittenBeforeTheListingColumnsIsListedWithItsTitle() throws Exception {
    start(atlas);
    store("old-row", "Written before", 3, "2025-08-15");
    stop();
    // As the table was before migration 3 filled them in.
    try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
        .resolve("territory-map"), "sa", "")) {
      c.createStatement().executeUpdate("UPDATE proposal SET title = NULL, layer = NULL");
    }
    start(atlas);
    JsonNode listed = listedOnceEvaluated("/proposals?q=written");
    assertEquals(1, listed.size());
    assertEquals("old-row", listed.get(0).get("id").asText());
    assertEquals("evaluated", listed.get(0).get("state").asText());
  }
}
