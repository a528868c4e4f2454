package territorymap.web;

import java.util.List;
import territorymap.figures.Rounding;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;

/**
 * One region as listed.
 *
 * @param code the ISO 3166-2 code, the region's key everywhere
 * @param id the same code: a deprecated alias of {@code code}, kept for existing clients
 * @param km2 geodesic area of the loaded boundary, km², rounded to 0.1
 * @param officialKm2 official area, km²
 * @param differencePercent geodesic minus official, % of official, rounded to 0.01
 */
public record RegionSummary(String code, @Deprecated String id, String name, String nameUk, double km2,
    double officialKm2, double differencePercent) {

  /** Every region, ordered by code. */
  public static List<RegionSummary> all(Boundaries boundaries) {
    return boundaries.regions().stream().map(RegionSummary::of).toList();
  }

  static RegionSummary of(Region region) {
    double official = region.official().officialKm2();
    return new RegionSummary(region.code(), region.code(), region.official().name(), region.official().nameUk(),
        Rounding.km2(region.areaKm2()), official, Rounding.places(100 * (region.areaKm2() - official) / official, 2));
  }
}

