package territorymap.people;

import java.time.LocalDate;

/**
 * A unit's official pre-war population.
 *
 * @param code ISO 3166-2 code
 * @param name English name, as in the table of units
 * @param persons official estimate, persons
 * @param asOf the date of the estimate: 1 January 2022 for the 25 units Ukraine administered,
 *     1 January 2014 (the last figure Ukraine published) for Crimea and Sevastopol
 */
public record UnitPopulation(String code, String name, long persons, LocalDate asOf) {}
