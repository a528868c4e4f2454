package territorymap.people;

import java.util.List;
import java.util.Map;
import territorymap.territory.Atom;

/**
 * The pre-war population of a territory, estimated by {@link PopulationModel}: named "pre-war
 * population, estimate" wherever it is shown.
 *
 * @param persons the estimate, persons (not rounded): {@code placesPersons + spreadPersons}
 * @param placesPersons the part counted from GeoNames places inside the territory, persons
 * @param spreadPersons the part spread by area (the rest of each unit's official population in
 *     proportion to the territory's share of the unit's geodesic area), persons
 * @param byUnitPersons the estimate per unit touched, by ISO code, persons
 * @param byAtomPersons the estimate per atom touched (a unit's occupied or held part), persons
 * @param places the places counted, largest first
 */
public record PopulationEstimate(double persons, double placesPersons, double spreadPersons,
    Map<String, Double> byUnitPersons, Map<Atom, Double> byAtomPersons, List<CountedPlace> places) {

  public PopulationEstimate {
    byUnitPersons = Map.copyOf(byUnitPersons);
    byAtomPersons = Map.copyOf(byAtomPersons);
    places = List.copyOf(places);
  }

  /** The estimate rounded to whole persons. */
  public long roundedPersons() {
    return Math.round(persons);
  }

  /** The {@code n} largest places counted (fewer if there are fewer). */
  public List<CountedPlace> largest(int n) {
    return places.subList(0, Math.min(n, places.size()));
  }
}
