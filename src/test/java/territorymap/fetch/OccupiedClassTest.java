package territorymap.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The classification table, on names as DeepStateMap writes them (Ukrainian /// English /// key). */
class OccupiedClassTest {

  @Test
  void theEnglishPartIsTheSecondAndDecidesTheClass() {
    assertEquals(Optional.of(OccupiedClass.OCCUPIED), OccupiedClass.of("Окуповано /// Occupied /// geoJSON.status.occupied"));
    assertEquals(Optional.of(OccupiedClass.OCCUPIED_CRIMEA), OccupiedClass.of("Окупований Крим ///Occupied Crimea"));
    assertEquals(Optional.of(OccupiedClass.CADR_AND_CALR), OccupiedClass.of("ОРДЛО ///\r\n CADR  and CALR ///"));
  }

  @Test
  void greyZonesLiberatedAreasSatireAndOneLanguageNamesAreNotOccupied() {
    assertEquals(Optional.empty(), OccupiedClass.of("Сіра зона /// Grey zone /// geoJSON.status.unknown"));
    assertEquals(Optional.empty(), OccupiedClass.of("Звільнено /// Liberated"));
    assertEquals(Optional.empty(), OccupiedClass.of("Окупована Карелія /// Occupied Karelia"));
    assertEquals(Optional.empty(), OccupiedClass.of("Occupied"));
    assertEquals(Optional.empty(), OccupiedClass.of("Occupied /// Окуповано"));
    assertEquals(Optional.empty(), OccupiedClass.of(null));
  }
}
