package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.proposal.Assignment;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.Recognition;
import territorymap.proposal.Regime;
import territorymap.proposal.Terms;
import territorymap.proposal.Text;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.GridFixture;
import territorymap.territory.Partition;
import territorymap.territory.Side;
import territorymap.territory.TerritoryExpression;

/** Allocations and reports on the synthetic grid (27 one-degree cells, layer east of lon 29.5). */
class AllocationTest {

  @TempDir static Path dir;
  static Partition partition;
  static Boundaries boundaries;

  @BeforeAll
  static void load() throws Exception {
    boundaries = GridFixture.boundaries(dir);
    partition = Partition.of(boundaries, GridFixture.layerEastOf(boundaries, dir, 29.5, LocalDate.of(2025, 8, 15)));
  }

  private static Proposal proposal(UnassignedRule rule, Assignment... assignments) {
    return new Proposal("p", null, null, Text.english("P"), LocalDate.of(2025, 8, 15), Text.english("-"), List.of(),
        List.of(), LocalDate.of(2025, 8, 15), rule, List.of(assignments), null);
  }

  private static Assignment term(TerritoryExpression territory, Terms terms) {
    return new Assignment(territory, terms, null, List.of());
  }

  /** The unit of the grid cell at lon 29-30 in the first row: cut in half by the layer. */
  private static String halfCut() {
    return boundaries.regions().get(7).code();
  }

  @Test
  void overlappingAssignmentsAreRefusedNamingTheLaterOne() {
    String code = halfCut();
    Proposal p = proposal(UnassignedRule.UKRAINE,
        term(new TerritoryExpression.WholeRegion(code), Terms.of(Party.RUSSIA, Recognition.IN_LAW)),
        term(new TerritoryExpression.RegionPart(code, Side.OCCUPIED), Terms.of(Party.UKRAINE, Recognition.NOT_MENTIONED)));
    DefinitionException e = assertThrows(DefinitionException.class, () -> Allocation.of(p, partition));
    assertEquals("assignments[1].territory", e.field());
    assertTrue(e.getMessage().contains("overlaps assignments[0]"), e.getMessage());
  }

  @Test
  void theSharesCoverTheCountryOnceWhateverTheRule() {
    for (UnassignedRule rule : UnassignedRule.values()) {
      Allocation allocation = Allocation.of(proposal(rule,
          term(new TerritoryExpression.RegionPart(halfCut(), Side.HELD), new Terms(Party.UNDETERMINED, null, Regime.DEMILITARIZED, Recognition.NOT_MENTIONED))),
          partition);
      double total = allocation.shares().stream().mapToDouble(s -> s.territory().areaM2()).sum();
      assertEquals(boundaries.totalM2(), total, boundaries.totalM2() * 1e-9, rule.id());
    }
  }

  @Test
  void statusQuoKeepsOccupiedTerritoryRussianAndUkraineRuleReturnsIt() {
    AreaReport statusQuo = AreaReport.of(Allocation.of(proposal(UnassignedRule.STATUS_QUO), partition));
    AreaReport returned = AreaReport.of(Allocation.of(proposal(UnassignedRule.UKRAINE), partition));
    assertEquals(Math.round(partition.occupiedM2() / 1e5) / 10.0, statusQuo.parties().get(Party.RUSSIA).km2(), 0.1);
    assertEquals(0, returned.parties().get(Party.RUSSIA).km2());
    assertEquals(statusQuo.parties().get(Party.RUSSIA).km2(), returned.change().returnedByRussia().km2(), 0.1);
    assertEquals(returned.change().returnedByRussia().km2(), returned.change().netForUkraine().km2(), 0.1);
  }

  @Test
  void theOfficialBasisScalesEachRegionToItsOfficialArea() {
    String code = halfCut();
    AreaReport report = AreaReport.of(Allocation.of(proposal(UnassignedRule.UKRAINE,
        term(new TerritoryExpression.WholeRegion(code), Terms.of(Party.RUSSIA, Recognition.IN_LAW))), partition));
    double official = boundaries.find(code).orElseThrow().official().officialKm2();
    assertEquals(official, report.parties().get(Party.RUSSIA).officialKm2(), 0.1);
    assertEquals(100 * official / 603_540, report.parties().get(Party.RUSSIA).officialPercent(), 0.001);
    AreaReport.RegionFigures region = report.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    assertEquals(100, region.percentOfRegion().get(Party.RUSSIA), 1e-6);
  }

  @Test
  void cedingHeldTerritoryToAnUndeterminedDemilitarizedZoneCountsAsCeded() {
    String code = halfCut();
    AreaReport report = AreaReport.of(Allocation.of(proposal(UnassignedRule.STATUS_QUO,
        term(new TerritoryExpression.RegionPart(code, Side.HELD), new Terms(Party.UNDETERMINED, null, Regime.DEMILITARIZED, Recognition.NOT_MENTIONED))),
        partition));
    double held = partition.areaM2(new Atom(code, Side.HELD)) / 1e6;
    assertEquals(held, report.change().cededToUndetermined().km2(), 0.1);
    assertEquals(held, report.change().cededByUkraine().km2(), 0.1);
    assertEquals(0, report.change().cededToRussia().km2());
    assertEquals(-held, report.change().netForUkraine().km2(), 0.1);
    assertEquals(held, report.parties().get(Party.UNDETERMINED).km2(), 0.1);
    assertEquals(held, report.regimes().get(Regime.DEMILITARIZED).km2(), 0.1);
    assertEquals(0, report.parties().get(Party.THIRD_PARTY).km2());
  }
}
