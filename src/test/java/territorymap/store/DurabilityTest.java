package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static territorymap.store.ServerProcess.zaporizhzhiaOnly;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A write answered 201 survives {@code kill -9} of the server and a restart; and two servers on
 * one database see each other's writes, since the service keeps no state of its own.
 */
@Tag("slow")
class DurabilityTest {

  private static final String TOKEN = "durability-token";

  @TempDir Path dir;

  static List<String> stores() {
    List<String> stores = new ArrayList<>(List.of("H2"));
    if (System.getenv(StoreTarget.DATABASE_URL_VARIABLE) != null) {
      stores.add("PostgreSQL");
    }
    return stores;
  }

  private String[] options(String store) {
    return store.equals("H2")
        ? new String[] {"--store", dir.resolve("store").toString(), "--write-token", TOKEN}
        : new String[] {"--database-url", System.getenv(StoreTarget.DATABASE_URL_VARIABLE), "--write-token", TOKEN};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aWriteAnsweredCreatedSurvivesKillMinus9AndARestart(String store) throws Exception {
    String id = "durable-" + UUID.randomUUID().toString().substring(0, 8);
    String russiaBefore;
    try (ServerProcess server = ServerProcess.start(dir.resolve("first.log"), options(store))) {
      HttpResponse<String> created = server.post("/proposals", zaporizhzhiaOnly(id), TOKEN);
      assertEquals(201, created.statusCode(), created.body());
      russiaBefore = server.get("/proposals/" + id + "/area").body().replaceAll(".*?\"russia\":\\{\"km2\":([0-9.]+).*", "$1");
      server.kill();
    }
    try (ServerProcess server = ServerProcess.start(dir.resolve("second.log"), options(store))) {
      HttpResponse<String> area = server.get("/proposals/" + id + "/area");
      assertEquals(200, area.statusCode(), area.body());
      assertTrue(area.body().contains("\"russia\":{\"km2\":" + russiaBefore), area.body());
    }
  }

  @Test
  void twoServersOnOnePostgreSqlSeeEachOthersWrites() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(StoreTarget.DATABASE_URL_VARIABLE) != null,
        "set " + StoreTarget.DATABASE_URL_VARIABLE + " to a PostgreSQL database");
    String id = "shared-" + UUID.randomUUID().toString().substring(0, 8);
    try (ServerProcess first = ServerProcess.start(dir.resolve("a.log"), options("PostgreSQL"));
        ServerProcess second = ServerProcess.start(dir.resolve("b.log"), options("PostgreSQL"))) {
      assertEquals(404, second.get("/proposals/" + id).statusCode());
      assertEquals(201, first.post("/proposals", zaporizhzhiaOnly(id), TOKEN).statusCode());
      assertEquals(200, second.get("/proposals/" + id + "/area").statusCode());
      assertEquals(409, second.post("/proposals", zaporizhzhiaOnly(id), TOKEN).statusCode());
    }
  }
}
