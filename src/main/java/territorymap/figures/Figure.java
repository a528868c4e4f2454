package territorymap.figures;

/**
 * An area on the two bases every report gives.
 *
 * <p>Geodesic: the area of the geometry on the WGS84 ellipsoid, as a share of the geodesic total
 * of the 27 units. Official: each region's part scaled as {@link OfficialBasis} says, as a share
 * of the 27 units' official areas added up, {@value OfficialBasis#UNITS_KM2} km², so that figures line up with the
 * statistics the press quotes whatever the boundary data.
 *
 * @param km2 geodesic area, km², rounded to 0.1
 * @param percent geodesic share of Ukraine, %, rounded to 0.001
 * @param officialKm2 area on the official basis, km², rounded to 0.1
 * @param officialPercent official-basis share of 603,540 km² (see {@link OfficialBasis}), %, rounded to 0.001
 */
public record Figure(double km2, double percent, double officialKm2, double officialPercent) {

  static Figure of(double geodesicM2, double officialKm2, double geodesicTotalM2) {
    return new Figure(Rounding.km2(geodesicM2 / 1e6), Rounding.percent(100 * geodesicM2 / geodesicTotalM2),
        Rounding.km2(officialKm2), Rounding.percent(100 * officialKm2 / OfficialBasis.UNITS_KM2));
  }

  /**
   * {@code this − other}, field by field, from the rounded figures: the change between two figures
   * as shown (within 0.1 km² of the change in the exact areas).
   */
  public Figure minus(Figure other) {
    return new Figure(Rounding.km2(km2 - other.km2), Rounding.percent(percent - other.percent),
        Rounding.km2(officialKm2 - other.officialKm2), Rounding.percent(officialPercent - other.officialPercent));
  }
}
