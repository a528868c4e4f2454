package territorymap.figures;

/**
 * How figures are rounded for display, in one place: areas to 0.1 km² and shares to 0.001 %,
 * half up. Figures are summed and subtracted unrounded ({@link Measure}) and rounded last.
 */
public final class Rounding {

  private Rounding() {}

  /** An area to 0.1 km². */
  public static double km2(double km2) {
    return places(km2, 1);
  }

  /** A share to 0.001 %. */
  public static double percent(double percent) {
    return places(percent, 3);
  }

  /** A value to a number of decimal places, half up. */
  public static double places(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
