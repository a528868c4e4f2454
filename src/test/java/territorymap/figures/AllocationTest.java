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
import territorymap.proposal.Status;
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
    return new Proposal("p", "P", LocalDate.of(2025, 8, 15), "", List.of(), LocalDate.of(2025, 8, 15), rule,
        List.of(assignments), null);
  }

  /** The unit of the grid cell at lon 29-30 in the first row: cut in half by the layer. */
  private static String halfCut() {
    return boundaries.regions().get(7).code();
  }

  @Test
  void overlappingAssignmentsAreRefusedNamingTheLaterOne() {
    String code = halfCut();
    Proposal p = proposal(UnassignedRule.UKRAINE,
        new Assignment(new TerritoryExpression.WholeRegion(code), Party.RUSSIA, Status.DE_JURE, null),
        new Assignment(new TerritoryExpression.RegionPart(code, Side.OCCUPIED), Party.UKRAINE, Status.RETURNED, null));
    DefinitionException e = assertThrows(DefinitionException.class, () -> Allocation.of(p, partition));
    assertEquals("assignments[1].territory", e.field());
    assertTrue(e.getMessage().contains("overlaps assignments[0]"), e.getMessage());
  }

  @Test
  void theSharesCoverTheCountryOnceWhateverTheRule() {
    for (UnassignedRule rule : UnassignedRule.values()) {
      Allocation allocation = Allocation.of(proposal(rule,
          new Assignment(new TerritoryExpression.RegionPart(halfCut(), Side.HELD), Party.DEMILITARIZED, Status.DEMILITARIZED, null)),
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
        new Assignment(new TerritoryExpression.WholeRegion(code), Party.RUSSIA, Status.DE_JURE, null)), partition));
    double official = boundaries.find(code).orElseThrow().official().officialKm2();
    assertEquals(official, report.parties().get(Party.RUSSIA).officialKm2(), 0.1);
    assertEquals(100 * official / 603_540, report.parties().get(Party.RUSSIA).officialPercent(), 0.001);
    AreaReport.RegionFigures region = report.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    assertEquals(100, region.percentOfRegion().get(Party.RUSSIA), 1e-6);
  }

  @Test
  void cedingHeldTerritoryToADemilitarizedZoneCountsAsCeded() {
    String code = halfCut();
    AreaReport report = AreaReport.of(Allocation.of(proposal(UnassignedRule.STATUS_QUO,
        new Assignment(new TerritoryExpression.RegionPart(code, Side.HELD), Party.DEMILITARIZED, Status.DEMILITARIZED, null)),
        partition));
    double held = partition.areaM2(new Atom(code, Side.HELD)) / 1e6;
    assertEquals(held, report.change().cededToDemilitarized().km2(), 0.1);
    assertEquals(held, report.change().cededByUkraine().km2(), 0.1);
    assertEquals(0, report.change().cededToRussia().km2());
    assertEquals(-held, report.change().netForUkraine().km2(), 0.1);
    assertTrue(report.parties().get(Party.DEMILITARIZED).km2() > 0);
  }
}
