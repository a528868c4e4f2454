package territorymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Allocation;
import territorymap.figures.AreaReport;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.ProposalReader;
import territorymap.proposal.Recognition;
import territorymap.proposal.Regime;
import territorymap.proposal.Terms;
import territorymap.territory.Atom;
import territorymap.territory.Partition;
import territorymap.territory.ShippedData;
import territorymap.territory.Side;

/**
 * Flyway migrations 4 and 5 on a store written before version 2 of the definition language: every
 * version-1 definition is rewritten as version 2, its text as first written is kept beside it, and
 * the rewritten definition gives each holder the territory version 1 gave each party.
 */
class DefinitionMigrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String V1 = """
      {"id": "old", "title": "Written before version 2", "date": "2025-01-01", "summary": "Two terms.",
       "sources": [{"publisher": "P", "title": "T", "date": "2025-01-01", "url": "https://example.org/a"}],
       "layer": "2025-08-15", "unassigned": "status-quo",
       "assignments": [
         {"territory": "UA-14", "party": "russia", "status": "de-jure", "note": "All of Donetsk."},
         {"territory": {"held": "UA-23"}, "party": "demilitarized", "status": "demilitarized"}]}""";

  @Test
  void storedVersion1DefinitionsAreRewrittenAsVersion2WithNothingLost() throws Exception {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("territory-map") + ";WRITE_DELAY=0";
    Flyway.configure().dataSource(url, "sa", "").placeholders(Map.of("text_type", "CHARACTER LARGE OBJECT"))
        .target("3").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO proposal (id, definition, revision, title, layer) VALUES (?, ?, 7, 'x', '2025-08-15')")) {
      insert.setString(1, "old");
      insert.setString(2, V1);
      insert.executeUpdate();
      insert.setString(1, "broken");
      insert.setString(2, "{not json");
      insert.executeUpdate();
    }

    String stored;
    long revision;
    try (JdbcProposalStore store = JdbcProposalStore.h2(dir)) {
      stored = store.find("old").orElseThrow().definition();
      revision = store.find("old").orElseThrow().revision();
      assertEquals("{not json", store.find("broken").orElseThrow().definition(), "left as it was");
    }
    assertNotEquals(7, revision, "a new revision: what a reader gets has changed");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet r = c.createStatement().executeQuery("SELECT id, definition_v1 FROM proposal ORDER BY id")) {
      r.next();
      assertEquals("broken", r.getString(1));
      assertNull(r.getString(2));
      r.next();
      assertEquals(JSON.readTree(V1), JSON.readTree(r.getString(2)), "the text as first written is kept");
    }

    JsonNode v2 = JSON.readTree(stored);
    assertEquals(2, v2.get("version").asInt());
    assertEquals("s1", v2.at("/sources/0/id").asText());
    assertEquals("https://example.org/a", v2.at("/sources/0/url").asText());
    assertEquals("All of Donetsk.", v2.at("/assignments/0/note").asText());

    Partition partition = ShippedData.august2025();
    Proposal proposal = new ProposalReader(code -> partition.boundaries().find(code).isPresent()).read(stored, "old");
    assertEquals(Terms.of(Party.RUSSIA, Recognition.IN_LAW), proposal.assignments().get(0).terms());
    assertEquals(new Terms(Party.UNDETERMINED, null, Regime.DEMILITARIZED, Recognition.NOT_MENTIONED),
        proposal.assignments().get(1).terms());

    // Version 1 gave Russia Donetsk and the rest of the occupied land (status quo), and the held part
    // of Zaporizhzhia to the demilitarized zone: the same territory, by holder.
    AreaReport report = AreaReport.of(Allocation.of(proposal, partition));
    double russiaM2 = partition.areaM2(new Atom("UA-14", Side.HELD));
    for (Atom atom : partition.atoms()) {
      russiaM2 += atom.side() == Side.OCCUPIED ? partition.areaM2(atom) : 0;
    }
    assertEquals(russiaM2 / 1e6, report.parties().get(Party.RUSSIA).km2(), 0.1);
    assertEquals(partition.areaM2(new Atom("UA-23", Side.HELD)) / 1e6, report.parties().get(Party.UNDETERMINED).km2(),
        0.1);
    assertEquals(report.parties().get(Party.UNDETERMINED).km2(), report.regimes().get(Regime.DEMILITARIZED).km2(), 0.1);
  }
}
