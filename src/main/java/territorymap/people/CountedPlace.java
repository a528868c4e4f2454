package territorymap.people;

/**
 * A place counted in a population estimate.
 *
 * @param place the GeoNames place
 * @param persons the persons it contributes: its GeoNames population, scaled down where a unit's
 *     places add up to more than the unit's official population (see {@link PopulationModel})
 */
public record CountedPlace(Place place, double persons) {}
