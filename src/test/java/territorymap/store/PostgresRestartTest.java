package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static territorymap.store.ServerProcess.zaporizhzhiaOnly;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under a running server and started again: seeded reads keep working, writes
 * and reads of stored proposals answer 503, and both recover when the database is back, with what
 * was written before the stop. The same when the service starts while the database is down; but a
 * database that refuses (no such database) stops the service at startup. The database is a {@link PrivateCluster}, since the shared one of
 * {@code .ci/postgres.sh} must stay up for the other tests; {@link StoreOutageTest} covers the
 * other fault, the network to the database cut.
 */
@Tag("slow")
class PostgresRestartTest {

  private static final String TOKEN = "restart-token";
  private static final String SEEDED = "alaska-2025-08-15";

  @TempDir Path dir;

  /** Debian's PostgreSQL binaries; the test is skipped, saying so, where there are none. */
  private static Path binaries() {
    Optional<Path> bin = PrivateCluster.binaries();
    assumeTrue(bin.isPresent(),
        "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/<version>/bin: apt-get install postgresql");
    return bin.get();
  }

  /**
   * Posts a proposal until it is created or 30 s have passed, as a client would while the database
   * comes back; every answer before then must be a 503 problem. Returns the last answer.
   */
  private static HttpResponse<String> writeOnceBack(ServerProcess server, String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> write = server.post("/proposals", zaporizhzhiaOnly(id), TOKEN);
    while (write.statusCode() != 201 && System.nanoTime() < deadline) {
      assertProblem(503, write);
      Thread.sleep(500);
      write = server.post("/proposals", zaporizhzhiaOnly(id), TOKEN);
    }
    return write;
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        response.headers().toString());
  }

  @Test
  void withPostgresStoppedSeededReadsWorkWritesAre503AndBothRecoverWhenItStartsAgain() throws Exception {
    try (PrivateCluster cluster = PrivateCluster.start(binaries());
        ServerProcess server = ServerProcess.start(dir.resolve("server.log"),
            "--database-url", cluster.jdbcUrl(), "--write-token", TOKEN)) {
      String before = "before-" + UUID.randomUUID();
      HttpResponse<String> created = server.post("/proposals", zaporizhzhiaOnly(before), TOKEN);
      assertEquals(201, created.statusCode(), created.body());

      cluster.stop();
      assertEquals(200, server.get("/proposals/" + SEEDED + "/area").statusCode());
      assertEquals(200, server.get("/compare?ids=" + SEEDED + ",russia-demand-2024-06-14").statusCode());
      HttpResponse<String> list = server.get("/proposals");
      assertEquals(200, list.statusCode(), list.body());
      assertTrue(list.headers().firstValue("Warning").isPresent(), "the list says user proposals are missing");
      assertTrue(list.body().contains("\"" + SEEDED + "\""), list.body());
      assertFalse(list.body().contains(before), "a stored proposal cannot be listed with the database down");
      assertProblem(503, server.post("/proposals", zaporizhzhiaOnly("during-" + UUID.randomUUID()), TOKEN));
      // A stored proposal cannot be read either; it is unavailable, not unknown (404) or an error (500).
      assertProblem(503, server.get("/proposals/" + before + "/area"));

      cluster.start();
      String after = "after-" + UUID.randomUUID();
      HttpResponse<String> write = writeOnceBack(server, after);
      assertEquals(201, write.statusCode(), "writes recover when the database is back: " + write.body());
      HttpResponse<String> kept = server.get("/proposals/" + before + "/area");
      assertEquals(200, kept.statusCode(), "the proposal written before the stop is still there: " + kept.body());
      assertEquals(200, server.get("/proposals/" + after + "/area").statusCode());
      list = server.get("/proposals");
      assertEquals(200, list.statusCode(), list.body());
      assertTrue(list.headers().firstValue("Warning").isEmpty(), list.headers().toString());
      assertTrue(list.body().contains(before) && list.body().contains(after), list.body());
    }
  }

  @Test
  void startedWhilePostgresIsDownItServesSeededProposalsAndMakesTheSchemaWhenPostgresComesUp() throws Exception {
    try (PrivateCluster cluster = PrivateCluster.start(binaries())) {
      cluster.stop();
      try (ServerProcess server = ServerProcess.start(dir.resolve("server.log"),
          "--database-url", cluster.jdbcUrl(), "--write-token", TOKEN)) {
        assertEquals(200, server.get("/proposals/" + SEEDED + "/area").statusCode());
        HttpResponse<String> list = server.get("/proposals");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Warning").isPresent(), "the list says user proposals are missing");
        String id = "first-" + UUID.randomUUID();
        assertProblem(503, server.post("/proposals", zaporizhzhiaOnly(id), TOKEN));

        // An empty database: the first request that reaches it creates the schema.
        cluster.start();
        HttpResponse<String> write = writeOnceBack(server, id);
        assertEquals(201, write.statusCode(), "writes work once the database is up: " + write.body());
        assertEquals(200, server.get("/proposals/" + id + "/area").statusCode());
        assertTrue(server.get("/proposals").headers().firstValue("Warning").isEmpty());
      }
    }
  }

  @Test
  void aDatabaseThatRefusesRatherThanIsDownStopsTheServiceAtStartup() throws Exception {
    try (PrivateCluster cluster = PrivateCluster.start(binaries())) {
      Path log = dir.resolve("refused.log");
      String url = cluster.jdbcUrl().replace("/postgres?", "/no_such_database?");
      IllegalStateException exited = assertThrows(IllegalStateException.class,
          () -> ServerProcess.start(log, "--database-url", url).close());
      assertTrue(exited.getMessage().contains("exited"), exited.getMessage());
      String output = Files.readString(log);
      assertTrue(output.contains("error: cannot open the proposal store") && output.contains("no_such_database"),
          output);
    }
  }
}
