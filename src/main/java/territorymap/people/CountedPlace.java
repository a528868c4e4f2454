package territorymap.people;

import territorymap.territory.Atom;

/**
 * A place counted in a population estimate.
 *
 * @param place the GeoNames place
 * @param persons the persons it contributes: its GeoNames population, scaled down where a unit's
 *     places add up to more than the unit's official population (see {@link PopulationModel})
 * @param atom the piece of its unit it is counted in: the unit's part occupied in the layer, or
 *     held (so whether a proposal moves it across the line of contact)
 */
public record CountedPlace(Place place, double persons, Atom atom) {}
