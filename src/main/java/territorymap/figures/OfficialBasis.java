package territorymap.figures;

import territorymap.territory.Region;

/**
 * The official basis of every figure, in one place: each region's geodesic square metres scaled
 * by its official area over its geodesic area, so that a region adds up to its official area and
 * figures line up with the statistics the press quotes, whatever the boundary data.
 *
 * <p>The national total used by the press and by DeepStateMap is {@value #NATIONAL_KM2} km²; the
 * 27 units add up to 88 km² less (603,540 km²), so official percentages are taken of the national
 * total, as published figures are.
 */
public final class OfficialBasis {

  /** Ukraine's official area, km² (State Statistics Service of Ukraine). */
  public static final double NATIONAL_KM2 = 603_628;

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
