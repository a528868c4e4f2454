package territorymap.people;

import java.util.Set;

/**
 * One populated place of the GeoNames gazetteer ({@code data/places-ukraine.csv}).
 *
 * @param geonamesId the GeoNames id
 * @param unitCode ISO 3166-2 code of the first-level unit GeoNames puts the place in
 * @param name official romanisation where the project has it, else GeoNames' name
 * @param nameUk Ukrainian name, or the empty string where the project has none
 * @param lon longitude, WGS 84 degrees
 * @param lat latitude, WGS 84 degrees
 * @param population GeoNames population, persons (0 = unknown); mostly pre-2022, of mixed years
 * @param featureCode GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code PPLA2}, …)
 * @param centreOf codes of the units whose administrative centre the place is; mostly empty
 */
public record Place(long geonamesId, String unitCode, String name, String nameUk, double lon,
    double lat, int population, String featureCode, Set<String> centreOf) {

  public Place {
    centreOf = Set.copyOf(centreOf);
  }

  /** The name in Ukrainian if asked and known, else the romanised name. */
  public String name(boolean ukrainian) {
    return ukrainian && !nameUk.isEmpty() ? nameUk : name;
  }

  /** Whether the place is the administrative centre of a unit (or the capital). */
  public boolean isUnitCentre() {
    return !centreOf.isEmpty();
  }
}
