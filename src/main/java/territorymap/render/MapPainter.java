package territorymap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays a {@link MapImage} out as a newsroom graphic and draws it on a {@link Canvas}: title and
 * date line on top, the map on the left, the main figures and the legend on the right, the
 * credits in a footer. All sizes are in base pixels (at 1200×630) times the image's scale.
 */
final class MapPainter {

  static final Color INK = new Color(0x1b1d21);
  static final Color MUTED = new Color(0x555b63);
  static final Color RULE = new Color(0xd4d7dc);
  static final Color PAPER = Color.WHITE;

  /** Points closer than this to the last one kept are dropped (pixels): invisible, and smaller SVG. */
  private static final double MIN_STEP_PX = 0.6;

  private final MapImage image;
  private final ImageSize size;
  private final double s;

  MapPainter(MapImage image, ImageSize size) {
    this.image = image;
    this.size = size;
    this.s = size.scale();
  }

  /** The map's pixel rectangle, where areas are drawn (and the credits strip below it). */
  Rectangle2D mapFrame() {
    double m = 28 * s;
    double top = m + 68 * s;
    double panel = panelWidth();
    return new Rectangle2D.Double(m, top, size.width() - 2 * m - panel - 24 * s, size.height() - top - 46 * s);
  }

  /** The right-hand panel's pixel rectangle (figures, then legend). */
  Rectangle2D panelFrame() {
    Rectangle2D map = mapFrame();
    double x = size.width() - 28 * s - panelWidth();
    return new Rectangle2D.Double(x, map.getY(), panelWidth(), map.getHeight());
  }

  /** The footer's pixel rectangle (the credits). */
  Rectangle2D footerFrame() {
    return new Rectangle2D.Double(28 * s, size.height() - 40 * s, size.width() - 56 * s, 40 * s);
  }

  private double panelWidth() {
    return 0.31 * size.width();
  }

  void paint(Canvas canvas) {
    canvas.rect(0, 0, size.width(), size.height(), PAPER);
    double m = 28 * s;
    double width = size.width() - 2 * m;
    canvas.text(fit(image.title(), Fonts.bold(27 * s), width), m, m + 24 * s, Fonts.bold(27 * s), INK, 0);
    canvas.text(fit(image.subtitle(), Fonts.plain(15 * s), width), m, m + 50 * s, Fonts.plain(15 * s), MUTED, 0);
    paintMap(canvas);
    paintPanel(canvas);
    paintFooter(canvas);
  }

