package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.ProposalStore.Change;

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
      assertTrue(store.insert(id, "{\"id\":\"" + id + "\"}", 1));
      assertEquals("{\"id\":\"" + id + "\"}", store.find(id).orElseThrow().definition());
      assertTrue(store.all().stream().anyMatch(s -> s.id().equals(id)));
      store.delete(id, null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aPageHoldsTheIdsTitlesLayersAndRevisionsAfterAnIdThatContainTheSearch(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String marker = UUID.randomUUID().toString().substring(0, 8);
      String a = "p-" + marker + "-a";
      String b = "p-" + marker + "-b";
      String c = "p-" + marker + "-c";
      store.insert(c, definition(c, "Third 100% " + marker, "2026-01-01"), 3);
      store.insert(a, definition(a, "First " + marker.toUpperCase(), "2025-08-15"), 1);
      store.insert(b, definition(b, "Second_" + marker, "2025-08-15"), 2);
      assertEquals(List.of(new ProposalStore.Listed(a, "First " + marker.toUpperCase(), LocalDate.of(2025, 8, 15), 1),
          new ProposalStore.Listed(b, "Second_" + marker, LocalDate.of(2025, 8, 15), 2)),
          store.page(null, marker, 2));
      assertEquals(List.of(c), store.page(b, marker, 2).stream().map(ProposalStore.Listed::id).toList());
      assertEquals(List.of(c), store.page(null, "100% " + marker, 5).stream().map(ProposalStore.Listed::id).toList());
      assertEquals(List.of(b), store.page(null, "_" + marker, 5).stream().map(ProposalStore.Listed::id).toList());
      store.update(a, definition(a, "Renamed " + marker, "2026-01-01"), 4, 1L);
      assertEquals(new ProposalStore.Listed(a, "Renamed " + marker, LocalDate.of(2026, 1, 1), 4),
          store.page(null, marker, 1).get(0));
      for (String id : List.of(a, b, c)) {
        store.delete(id, null);
      }
      assertEquals(List.of(), store.page(null, marker, 5));
    }
  }

  private static String definition(String id, String title, String layer) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"layer\":\"" + layer + "\"}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void anIdCanBeInsertedOnlyOnce(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      assertTrue(store.insert(id, "{}", 1));
      assertFalse(store.insert(id, "{\"other\":1}", 2));
      assertEquals("{}", store.find(id).orElseThrow().definition());
      store.delete(id, null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void updateAndDeleteSayWhetherThereWasSomethingToChange(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      assertEquals(Change.NOT_FOUND, store.update(id, "{}", 1, null));
      assertEquals(Change.NOT_FOUND, store.delete(id, null));
      store.insert(id, "{}", 1);
      assertEquals(Change.DONE, store.update(id, "{\"v\":2}", 2, null));
      assertEquals("{\"v\":2}", store.find(id).orElseThrow().definition());
      assertEquals(2, store.find(id).orElseThrow().revision());
      assertEquals(Change.DONE, store.delete(id, null));
      assertTrue(store.find(id).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aLargeDefinitionIsKeptWhole(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      String big = "{\"x\":\"" + "a".repeat(2_000_000) + "\"}";
      assertTrue(store.insert(id, big, 1));
      assertEquals(big, store.find(id).orElseThrow().definition());
      store.delete(id, null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void theSchemaSurvivesReopening(StoreTarget target) {
    String id = fresh();
    try (JdbcProposalStore store = target.open().apply(dir)) {
      store.insert(id, "{}", 1);
    }
    try (JdbcProposalStore store = target.open().apply(dir)) {
      assertTrue(store.find(id).isPresent(), "Flyway must not recreate the table");
      store.delete(id, null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aConditionalChangeAppliesOnlyAtTheRevisionExpected(StoreTarget target) {
    try (JdbcProposalStore store = target.open().apply(dir)) {
      String id = fresh();
      store.insert(id, "{\"v\":1}", 10);
      assertEquals(Change.CONFLICT, store.update(id, "{\"v\":2}", 11, 9L));
      assertEquals(Change.DONE, store.update(id, "{\"v\":2}", 11, 10L));
      assertEquals(Change.CONFLICT, store.update(id, "{\"v\":3}", 12, 10L));
      assertEquals("{\"v\":2}", store.find(id).orElseThrow().definition());
      assertEquals(Change.CONFLICT, store.delete(id, 10L));
      assertEquals(Change.DONE, store.delete(id, 11L));
      assertEquals(Change.NOT_FOUND, store.update(id, "{}", 13, 11L));
    }
  }

  /** Two stores on one database (two instances of the service), many writers expecting one revision. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void ofManyConcurrentChangesExpectingOneRevisionExactlyOneApplies(StoreTarget target) throws Exception {
    try (JdbcProposalStore one = target.open().apply(dir); JdbcProposalStore two = target.open().apply(dir)) {
      for (int round = 0; round < 20; round++) {
        String id = fresh();
        one.insert(id, "{}", 1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Change>> changes = new java.util.ArrayList<>();
        for (int w = 0; w < 8; w++) {
          JdbcProposalStore store = w % 2 == 0 ? one : two;
          long revision = 100 + w;
          changes.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
              go.await();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            return store.update(id, "{\"w\":" + revision + "}", revision, 1L);
          }));
        }
        go.countDown();
        List<Change> outcomes = changes.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertEquals(1, outcomes.stream().filter(c -> c == Change.DONE).count(), outcomes.toString());
        long winner = two.find(id).orElseThrow().revision();
        assertEquals("{\"w\":" + winner + "}", one.find(id).orElseThrow().definition());
        one.delete(id, null);
      }
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
