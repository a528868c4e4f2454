package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static territorymap.store.ServerProcess.zaporizhzhiaOnly;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network to PostgreSQL cut and restored, seen from a running server: the server reaches the
 * database through a loopback TCP proxy, and stopping the proxy drops every connection without a
 * word from the database and refuses new ones. The database itself stopped and started again is
 * {@link PostgresRestartTest}.
 */
@Tag("slow")
class StoreOutageTest {

  private static final String TOKEN = "outage-token";

  @TempDir Path dir;

  @Test
  void withTheDatabaseDownSeededReadsWorkWritesAre503AndBothRecover() throws Exception {
    String url = System.getenv(StoreTarget.DATABASE_URL_VARIABLE);
    assumeTrue(url != null, "set " + StoreTarget.DATABASE_URL_VARIABLE + " to a PostgreSQL database");
    URI database = URI.create(url.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort() > 0 ? database.getPort() : 5432)) {
      String proxied = url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
      try (ServerProcess server = ServerProcess.start(dir.resolve("server.log"),
          "--database-url", proxied, "--write-token", TOKEN)) {
        assertEquals(201, server.post("/proposals", zaporizhzhiaOnly("before-" + UUID.randomUUID()), TOKEN).statusCode());

        proxy.stop();
        assertEquals(200, server.get("/proposals/alaska-2025-08-15/area").statusCode());
        assertEquals(200, server.get("/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14").statusCode());
        HttpResponse<String> list = server.get("/proposals");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Warning").isPresent(), "the list says user proposals are missing");
        HttpResponse<String> write = server.post("/proposals", zaporizhzhiaOnly("during-" + UUID.randomUUID()), TOKEN);
        assertEquals(503, write.statusCode(), write.body());
        assertTrue(write.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        proxy.start();
        String id = "after-" + UUID.randomUUID();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 201) {
          status = server.post("/proposals", zaporizhzhiaOnly(id), TOKEN).statusCode();
          if (status != 201) {
            Thread.sleep(500);
          }
        }
        assertEquals(201, status, "writes recover when the database is back");
        assertEquals(200, server.get("/proposals/" + id + "/area").statusCode());
        assertTrue(server.get("/proposals").headers().firstValue("Warning").isEmpty());
      }
    }
  }
}
