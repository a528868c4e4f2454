package territorymap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws on a Java2D surface, antialiased, with patterns drawn inside the area's clip. */
final class Java2dCanvas implements Canvas {

  private final Graphics2D g;
  private final double scale;

  Java2dCanvas(Graphics2D g, double scale) {
    this.g = g;
    this.scale = scale;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill) {
    g.setColor(fill);
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  private static Path2D path(List<double[]> rings, boolean close) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (double[] ring : rings) {
      path.moveTo(ring[0], ring[1]);
      for (int i = 2; i < ring.length; i += 2) {
        path.lineTo(ring[i], ring[i + 1]);
      }
      if (close) {
        path.closePath();
      }
    }
    return path;
  }

  @Override
  public void area(List<double[]> rings, Fill fill, Color outline, double outlineWidth) {
    Path2D shape = path(rings, true);
    g.setColor(fill.background());
    g.fill(shape);
    if (fill instanceof Fill.Stripes stripes) {
      pattern(shape, stripes.ink(), stripes.angleDeg(),
          (x, y, tile) -> new Rectangle2D.Double(x, y, stripes.stripePx() * scale, tile));
    } else if (fill instanceof Fill.Dots dots) {
      pattern(shape, dots.ink(), 0, (x, y, tile) -> new Ellipse2D.Double(
          x + tile / 2 - 1.7 * scale, y + tile / 2 - 1.7 * scale, 3.4 * scale, 3.4 * scale));
    }
    if (outline != null) {
      g.setColor(outline);
      g.setStroke(new BasicStroke((float) outlineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    }
  }

  private interface Mark {
    Shape at(double x, double y, double tile);
  }

  /** Repeats a mark on an 8-base-pixel grid, rotated, inside the shape. */
  private void pattern(Shape shape, Color ink, double angleDeg, Mark mark) {
    Shape oldClip = g.getClip();
    AffineTransform oldTransform = g.getTransform();
    g.clip(shape);
    Rectangle2D box = shape.getBounds2D().createIntersection(g.getClipBounds());
    if (!box.isEmpty()) {
      double tile = 8 * scale;
      g.rotate(Math.toRadians(angleDeg), box.getCenterX(), box.getCenterY());
      double half = Math.hypot(box.getWidth(), box.getHeight()) / 2 + tile;
      // Align the grid to the image, not to the shape, so neighbouring areas' patterns meet.
      double x0 = Math.floor((box.getCenterX() - half) / tile) * tile;
      double y0 = Math.floor((box.getCenterY() - half) / tile) * tile;
      g.setColor(ink);
      for (double y = y0; y < box.getCenterY() + half; y += tile) {
        for (double x = x0; x < box.getCenterX() + half; x += tile) {
          g.fill(mark.at(x, y, tile));
        }
      }
    }
    g.setTransform(oldTransform);
    g.setClip(oldClip);
  }

  @Override
  public void lines(List<double[]> lines, LineStyle style, double scale) {
    float width = (float) (style.widthPx() * scale);
    g.setColor(style.colour());
    g.setStroke(style.dashed()
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {3 * width, 3 * width}, 0)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path(lines, false));
  }

  @Override
  public void circle(double x, double y, double r, Color fill, Color stroke, double strokeWidth) {
    Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(fill);
    g.fill(dot);
    if (stroke != null) {
      g.setColor(stroke);
      g.setStroke(new BasicStroke((float) strokeWidth));
      g.draw(dot);
    }
  }

  @Override
  public void text(String text, double x, double y, Font font, Color colour, double halo) {
    if (halo > 0) {
      Shape outline = font.createGlyphVector(g.getFontRenderContext(), text).getOutline((float) x, (float) y);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke((float) (2 * halo), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
      g.setColor(colour);
      g.fill(outline);
    } else {
      g.setFont(font);
      g.setColor(colour);
      g.drawString(text, (float) x, (float) y);
    }
  }

  @Override
  public void clip(double x, double y, double w, double h) {
    g.setClip(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void unclip() {
    g.setClip(null);
  }
}
