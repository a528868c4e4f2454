package territorymap.render;

import java.awt.Color;

/**
 * How a line is drawn.
 *
 * @param colour the line colour
 * @param widthPx the width at the image's base scale (1200×630), pixels
 * @param dashed whether the line is dashed (dash and gap of 3 widths)
 */
public record LineStyle(Color colour, double widthPx, boolean dashed) implements LegendKey {}
