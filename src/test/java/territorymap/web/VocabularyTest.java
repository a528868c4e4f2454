package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalReader;
import territorymap.figures.Evaluations;
import territorymap.proposal.Status;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.GridFixture;

/**
 * {@code GET /vocabulary} against what the reader does: every pair it calls allowed is read, every
 * other refused at the status; its id pattern accepts the ids the reader accepts; the OpenAPI
 * enums are the Java ones. And the {@code reason} of problems: what is wrong, without the prefix.
 */
class VocabularyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ProposalReader READER = new ProposalReader("UA-14"::equals);

  @TempDir static Path dir;
  static Javalin app;
  static JsonNode vocabulary;

  @BeforeAll
  static void start() throws Exception {
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), GridFixture.atlas(dir))).start(0);
    HttpResponse<String> response = get("/vocabulary");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    vocabulary = JSON.readTree(response.body());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String definition(String id, String party, String status, String unassigned) {
    return """
        {"id": "%s", "title": "T", "date": "2026-11-28", "summary": "S", "sources": [], "layer": "2025-08-15",
         %s "assignments": [{"territory": "UA-14", "party": "%s", "status": "%s"}]}
        """.formatted(id, unassigned == null ? "" : "\"unassigned\": \"" + unassigned + "\",", party, status);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  @Test
  void partiesAndStatusesAreTheEnumsInTheirOrder() {
    assertEquals(List.of("russia", "ukraine", "demilitarized"), texts(vocabulary.get("parties")));
    assertEquals(Arrays.stream(Party.values()).map(Party::id).toList(), texts(vocabulary.get("parties")));
    assertEquals(List.of("de-jure", "de-facto", "frozen", "returned", "demilitarized", "status-quo", "unchanged"),
        texts(vocabulary.get("statuses")));
  }

  @Test
  void theAllowedPairsAreExactlyThoseTheReaderAccepts() throws Exception {
    assertEquals(List.of("de-jure", "de-facto", "frozen", "status-quo"), texts(vocabulary.at("/allowed/russia")));
    assertEquals(List.of("demilitarized"), texts(vocabulary.at("/allowed/demilitarized")));
    int refused = 0;
    for (Party party : Party.values()) {
      List<String> allowed = texts(vocabulary.path("allowed").path(party.id()));
      for (Status status : Status.values()) {
        String text = definition("pair", party.id(), status.id(), null);
        try {
          READER.read(JSON.readTree(text), "test");
          assertTrue(allowed.contains(status.id()), party + " with " + status + " is read but not listed");
        } catch (DefinitionException e) {
          refused++;
          assertEquals("assignments[0].status", e.field());
          assertTrue(!allowed.contains(status.id()), party + " with " + status + " is listed but refused: " + e);
        }
      }
    }
    assertEquals(3 + 1 + 6, refused, "russia: returned, demilitarized, unchanged; ukraine: demilitarized; "
        + "demilitarized: all but demilitarized");
  }

  @Test
  void theIdPatternAcceptsWhatTheReaderAccepts() throws Exception {
    Pattern published = Pattern.compile(vocabulary.get("idPattern").asText());
    List<String> ids = List.of("a", "alaska-2025-08-15", "9-x", "x".repeat(80), "x".repeat(81), "-x", "A", "a_b",
        "a b", "élan", "a-");
    int accepted = 0;
    for (String id : ids) {
      boolean read;
      try {
        READER.read(JSON.readTree(definition(id, "russia", "de-jure", null)), "test");
        read = true;
      } catch (DefinitionException e) {
        assertEquals("id", e.field(), id);
        read = false;
      }
      assertEquals(read, published.matcher(id).find(), id);
      accepted += read ? 1 : 0;
    }
    assertEquals(5, accepted, "a, alaska-…, 9-x, 80 letters, a-");
  }

  @Test
  void theUnassignedRulesSayWhoGetsWhatOnEachSide() throws Exception {
    JsonNode rules = vocabulary.at("/unassigned/rules");
    assertEquals(Arrays.stream(UnassignedRule.values()).map(UnassignedRule::id).toList(),
        rules.findValues("id").stream().map(JsonNode::asText).toList());
    assertEquals(JSON.readTree("""
        [{"id": "status-quo", "occupied": {"party": "russia", "status": "status-quo"},
                              "held": {"party": "ukraine", "status": "unchanged"}},
         {"id": "ukraine", "occupied": {"party": "ukraine", "status": "returned"},
                           "held": {"party": "ukraine", "status": "unchanged"}}]"""), rules);
    String defaultRule = vocabulary.at("/unassigned/default").asText();
    assertEquals(defaultRule, READER.read(JSON.readTree(definition("d", "russia", "de-jure", null)), "test")
        .unassigned().id());
  }

  @Test
  void theOpenApiEnumsAreTheJavaOnes() throws Exception {
    JsonNode spec;
    try (InputStream in = VocabularyTest.class.getResourceAsStream("/openapi.json")) {
      spec = JSON.readTree(in);
    }
    assertEquals(texts(vocabulary.get("parties")), texts(spec.at("/components/schemas/Party/enum")));
    assertEquals(texts(vocabulary.get("statuses")), texts(spec.at("/components/schemas/Status/enum")));
    assertEquals(Arrays.stream(UnassignedRule.values()).map(UnassignedRule::id).toList(),
        texts(spec.at("/components/schemas/UnassignedRule/enum")));
  }

  @Test
  void aProblemSaysWhatIsWrongWithItsFieldWithoutThePrefix() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + "/proposals/preview"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(definition("p", "russia", "returned", null))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(422, response.statusCode(), response.body());
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("assignments[0].status", problem.get("field").asText());
    String reason = "territory returned is Ukraine's; russia with returned contradicts itself";
    assertEquals(reason, problem.get("reason").asText());
    assertEquals("request body: assignments[0].status: " + reason, problem.get("detail").asText());

    JsonNode query = JSON.readTree(get("/timeline?from=yesterday").body());
    assertEquals("from", query.get("field").asText());
    assertEquals("\"yesterday\" is not a date (YYYY-MM-DD)", query.get("reason").asText());
    JsonNode unnamed = JSON.readTree(get("/nowhere").body());
    assertTrue(!unnamed.has("field") && !unnamed.has("reason"), unnamed.toString());
  }
}
