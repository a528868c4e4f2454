package territorymap.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import territorymap.territory.OfficialRegion;
import territorymap.territory.OfficialRegions;

class PlacesTest {

  private final Places places = Places.shipped();

  @Test
  void theShippedTableHoldsTheGeoNamesPlacesOfUkraineLargestFirst() {
    assertEquals(1651, places.all().size());
    Place kyiv = places.all().get(0);
    assertEquals(new Place(703448, "UA-30", "Kyiv", "Київ", 30.5238, 50.45466, 2_797_553, "PPLC",
        Set.of("UA-30", "UA-32")), kyiv);
    for (int i = 1; i < places.all().size(); i++) {
      assertTrue(places.all().get(i - 1).population() >= places.all().get(i).population());
    }
  }

  @Test
  void kramatorskAndSlovianskCarryTheirOfficialAndUkrainianNames() {
    Place kramatorsk = places.all().stream().filter(p -> p.geonamesId() == 704508).findFirst().orElseThrow();
    assertEquals("Kramatorsk", kramatorsk.name());
    assertEquals("Краматорськ", kramatorsk.name(true));
    assertEquals(173_700, kramatorsk.population());
    Place sloviansk = places.all().stream().filter(p -> p.geonamesId() == 693468).findFirst().orElseThrow();
    assertEquals("Слов’янськ", sloviansk.name(true));
    assertEquals("UA-14", sloviansk.unitCode());
  }

  @Test
  void everyUnitHasExactlyOneAdministrativeCentre() {
    Set<String> units = OfficialRegions.official().all().stream().map(OfficialRegion::code).collect(Collectors.toSet());
    for (String code : units) {
      assertEquals(1, places.all().stream().filter(p -> p.centreOf().contains(code)).count(), code);
    }
    assertEquals(26, places.all().stream().filter(Place::isUnitCentre).count());
    assertTrue(places.all().stream().allMatch(p -> units.contains(p.unitCode())));
  }

  @Test
  void labelsGoToTheEmphasisedPlacesThenTheUnitCentresThenByPopulation() {
    var order = places.labelOrder(Set.of(693468L, 704508L));
    assertEquals(List.of("Kramatorsk", "Sloviansk", "Kyiv", "Kharkiv"),
        order.subList(0, 4).stream().map(Place::name).toList());
    assertTrue(order.subList(2, 28).stream().allMatch(Place::isUnitCentre));
    assertEquals("Kryvyi Rih", order.get(28).name());
    assertEquals(1651, order.size());
  }
}
