package territorymap.render;

/**
 * The pixel size of an image. Everything is laid out at the base scale of
 * {@link #SOCIAL_CARD} and scaled by {@link #scale()}: the height over 630.
 *
 * @param width pixels, 300–6000
 * @param height pixels, 200–6000
 */
public record ImageSize(int width, int height) {

  /** The Open Graph / Twitter card size. */
  public static final ImageSize SOCIAL_CARD = new ImageSize(1200, 630);
  /** A4 landscape at 210 dpi, for print. */
  public static final ImageSize PRINT = new ImageSize(2480, 1754);

  public ImageSize {
    if (width < 300 || width > 6000 || height < 200 || height > 6000) {
      throw new IllegalArgumentException("image size " + width + "×" + height + " is outside 300–6000 × 200–6000");
    }
  }

  /**
   * Pixels per base pixel: the smaller of width ÷ 1200 and height ÷ 630, so that text keeps its
   * size relative to the map whatever the shape (on {@link #PRINT}, 2.07: 13 px labels become
   * 27 px, about 9 pt at 210 dpi).
   */
  public double scale() {
    return Math.min(width / 1200.0, height / 630.0);
  }
}
