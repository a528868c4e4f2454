package territorymap.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import territorymap.territory.OfficialRegions;

class OfficialPopulationTest {

  private final OfficialPopulation official = OfficialPopulation.shipped();

  @Test
  void theTableHasTheSame27UnitsAsTheTableOfAreas() {
    assertEquals(OfficialRegions.official().all().stream().map(u -> u.code() + " " + u.name()).toList(),
        official.all().stream().map(u -> u.code() + " " + u.name()).toList());
  }

  @Test
  void the27UnitsAddUpToTheNationalFigureUsed() {
    assertEquals(43_520_435, official.nationalPersons());
  }

  @Test
  void withoutCrimeaAndSevastopolTheUnitsAddUpToThePublishedNationalEstimateOf2022() {
    long without = official.all().stream()
        .filter(u -> !u.code().equals("UA-43") && !u.code().equals("UA-40"))
        .peek(u -> assertEquals(LocalDate.of(2022, 1, 1), u.asOf(), u.code()))
        .mapToLong(UnitPopulation::persons).sum();
    assertEquals(41_167_335, without);
  }

  @Test
  void crimeaAndSevastopolCarryTheLastFiguresUkrainePublished() {
    assertEquals(new UnitPopulation("UA-43", "Autonomous Republic of Crimea", 1_967_200, LocalDate.of(2014, 1, 1)),
        official.find("UA-43").orElseThrow());
    assertEquals(new UnitPopulation("UA-40", "Sevastopol", 385_900, LocalDate.of(2014, 1, 1)),
        official.find("UA-40").orElseThrow());
  }
}
