package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.territory.LayerRef;

/**
 * The shipped control layers, as the service loads them by default, against the figures the press
 * quoted for their dates (see data/SOURCES.md).
 */
class ShippedLayersTest {

  private static final String FEBRUARY_2022 = "2022-02-23";


  @Test
  void bothApproximateLayersLoadByDefaultAndTheLatestStaysAugust2025() {
    List<LocalDate> dates = TestData.shipped().atlas().dates();
    assertEquals(List.of(LocalDate.of(2022, 2, 23), LocalDate.of(2025, 8, 15)), dates);
    assertEquals(LocalDate.of(2025, 8, 15), TestData.shipped().layer(new LayerRef.Latest("layer")).layer().date());
    assertTrue(TestData.shipped().layer(new LayerRef.OnDate(LocalDate.parse(FEBRUARY_2022), "layer")).layer().approximate());
  }

  @Test
  void theLineOf23February2022HoldsAbout7PercentOfUkraine() {
    Figure russia = TestData.shipped().layer(new LayerRef.OnDate(LocalDate.parse(FEBRUARY_2022), "layer")).occupied();
    // Pre-2022 reporting: about 7 % of Ukraine (Crimea about 27,000 km², the rest in Donbas).
    assertTrue(russia.km2() >= 41_000 && russia.km2() <= 45_000, "geodesic km²: " + russia.km2());
    assertTrue(russia.officialKm2() >= 41_000 && russia.officialKm2() <= 45_000, "official km²: " + russia.officialKm2());
    assertTrue(russia.officialPercent() >= 6.8 && russia.officialPercent() <= 7.5, "% of Ukraine: " + russia.officialPercent());
  }

  @Test
  void theLineOf23February2022IsCrimeaSevastopolAndAboutAThirdOfDonetskAndLuhansk() {
    LayerFigures report = TestData.shipped().layer(new LayerRef.OnDate(LocalDate.parse(FEBRUARY_2022), "layer"));
    assertEquals(100, report.region("UA-43").percentOfRegion(), 0.01);
    assertEquals(100, report.region("UA-40").percentOfRegion(), 0.01);
    for (String donbas : List.of("UA-14", "UA-09")) {
      double percent = report.region(donbas).percentOfRegion();
      assertTrue(percent > 28 && percent < 38, donbas + ": " + percent);
    }
    for (LayerFigures.RegionOccupied other : report.regions()) {
      if (!List.of("UA-43", "UA-40", "UA-14", "UA-09").contains(other.code())) {
        assertEquals(0, other.occupied().km2(), 0.5, other.code());
      }
    }
  }
}