  private void paintMap(Canvas canvas) {
    Rectangle2D frame = mapFrame();
    WebMercator projection = WebMercator.fit(extent(), frame);
    canvas.clip(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight());
    for (MapFeature feature : image.features()) {
      if (feature instanceof MapFeature.Area area) {
        List<double[]> rings = new ArrayList<>();
        polygons(area.geometry(), polygon -> {
          addRing(rings, polygon.getExteriorRing(), projection);
          for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            addRing(rings, polygon.getInteriorRingN(i), projection);
          }
        });
        canvas.area(rings, area.fill(), area.outline(), 0.8 * s);
      }
    }
    for (MapFeature feature : image.features()) {
      if (feature instanceof MapFeature.Line line) {
        List<double[]> lines = new ArrayList<>();
        lineStrings(line.geometry(), ring -> addLine(lines, ring, projection));
        canvas.lines(lines, line.style(), s);
      }
    }
    new PlaceLabels(canvas, frame, s).paint(
        image.features().stream().filter(MapFeature.Marked.class::isInstance).map(MapFeature.Marked.class::cast).toList(),
        image.features().stream().filter(MapFeature.Place.class::isInstance).map(MapFeature.Place.class::cast).toList(),
        projection);
    canvas.unclip();
  }

  private Envelope extent() {
    if (image.extent() != null) {
      return image.extent();
    }
    Envelope box = new Envelope();
    image.features().forEach(f -> {
      if (f instanceof MapFeature.Area area) {
        box.expandToInclude(area.geometry().getEnvelopeInternal());
      }
    });
    if (box.isNull()) {
      box.expandToInclude(new Envelope(22.1, 40.2, 44.4, 52.4)); // Ukraine
    }
    box.expandBy(box.getWidth() * 0.02, box.getHeight() * 0.02);
    return box;
  }

  private interface PolygonSink {
    void accept(Polygon polygon);
  }

  private interface LineSink {
    void accept(LineString line);
  }

  private static void polygons(Geometry geometry, PolygonSink sink) {
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        sink.accept(polygon);
      } else if (part != geometry) {
        polygons(part, sink);
      }
    }
  }

  private static void lineStrings(Geometry geometry, LineSink sink) {
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof LineString line) {
        sink.accept(line);
      } else if (part instanceof Polygon polygon) {
        sink.accept(polygon.getExteriorRing());
        for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
          sink.accept(polygon.getInteriorRingN(r));
        }
      } else if (part != geometry) {
        lineStrings(part, sink);
      }
    }
  }

  private static void addRing(List<double[]> out, LineString ring, WebMercator projection) {
    double[] xy = project(ring, projection);
    if (xy.length >= 6) {
      out.add(xy);
    }
  }

  private static void addLine(List<double[]> out, LineString line, WebMercator projection) {
    double[] xy = project(line, projection);
    if (xy.length >= 4) {
      out.add(xy);
    }
  }

  /** Projects a line to pixels, dropping points within {@link #MIN_STEP_PX} of the last kept. */
  private static double[] project(LineString line, WebMercator projection) {
    Coordinate[] coordinates = line.getCoordinates();
    double[] xy = new double[coordinates.length * 2];
    int n = 0;
    for (int i = 0; i < coordinates.length; i++) {
      double x = projection.x(coordinates[i].x);
      double y = projection.y(coordinates[i].y);
      boolean last = i == coordinates.length - 1;
      if (n == 0 || last || Math.abs(x - xy[n - 2]) + Math.abs(y - xy[n - 1]) >= MIN_STEP_PX) {
        xy[n++] = x;
        xy[n++] = y;
      }
    }
    return java.util.Arrays.copyOf(xy, n);
  }

  private void paintPanel(Canvas canvas) {
    Rectangle2D panel = panelFrame();
    double x = panel.getX();
    double y = panel.getY() + 4 * s;
    Font value = Fonts.bold(30 * s);
    Font label = Fonts.plain(13.5 * s);
    for (KeyFigure figure : image.figures().subList(0, Math.min(3, image.figures().size()))) {
      y += 30 * s;
      canvas.text(fit(figure.value(), value, panel.getWidth()), x, y, value, INK, 0);
      for (String line : wrap(figure.label(), label, panel.getWidth(), 2)) {
        y += 18 * s;
        canvas.text(line, x, y, label, MUTED, 0);
      }
      y += 14 * s;
    }
    if (!image.figures().isEmpty() && !image.legend().isEmpty()) {
      y += 2 * s;
      canvas.rect(x, y, panel.getWidth(), Math.max(1, s), RULE);
      y += 14 * s;
    }
    Font legend = Fonts.plain(13 * s);
    double swatchW = 26 * s;
    double swatchH = 16 * s;
    double textX = x + swatchW + 10 * s;
    for (LegendEntry entry : image.legend()) {
      if (y + swatchH > panel.getMaxY()) {
        break;
      }
      if (entry.key() instanceof Fill fill) {
        canvas.area(List.of(new double[] {x, y, x + swatchW, y, x + swatchW, y + swatchH, x, y + swatchH}),
            fill, new Color(0x333333), Math.max(1, 0.8 * s));
      } else if (entry.key() instanceof LineStyle line) {
        canvas.lines(List.of(new double[] {x, y + swatchH / 2, x + swatchW, y + swatchH / 2}), line, s);
      } else if (entry.key() instanceof Ring ring) {
        canvas.circle(x + swatchW / 2, y + swatchH / 2, Ring.RADIUS * s, PAPER, ring.colour(), Ring.WIDTH * s);
      }
      List<String> lines = wrap(entry.label(), legend, panel.getMaxX() - textX, 2);
      double ty = y + 12.5 * s;
      for (String line : lines) {
        canvas.text(line, textX, ty, legend, INK, 0);
        ty += 16 * s;
      }
      y = Math.max(y + swatchH, ty - 16 * s) + 10 * s;
    }
  }

  private void paintFooter(Canvas canvas) {
    Rectangle2D footer = footerFrame();
    canvas.rect(footer.getX(), footer.getY(), footer.getWidth(), Math.max(1, s), RULE);
    Font font = Fonts.plain(11 * s);
    double y = footer.getY() + 15 * s;
    for (String line : wrap(String.join("  ·  ", image.credits()), font, footer.getWidth(), 2)) {
      canvas.text(line, footer.getX(), y, font, MUTED, 0);
      y += 14 * s;
    }
  }

  /** The text, shortened with an ellipsis to fit the width. */
  static String fit(String text, Font font, double width) {
    if (Fonts.width(text, font) <= width) {
      return text;
    }
    int end = text.length();
    while (end > 0 && Fonts.width(text.substring(0, end) + "…", font) > width) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** Word-wraps to at most {@code maxLines} lines of the width; the last shortened if needed. */
  static List<String> wrap(String text, Font font, double width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String[] words = text.split(" ");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
      if (Fonts.width(candidate, font) <= width || line.isEmpty()) {
        line = new StringBuilder(candidate);
      } else {
        if (lines.size() == maxLines - 1) {
          lines.add(fit(line + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), font, width));
          return lines;
        }
        lines.add(line.toString());
        line = new StringBuilder(words[i]);
      }
    }
    if (!line.isEmpty()) {
      lines.add(fit(line.toString(), font, width));
    }
    return lines;
  }
}
