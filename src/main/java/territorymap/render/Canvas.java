package territorymap.render;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The drawing operations a map image needs, in pixels (y down), written once by
 * {@link MapPainter} and carried out by Java2D ({@link Java2dCanvas}) or as SVG
 * ({@link SvgCanvas}). Paths are lists of flat coordinate arrays {x0, y0, x1, y1, …}.
 */
interface Canvas {

  void rect(double x, double y, double w, double h, Color fill);

  /** Fills rings with the even-odd rule (holes cut out), then outlines them if {@code outline} is set. */
  void area(List<double[]> rings, Fill fill, Color outline, double outlineWidth);

  void lines(List<double[]> lines, LineStyle style, double scale);

  void circle(double x, double y, double r, Color fill, Color stroke, double strokeWidth);

  /** Text with its baseline starting at (x, y); a white halo behind it if asked. */
  void text(String text, double x, double y, Font font, Color colour, double halo);

  /** Clips what follows to a rectangle until {@link #unclip()}. */
  void clip(double x, double y, double w, double h);

  void unclip();
}
