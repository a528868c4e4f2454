package territorymap.render;

import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes SVG 1.1 text directly: every string escaped for XML, coordinates to 0.1 px, patterns
 * written once each into {@code <defs>}.
 */
final class SvgCanvas implements Canvas {

  private final StringBuilder body = new StringBuilder(1 << 16);
  private final Map<Fill, String> patterns = new LinkedHashMap<>();
  private final StringBuilder defs = new StringBuilder();
  private final double scale;
  private int clips;
  private boolean clipped;

  SvgCanvas(double scale) {
    this.scale = scale;
  }

  /** The finished document. */
  String document(int width, int height, String title) {
    if (clipped) {
      unclip();
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + escape(Fonts.SVG_FAMILY) + "\">\n"
        + "<title>" + escape(title) + "</title>\n<defs>" + defs + "</defs>\n" + body + "</svg>\n";
  }

  /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static String hex(Color c) {
    return String.format("#%06x", c.getRGB() & 0xffffff);
  }

  private static void number(StringBuilder out, double v) {
    long tenths = Math.round(v * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
  }

  private static String n(double v) {
    StringBuilder out = new StringBuilder();
    number(out, v);
    return out.toString();
  }

  private void path(List<double[]> rings, boolean close) {
    body.append(" d=\"");
    for (double[] ring : rings) {
      body.append('M');
      for (int i = 0; i < ring.length; i += 2) {
        if (i > 0) {
          body.append(i == 2 ? 'L' : ' ');
        }
        number(body, ring[i]);
        body.append(',');
        number(body, ring[i + 1]);
      }
      if (close) {
        body.append('Z');
      }
    }
    body.append('"');
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill) {
    body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(hex(fill)).append("\"/>\n");
  }

  private String paint(Fill fill) {
    if (fill instanceof Fill.Solid solid) {
      return hex(solid.background());
    }
    String id = patterns.computeIfAbsent(fill, f -> "p" + patterns.size());
    if (defs.indexOf("id=\"" + id + "\"") < 0) {
      double tile = 8 * scale;
      String rotate = "0";
      String mark = "";
      if (fill instanceof Fill.Stripes s) {
        rotate = n(s.angleDeg());
        mark = "<rect width=\"" + n(s.stripePx() * scale) + "\" height=\"" + n(tile) + "\" fill=\"" + hex(s.ink()) + "\"/>";
      } else if (fill instanceof Fill.Dots d) {
        mark = "<circle cx=\"" + n(tile / 2) + "\" cy=\"" + n(tile / 2) + "\" r=\"" + n(1.7 * scale)
            + "\" fill=\"" + hex(d.ink()) + "\"/>";
      }
      defs.append("<pattern id=\"").append(id).append("\" patternUnits=\"userSpaceOnUse\" width=\"").append(n(tile))
          .append("\" height=\"").append(n(tile)).append("\" patternTransform=\"rotate(").append(rotate)
          .append(")\"><rect width=\"").append(n(tile)).append("\" height=\"").append(n(tile)).append("\" fill=\"")
          .append(hex(fill.background())).append("\"/>").append(mark).append("</pattern>");
    }
    return "url(#" + id + ")";
  }

  @Override
  public void area(List<double[]> rings, Fill fill, Color outline, double outlineWidth) {
    if (rings.isEmpty()) {
      return;
    }
    body.append("<path fill-rule=\"evenodd\" fill=\"").append(paint(fill)).append('"');
    if (outline != null) {
      body.append(" stroke=\"").append(hex(outline)).append("\" stroke-width=\"").append(n(outlineWidth))
          .append("\" stroke-linejoin=\"round\"");
    }
    path(rings, true);
    body.append("/>\n");
  }

  @Override
  public void lines(List<double[]> lines, LineStyle style, double scale) {
    if (lines.isEmpty()) {
      return;
    }
    double width = style.widthPx() * scale;
    body.append("<path fill=\"none\" stroke=\"").append(hex(style.colour())).append("\" stroke-width=\"")
        .append(n(width)).append("\" stroke-linejoin=\"round\" stroke-linecap=\"")
        .append(style.dashed() ? "butt\" stroke-dasharray=\"" + n(3 * width) + " " + n(3 * width) : "round").append('"');
    path(lines, false);
    body.append("/>\n");
  }

  @Override
  public void circle(double x, double y, double r, Color fill, Color stroke, double strokeWidth) {
    body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(hex(fill)).append('"');
    if (stroke != null) {
      body.append(" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
    }
    body.append("/>\n");
  }

  @Override
  public void text(String text, double x, double y, Font font, Color colour, double halo) {
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
        .append(String.format(Locale.ROOT, "%.1f", font.getSize2D())).append('"');
    if (Fonts.isBold(font)) {
      body.append(" font-weight=\"bold\"");
    }
    body.append(" fill=\"").append(hex(colour)).append('"');
    if (halo > 0) {
      body.append(" stroke=\"#ffffff\" stroke-width=\"").append(n(2 * halo))
          .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
    }
    body.append('>').append(escape(text)).append("</text>\n");
  }

  @Override
  public void clip(double x, double y, double w, double h) {
    String id = "c" + clips++;
    defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>");
    body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
    clipped = true;
  }

  @Override
  public void unclip() {
    if (clipped) {
      body.append("</g>\n");
      clipped = false;
    }
  }
}
