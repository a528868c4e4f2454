package territorymap.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import territorymap.geo.Geometries;
import territorymap.territory.Atom;
import territorymap.territory.Partition;
import territorymap.territory.ShippedData;
import territorymap.territory.Region;
import territorymap.territory.Side;
import territorymap.territory.Territory;

/** The model on the shipped boundaries and the shipped approximate layer of 15 August 2025. */
class PopulationModelTest {

  /** Sums of doubles of up to 4·10^7 persons: far below one person. */
  private static final double PERSONS = 1e-3;

  static Partition partition;
  static PopulationModel model;
  static OfficialPopulation official = OfficialPopulation.shipped();

  @BeforeAll
  static void load() {
    partition = ShippedData.august2025();
    model = PopulationModel.of(partition, Places.shipped(), official);
  }

  private static List<String> names(PopulationEstimate estimate) {
    return estimate.places().stream().map(c -> c.place().name()).toList();
  }

  /** Donetsk oblast's area as the layer cuts it: its two atoms, m². */
  private static double donetskM2() {
    return partition.areaM2(new Atom("UA-14", Side.OCCUPIED)) + partition.areaM2(new Atom("UA-14", Side.HELD));
  }

  @Test
  void the27UnitsAddUpToTheNationalFigure() {
    PopulationEstimate country = model.estimate(Territory.ofAtoms(partition, partition.atoms()));
    assertEquals(43_520_435, country.roundedPersons());
    assertEquals(1651, country.places().size());
  }

  @Test
  void everyWholeUnitGetsExactlyItsOfficialPopulation() {
    for (Region region : partition.boundaries().regions()) {
      PopulationEstimate unit = model.estimate(Territory.ofAtoms(partition,
          List.of(new Atom(region.code(), Side.OCCUPIED), new Atom(region.code(), Side.HELD))));
      long expected = official.find(region.code()).orElseThrow().persons();
      assertEquals(expected, unit.persons(), PERSONS, region.code());
      assertEquals(expected, unit.byUnitPersons().get(region.code()), PERSONS, region.code());
    }
  }

  @Test
  void kramatorskAndSlovianskAreInHeldDonetskWithTheirPopulations() {
    PopulationEstimate held = model.estimate(new Atom("UA-14", Side.HELD));
    assertEquals("Kramatorsk", held.places().get(0).place().name());
    assertEquals(173_700, held.places().get(0).persons(), PERSONS);
    assertEquals("Sloviansk", held.places().get(1).place().name());
    assertEquals(124_800, held.places().get(1).persons(), PERSONS);
    assertTrue(names(held).containsAll(List.of("Kostiantynivka", "Druzhkivka")), names(held).toString());
    assertFalse(names(held).contains("Donetsk"));
    assertFalse(names(held).contains("Mariupol"));

    PopulationEstimate occupied = model.estimate(new Atom("UA-14", Side.OCCUPIED));
    assertEquals(List.of("Donetsk", "Mariupol", "Makiivka"), names(occupied).subList(0, 3));
    assertFalse(names(occupied).contains("Kramatorsk"));
    // The two parts add up to the unit's official figure, 4,059,372.
    assertEquals(4_059_372, held.persons() + occupied.persons(), PERSONS);
  }

  @Test
  void theRestOfAUnitIsSpreadInProportionToGeodesicArea() {
    PopulationEstimate held = model.estimate(new Atom("UA-14", Side.HELD));
    double placesSum = held.places().stream().mapToDouble(CountedPlace::persons).sum();
    assertEquals(placesSum, held.placesPersons(), PERSONS);
    // Donetsk: 4,059,372 official less 3,779,647 in GeoNames places = 279,725 spread by area.
    double share = partition.areaM2(new Atom("UA-14", Side.HELD)) / donetskM2();
    assertEquals(279_725 * share, held.spreadPersons(), PERSONS);
  }

  @Test
  void aPolygonPieceCountsThePlacesInsideItAndItsShareOfTheRest() {
    // A 0.2° box around Kramatorsk (37.556 E, 48.723 N), inside held Donetsk.
    Territory box = Territory.ofPolygon(partition,
        Geometries.FACTORY.toGeometry(new Envelope(37.45, 37.65, 48.62, 48.82)));
    PopulationEstimate estimate = model.estimate(box);
    assertTrue(names(estimate).contains("Kramatorsk"), names(estimate).toString());
    assertFalse(names(estimate).contains("Sloviansk"));
    assertEquals(279_725 * box.areaM2() / donetskM2(), estimate.spreadPersons(), PERSONS);
  }

  @Test
  void whereTheGeoNamesPlacesExceedTheOfficialFigureTheyAreScaledToIt() {
    // Sevastopol: GeoNames places 467,532 against the official 385,900; nothing is left to spread.
    PopulationEstimate sevastopol = model.estimate(Territory.ofAtoms(partition,
        List.of(new Atom("UA-40", Side.OCCUPIED), new Atom("UA-40", Side.HELD))));
    assertEquals(0, sevastopol.spreadPersons(), PERSONS);
    assertEquals(385_900, sevastopol.placesPersons(), PERSONS);
    CountedPlace city = sevastopol.places().get(0);
    assertEquals("Sevastopol", city.place().name());
    assertEquals(416_263.0 * 385_900 / 467_532, city.persons(), PERSONS);
  }
}
