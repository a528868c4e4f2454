package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repository contract, on H2 and on PostgreSQL. */
class JdbcProposalStoreTest {

  @TempDir Path dir;

  static List<StoreTarget> targets() {
    return StoreTarget.all();
  }

  private static String fresh() {
    return "t-" + UUID.randomUUID();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void whatIsInsertedIsFoundAndListed(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      assertTrue(store.insert(id, "{\"id\":\"" + id + "\"}"));
      assertEquals("{\"id\":\"" + id + "\"}", store.find(id).orElseThrow().definition());
      assertTrue(store.all().stream().anyMatch(s -> s.id().equals(id)));
      store.delete(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void anIdCanBeInsertedOnlyOnce(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      assertTrue(store.insert(id, "{}"));
      assertFalse(store.insert(id, "{\"other\":1}"));
      assertEquals("{}", store.find(id).orElseThrow().definition());
      store.delete(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void updateAndDeleteSayWhetherThereWasSomethingToChange(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      assertFalse(store.update(id, "{}"));
      assertFalse(store.delete(id));
      store.insert(id, "{}");
      assertTrue(store.update(id, "{\"v\":2}"));
      assertEquals("{\"v\":2}", store.find(id).orElseThrow().definition());
      assertTrue(store.delete(id));
      assertTrue(store.find(id).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aLargeDefinitionIsKeptWhole(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      String big = "{\"x\":\"" + "a".repeat(2_000_000) + "\"}";
      assertTrue(store.insert(id, big));
      assertEquals(big, store.find(id).orElseThrow().definition());
      store.delete(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void theSchemaSurvivesReopening(StoreTarget target) {
    String id = fresh();
    try (JdbcProposalStore store = target.open().apply(dir)) {
      store.insert(id, "{}");
    }
    try (JdbcProposalStore store = target.open().apply(dir)) {
      assertTrue(store.find(id).isPresent(), "Flyway must not recreate the table");
      store.delete(id);
    }
  }

  @org.junit.jupiter.api.Test
  void aHostingStyleDatabaseUrlBecomesJdbc() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://tm:p%40ss@127.0.0.1:5432/territory?sslmode=disable");
    assertEquals("jdbc:postgresql://127.0.0.1:5432/territory?sslmode=disable", url.jdbcUrl());
    assertEquals("tm", url.user());
    assertEquals("p@ss", url.password());
  }

}
