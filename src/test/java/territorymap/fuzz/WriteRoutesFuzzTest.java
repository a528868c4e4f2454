package territorymap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.proposal.Proposal;
import territorymap.proposal.ProposalReader;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/**
 * Mutated proposal definitions against the write routes of the real server (grid data, H2 store,
 * a token): every request is answered in time with one of the statuses a write can have, never a
 * 5xx, and what was stored can be read back.
 */
@Tag("slow")
class WriteRoutesFuzzTest {

  private static final long SEED = 20251120L;
  private static final int TIMEOUT_MILLIS = 20_000;
  private static final String TOKEN = "fuzz-token";
  private static final Set<Integer> WRITE_STATUSES = Set.of(200, 201, 204, 400, 404, 409, 413, 422);

  @TempDir static Path dir;
  static JdbcProposalStore store;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    store = JdbcProposalStore.h2(dir.resolve("store"));
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), atlas, store), WriteAccess.withToken(TOKEN))
        .start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  /** Seed texts: the shipped definitions, with their ids made fresh per mutation. */
  private static List<String> seeds() throws Exception {
    return new ProposalReader(code -> true).readFolder(Path.of("seeds/proposals")).stream()
        .map(Proposal::definition).toList();
  }

  private static final List<String> TOKENS = List.of("\"UA-14\"", "\"UA-99\"", "\"all\"", "null", "[]", "{}",
      "\"occupied\"", "\"held\"", "\"polygon\"", "{\"type\":\"Polygon\",\"coordinates\":[[[30,46],[31,46],[30,47],[30,46]]]}",
      "{\"type\":\"Polygon\",\"coordinates\":[[[30,46],[31,47],[31,46],[30,47],[30,46]]]}", "1e309", "-0", "\"\"",
      "\"\\u0000\"", "\"‮\"", "\"<script>alert(1)</script>\"", "\"de-jure\"", "\"russia\"", "\"nato\"", "true");

  /** One random edit of the text: cut it, splice a token in, drop or double a character. */
  private static String mutate(Random random, String text) {
    int at = random.nextInt(text.length());
    return switch (random.nextInt(5)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
      case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
      case 3 -> text.replaceFirst("\"[A-Za-z-]+\"(?=\\s*[,}\\]])", TOKENS.get(random.nextInt(TOKENS.size())));
      default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
    };
  }

  @Test
  void mutatedDefinitionsAreAnsweredWithAWriteStatusNeverA5xx() throws Exception {
    Random random = new Random(SEED);
    List<String> seeds = seeds();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> created = new ArrayList<>();
    int tried = 0;
    for (int i = 0; i < 400; i++) {
      String text = seeds.get(random.nextInt(seeds.size()))
          .replaceFirst("\"id\":\\s*\"[^\"]+\"", "\"id\": \"fuzz-" + i + "\"");
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        text = mutate(random, text);
      }
      boolean preview = random.nextBoolean();
      String target = preview ? "/proposals/preview" : "/proposals";
      RawHttp.Response response = RawHttp.send(app.port(), "POST", target.getBytes(StandardCharsets.US_ASCII),
          "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/json\r\n",
          text.getBytes(StandardCharsets.UTF_8), TIMEOUT_MILLIS);
      tried++;
      byStatus.merge(response.status(), 1, Integer::sum);
      if (response.timedOut() || !WRITE_STATUSES.contains(response.status())) {
        failures.add(response.status() + " " + target + ": " + text.substring(0, Math.min(200, text.length())));
      } else if (response.status() == 201) {
        created.add("fuzz-" + i);
      }
    }
    System.out.printf(Locale.ROOT, "Write-route fuzzing: %d mutated definitions, by status %s%n", tried, byStatus);
    assertEquals(List.of(), failures);
    for (String id : created) {
      RawHttp.Response read = RawHttp.get(app.port(), "/proposals/" + id + "/area", TIMEOUT_MILLIS);
      assertEquals(200, read.status(), id + ": " + read.text());
    }
    assertTrue(byStatus.getOrDefault(422, 0) > 0 && byStatus.getOrDefault(400, 0) > 0,
        "the corpus reaches both the JSON parser and the definition checks: " + byStatus);
  }
}
