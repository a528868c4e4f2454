package territorymap.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import territorymap.territory.TerritoryExpression;

class ProposalReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ProposalReader READER = new ProposalReader(Set.of("UA-14", "UA-23")::contains);

  private static final String VALID = """
      {"id": "test", "title": "T", "date": "2025-08-15", "summary": "S", "layer": "2025-08-15",
       "sources": [{"publisher": "P", "title": "T", "date": "2025-08-15", "url": "https://example.org/a"}],
       "unassigned": "ukraine",
       "assignments": [
         {"territory": "UA-14", "party": "russia", "status": "de-jure"},
         {"territory": {"difference": [{"occupied": "UA-23"},
             {"polygon": {"type": "Polygon", "coordinates": [[[35,47],[36,47],[36,48],[35,47]]]}}]},
          "party": "demilitarized", "status": "demilitarized", "note": "n"}]}
      """;

  private static Proposal read(String json) throws Exception {
    return READER.read(JSON.readTree(json), "test.json");
  }

  private static DefinitionException fault(String json) {
    return assertThrows(DefinitionException.class, () -> read(json));
  }

  @Test
  void aValidDefinitionIsReadWithItsExpressions() throws Exception {
    Proposal proposal = read(VALID);
    assertEquals("test", proposal.id());
    assertEquals(UnassignedRule.UKRAINE, proposal.unassigned());
    assertEquals(new TerritoryExpression.WholeRegion("UA-14"), proposal.assignments().get(0).territory());
    assertTrue(proposal.assignments().get(1).territory() instanceof TerritoryExpression.Difference);
    assertEquals(new Terms(Party.UNDETERMINED, null, Regime.DEMILITARIZED, Recognition.NOT_MENTIONED),
        proposal.assignments().get(1).terms());
  }

  @Test
  void anUnknownRegionNamesTheField() {
    DefinitionException e = fault(VALID.replace("\"territory\": \"UA-14\"", "\"territory\": \"UA-99\""));
    assertEquals("assignments[0].territory", e.field());
    assertTrue(e.getMessage().contains("UA-99"));
  }

  @Test
  void anUnknownRegionDeepInAnExpressionNamesItsPath() {
    DefinitionException e = fault(VALID.replace("{\"occupied\": \"UA-23\"}", "{\"occupied\": \"UA-00\"}"));
    assertEquals("assignments[1].territory.difference[0].occupied", e.field());
  }

  @Test
  void anUnknownPartyOrStatusNamesTheField() {
    assertEquals("assignments[0].party", fault(VALID.replace("\"russia\"", "\"nato\"")).field());
    assertEquals("assignments[0].status", fault(VALID.replace("\"de-jure\"", "\"maybe\"")).field());
  }

  @Test
  void aPartyAndStatusThatContradictEachOtherAreRefused() {
    assertEquals("assignments[0].status", fault(VALID.replace("\"de-jure\"", "\"returned\"")).field());
    assertEquals("assignments[0].status", fault(VALID.replace("\"de-jure\"", "\"demilitarized\"")).field());
    assertEquals("assignments[1].status", fault(VALID.replace("\"status\": \"demilitarized\"",
        "\"status\": \"frozen\"")).field());
  }

  @Test
  void aBadDateOrMissingFieldIsNamed() {
    assertEquals("layer", fault(VALID.replace("\"layer\": \"2025-08-15\"", "\"layer\": \"15/08/2025\"")).field());
    assertEquals("summary", fault(VALID.replace("\"summary\": \"S\", ", "")).field());
    assertEquals("sources[0].url", fault(VALID.replace("https://example.org/a", "javascript:alert(1)")).field());
  }

  @Test
  void anUnknownFieldOrTerritoryKindIsRefused() {
    assertEquals("colour", fault(VALID.replace("\"summary\": \"S\"", "\"summary\": \"S\", \"colour\": 1")).field());
    assertEquals("assignments[0].territory.oblast",
        fault(VALID.replace("\"territory\": \"UA-14\"", "\"territory\": {\"oblast\": \"UA-14\"}")).field());
  }

  @Test
  void aPolygonWithNonFiniteOrOutOfRangeCoordinatesIsRefused() {
    DefinitionException e = fault(VALID.replace("[35,47],[36,47]", "[35,47],[360,47]"));
    assertEquals("assignments[1].territory.difference[1].polygon", e.field());
    assertTrue(e.getMessage().contains("outside longitude"), e.getMessage());
  }

  @Test
  void anIdMustBeUrlSafe() {
    assertEquals("id", fault(VALID.replace("\"id\": \"test\"", "\"id\": \"../etc\"")).field());
  }
}
