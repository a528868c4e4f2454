package territorymap.proposal;

/**
 * An area on the two bases every report gives.
 *
 * <p>Geodesic: the area of the geometry on the WGS84 ellipsoid, as a share of the geodesic total
 * of the 27 units. Official: each region's part scaled by the region's official area over its
 * geodesic area, as a share of Ukraine's official {@value territorymap.territory.Units#NATIONAL_OFFICIAL_KM2}
 * km², so that figures line up with the statistics the press quotes whatever the boundary data.
 *
 * @param km2 geodesic area, km², rounded to 0.1
 * @param percent geodesic share of Ukraine, %, rounded to 0.001
 * @param officialKm2 area on the official basis, km², rounded to 0.1
 * @param officialPercent official-basis share of 603,628 km², %, rounded to 0.001
 */
public record Figure(double km2, double percent, double officialKm2, double officialPercent) {

  static Figure of(double geodesicM2, double officialKm2, double geodesicTotalM2, double officialTotalKm2) {
    return new Figure(round(geodesicM2 / 1e6, 10), round(100 * geodesicM2 / geodesicTotalM2, 1000),
        round(officialKm2, 10), round(100 * officialKm2 / officialTotalKm2, 1000));
  }

  /**
   * {@code a − b}, field by field, from the rounded figures: the difference of two figures as
   * shown (within 0.1 km² of the difference of the exact areas).
   */
  public static Figure difference(Figure a, Figure b) {
    return new Figure(round(a.km2 - b.km2, 10), round(a.percent - b.percent, 1000),
        round(a.officialKm2 - b.officialKm2, 10), round(a.officialPercent - b.officialPercent, 1000));
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
