package territorymap.render;

import java.awt.Color;

/**
 * A ring marking a settlement (white inside, so a fill shows around it), and its legend key.
 *
 * @param colour the ring's stroke colour
 */
public record Ring(Color colour) implements LegendKey {

  /** Radius and stroke width at 1200×630, pixels. */
  static final double RADIUS = 5.2;
  static final double WIDTH = 2.4;
}
