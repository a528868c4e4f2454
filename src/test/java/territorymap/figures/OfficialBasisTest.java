package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.LayerRef;
import territorymap.territory.OfficialRegion;
import territorymap.territory.OfficialRegions;

/**
 * Shares add up to exactly 100 %: official-basis shares are of the 27 units' official areas added
 * up (603,540 km²), not of the national 603,628 km² whose 88 km² no unit holds.
 */
class OfficialBasisTest {

  @Test
  void theUnitsFigureIsTheSumOfThe27OfficialUnitAreas() {
    double sum = OfficialRegions.official().all().stream().mapToDouble(OfficialRegion::officialKm2).sum();
    assertEquals(OfficialBasis.UNITS_KM2, sum, 1e-6);
    assertEquals(88, OfficialBasis.NATIONAL_KM2 - OfficialBasis.UNITS_KM2, 1e-6);
  }

  @Test
  void ukraineInIts1991BordersIsUkraineAt100PercentOnBothBases() {
    AreaReport whole = TestData.shipped().report("ukraine-1991-borders", LayerRef.own());
    Figure ukraine = whole.parties().get(Party.UKRAINE);
    assertEquals(100.0, ukraine.officialPercent());
    assertEquals(100.0, ukraine.percent());
    assertEquals(603_540, ukraine.officialKm2(), 0.05);
    assertEquals(603_540, whole.total().officialKm2());
  }

  @Test
  void everyProposalsSharesAddUpTo100Percent() {
    for (ProposalVersion seeded : TestData.shipped().catalogue().seeded()) {
      AreaReport report = TestData.shipped().report(seeded.proposal().id(), LayerRef.own());
      double official = report.parties().values().stream().mapToDouble(Figure::officialPercent).sum();
      double geodesic = report.parties().values().stream().mapToDouble(Figure::percent).sum();
      // Each share is rounded to 0.001 % on its own.
      assertEquals(100, official, 0.0005 * Party.values().length + 1e-9, seeded.proposal().id());
      assertEquals(100, geodesic, 0.0005 * Party.values().length + 1e-9, seeded.proposal().id());
    }
  }
}
