package territorymap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws on a Java2D surface, antialiased; patterns are texture paints made once per image. */
final class Java2dCanvas implements Canvas {

  private final Graphics2D g;
  private final double scale;
  private final Map<Fill, TexturePaint> textures = new HashMap<>();

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
    g.setPaint(fill instanceof Fill.Solid ? fill.background() : textures.computeIfAbsent(fill, this::texture));
    g.fill(shape);
    if (outline != null) {
      g.setColor(outline);
      g.setStroke(new BasicStroke((float) outlineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    }
  }

  /**
   * One tile of a pattern, repeated from the image's origin so that neighbouring areas' patterns
   * meet. Stripes at a multiple of 45° repeat on a square: side 8 (0°, 90°) or 8√2 (45°) base
   * pixels, rounded to whole pixels; other angles are drawn at the nearest multiple of 45°.
   */
  private TexturePaint texture(Fill fill) {
    double angle = fill instanceof Fill.Stripes stripes ? Math.round(stripes.angleDeg() / 45) * 45 : 0;
    boolean diagonal = Math.abs(angle % 90) == 45;
    int side = (int) Math.max(2, Math.round(8 * scale * (diagonal ? Math.sqrt(2) : 1)));
    BufferedImage tile = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    try {
      t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      t.setColor(fill.background());
      t.fillRect(0, 0, side, side);
      if (fill instanceof Fill.Stripes stripes) {
        double period = diagonal ? side / Math.sqrt(2) : side;
        t.setColor(stripes.ink());
        t.rotate(Math.toRadians(angle), side / 2.0, side / 2.0);
        // Enough stripes to cover the rotated square, each the full height of its diagonal.
        for (int k = -2; k <= 3; k++) {
          t.fill(new Rectangle2D.Double(side / 2.0 + (k - 0.5) * period, -side, stripes.stripePx() * scale, 3 * side));
        }
      } else if (fill instanceof Fill.Dots dots) {
        double r = 1.7 * scale;
        t.setColor(dots.ink());
        t.fill(new Ellipse2D.Double(side / 2.0 - r, side / 2.0 - r, 2 * r, 2 * r));
      }
    } finally {
      t.dispose();
    }
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, side, side));
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
