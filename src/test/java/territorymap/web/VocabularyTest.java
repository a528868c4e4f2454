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
import territorymap.proposal.Terms;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.GridFixture;

/**
 * {@code GET /vocabulary} against what the reader does: every combination of its words is read, and
 * version 1's contradictory pairs are still refused at the status; its id pattern accepts the ids the reader accepts; the OpenAPI
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
  void holdersRegimesAndRecognitionsAreTheEnumsInTheirOrder() {
    assertEquals(2, vocabulary.get("version").asInt());
    assertEquals(List.of("russia", "ukraine", "undetermined", "third-party"), texts(vocabulary.get("holders")));
    assertEquals(Arrays.stream(Party.values()).map(Party::id).toList(), texts(vocabulary.get("holders")));
    assertEquals(List.of("none", "demilitarized", "free-economic-zone", "joint-administration",
        "international-monitoring"), texts(vocabulary.get("regimes")));
    assertEquals(List.of("in-law", "de-facto", "frozen", "not-mentioned"), texts(vocabulary.get("recognitions")));
  }

  /** Version 2: every holder with every regime and recognition is read, Russia with a demilitarized regime too. */
  @Test
  void everyCombinationOfTheVocabularyIsRead() throws Exception {
    int read = 0;
    for (String holder : texts(vocabulary.get("holders"))) {
      for (String regime : texts(vocabulary.get("regimes"))) {
        for (String recognition : texts(vocabulary.get("recognitions"))) {
          String third = holder.equals("third-party") ? ", \"thirdParty\": {\"en\": \"United States\"}" : "";
          String text = """
              {"version": 2, "id": "c", "title": {"en": "T"}, "date": "2026-11-28", "summary": {"uk": "С"},
               "sources": [], "layer": "2025-08-15",
               "assignments": [{"territory": "UA-14", "holder": "%s", "regime": "%s", "recognition": "%s"%s}]}
              """.formatted(holder, regime, recognition, third);
          Terms terms = READER.read(JSON.readTree(text), "test").assignments().get(0).terms();
          assertEquals(List.of(holder, regime, recognition),
              List.of(terms.holder().id(), terms.regime().id(), terms.recognition().id()));
          read++;
        }
      }
    }
    assertEquals(4 * 5 * 4, read);
  }

  /** Version 1 is still read, and a pair it always refused is refused at its status. */
  @Test
  void version1PairsThatContradictThemselvesAreStillRefused() throws Exception {
    int refused = 0;
    for (String party : List.of("russia", "ukraine", "demilitarized")) {
      for (String status : List.of("de-jure", "de-facto", "frozen", "returned", "demilitarized", "status-quo",
          "unchanged")) {
        try {
          READER.read(JSON.readTree(definition("pair", party, status, null)), "test");
        } catch (DefinitionException e) {
          refused++;
          assertEquals("assignments[0].status", e.field());
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
        [{"id": "status-quo", "occupied": {"holder": "russia", "regime": "none", "recognition": "not-mentioned"},
                              "held": {"holder": "ukraine", "regime": "none", "recognition": "not-mentioned"}},
         {"id": "ukraine", "occupied": {"holder": "ukraine", "regime": "none", "recognition": "not-mentioned"},
                           "held": {"holder": "ukraine", "regime": "none", "recognition": "not-mentioned"}}]"""),
        rules);
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
    assertEquals(texts(vocabulary.get("holders")), texts(spec.at("/components/schemas/Party/enum")));
    assertEquals(texts(vocabulary.get("regimes")), texts(spec.at("/components/schemas/Regime/enum")));
    assertEquals(texts(vocabulary.get("recognitions")), texts(spec.at("/components/schemas/Recognition/enum")));
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
