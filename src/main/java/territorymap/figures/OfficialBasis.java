package territorymap.figures;

import territorymap.territory.Region;

/**
 * The official basis of every figure, in one place: each region's geodesic square metres scaled
 * by its official area over its geodesic area, so that a region adds up to its official area and
 * figures line up with the statistics the press quotes, whatever the boundary data.
 *
 * <p>The 88 km²: the national total the press and DeepStateMap use is {@value #NATIONAL_KM2} km²,
 * while the 27 units' official areas add up to {@value #UNITS_KM2} km². No unit's published figure
 * holds the 88 km², so no piece of territory can be given them. Official-basis shares are
 * therefore taken of the units' sum, {@value #UNITS_KM2} km²: the shares of any proposal add up to
 * exactly 100 % (Ukraine in its 1991 borders is 100.0 %, not 99.985 %), and each region keeps its
 * own official area. A share of the national total would be smaller by 88 parts in 603,628 (the
 * line of contact of 15 August 2025: 19.261 % of the units' sum, 19.258 % of the national total);
 * the national total stays the denominator of the
 * source's own measure ({@link LayerFigures.SourceMeasure}), as DeepStateMap publishes it.
 */
public final class OfficialBasis {

  /** Ukraine's official national area, km² (State Statistics Service of Ukraine), as the press quotes it. */
  public static final double NATIONAL_KM2 = 603_628;

  /**
   * The 27 units' official areas added up, km² ({@code data/official-areas.csv}): what official-basis
   * shares are of, and Ukraine's official area in every report.
   */
  public static final double UNITS_KM2 = 603_540;

  private OfficialBasis() {}

  /**
   * The official-basis area of a piece of one region.
   *
   * @param m2 geodesic area of the piece, m²
   * @return km² on the official basis
   */
  public static double km2(Region region, double m2) {
    // The factor first, as one number per region, so that every sum scales alike.
    return m2 * (region.official().officialKm2() / region.areaM2());
  }
}
