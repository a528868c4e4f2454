package territorymap.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import territorymap.figures.AreaReport;
import territorymap.figures.PeopleReport;

/**
 * A proposal's report as {@code GET /proposals/{id}/area}, {@code /compare} and {@code area --json}
 * answer it: the area report's members, and {@code people}, the pre-war population, estimate, of
 * the same allocation.
 */
public record AreaAnswer(@JsonUnwrapped AreaReport report, PeopleReport people) {}
