package territorymap.render;

import java.awt.Color;

/**
 * How an area is filled: a solid colour, stripes, or dots over a background. The patterns are
 * the ones the page draws (8 px tiles, {@code maps.js}), so an image reads like the page.
 */
public sealed interface Fill extends LegendKey {

  /** The colour a viewer sees from afar (for outlines and checks). */
  Color background();

  /** One colour. */
  record Solid(Color background) implements Fill {}

  /**
   * Stripes of {@code ink} over {@code background}.
   *
   * @param stripePx stripe width in an 8 px tile (0–8), at the image's base scale
   * @param angleDeg rotation of the stripes, degrees clockwise from vertical
   */
  record Stripes(Color background, Color ink, double stripePx, double angleDeg) implements Fill {}

  /** A dot of {@code ink} in every 8 px tile over {@code background}. */
  record Dots(Color background, Color ink) implements Fill {}
}
