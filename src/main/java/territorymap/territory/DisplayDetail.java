package territorymap.territory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How finely map geometry is drawn: a simplification tolerance for each range of map zoom.
 * Display only: areas are always computed on the full geometry.
 */
public enum DisplayDetail {
  /** About 1 km: the whole country on a screen (zoom 6 and less). */
  COARSE(0.01),
  /** About 300 m: an oblast or two on a screen (zoom 7 and 8); the default. */
  MEDIUM(0.003),
  /** About 70 m: a district (zoom 9 and more). */
  FINE(0.0007),
  /** No simplification. */
  FULL(0);

  private final double toleranceDeg;

  DisplayDetail(double toleranceDeg) {
    this.toleranceDeg = toleranceDeg;
  }

  /** The simplification tolerance, degrees; 0 for none. */
  public double toleranceDeg() {
    return toleranceDeg;
  }

  /** The name in URLs, e.g. {@code coarse}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DisplayDetail> of(String id) {
    return Arrays.stream(values()).filter(d -> d.id().equals(id)).findFirst();
  }
}
