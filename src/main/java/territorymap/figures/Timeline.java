package territorymap.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * The occupied area over time, for the whole country or one region: one point per loaded layer.
 *
 * @param region the region's code, or {@code null} for the whole country
 * @param points oldest first
 */
public record Timeline(String region, List<Point> points) {

  /**
   * One point of the series.
   *
   * @param change the change from the previous point, both bases; {@code null} for the first
   * @param percentOfRegion for a region's series, its occupied share of the region (geodesic), %;
   *     {@code null} for the whole country
   */
  public record Point(LocalDate date, boolean approximate, Figure occupied, Figure change, Double percentOfRegion) {}

  public Timeline {
    points = List.copyOf(points);
  }
}
