package territorymap.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places dots and labels without collisions: in the order given, each label tries the right,
 * left, top and bottom of its dot, and is dropped with its dot if every spot overlaps a label or
 * dot already placed, or leaves the map frame. Marked settlements come first: their rings are
 * always drawn, their names where they fit, and a place within a ring is not labelled again.
 */
final class PlaceLabels {

  private final Canvas canvas;
  private final Rectangle2D frame;
  private final double s;
  private final List<Rectangle2D> taken = new ArrayList<>();

  PlaceLabels(Canvas canvas, Rectangle2D frame, double scale) {
    this.canvas = canvas;
    this.frame = frame;
    this.s = scale;
  }

  void paint(List<MapFeature.Marked> marked, List<MapFeature.Place> places, WebMercator projection) {
    List<Rectangle2D> rings = new ArrayList<>();
    // The rings first, so that no name covers one.
    for (MapFeature.Marked settlement : marked) {
      double x = projection.x(settlement.lon());
      double y = projection.y(settlement.lat());
      double r = Ring.RADIUS * s;
      if (frame.contains(x, y)) {
        rings.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
      }
    }
    taken.addAll(rings);
    for (MapFeature.Marked settlement : marked) {
      double x = projection.x(settlement.lon());
      double y = projection.y(settlement.lat());
      if (frame.contains(x, y)) {
        canvas.circle(x, y, Ring.RADIUS * s, MapPainter.PAPER, settlement.ring().colour(), Ring.WIDTH * s);
        Font font = Fonts.bold(12 * s);
        double[] spot = freeSpot(settlement.name(), x, y, Ring.RADIUS * s, font);
        if (spot != null) {
          canvas.text(settlement.name(), spot[0], spot[1], font, MapPainter.INK, 2.4 * s);
        }
      }
    }
    for (MapFeature.Place place : places) {
      double x = projection.x(place.lon());
      double y = projection.y(place.lat());
      if (!frame.contains(x, y) || rings.stream().anyMatch(ring -> ring.contains(x, y))) {
        continue;
      }
      Font font = place.major() ? Fonts.bold(13 * s) : Fonts.plain(12 * s);
      double r = (place.major() ? 3.6 : 2.8) * s;
      Rectangle2D dot = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
      if (overlaps(dot)) {
        continue;
      }
      double[] spot = freeSpot(place.name(), x, y, r, font);
      if (spot != null) {
        taken.add(dot);
        canvas.circle(x, y, r, MapPainter.INK, MapPainter.PAPER, 1.2 * s);
        canvas.text(place.name(), spot[0], spot[1], font, MapPainter.INK, 2.4 * s);
      }
    }
  }

  /**
   * The first free baseline position for a name beside a mark of radius r at (x, y): right, left,
   * above, below; its box is then taken. Null if none is free or inside the frame.
   */
  private double[] freeSpot(String name, double x, double y, double r, Font font) {
    double w = Fonts.width(name, font);
    double ascent = font.getSize2D() * 0.76;
    double gap = r + 3 * s;
    double[][] spots = {
        {x + gap, y + ascent / 2}, {x - gap - w, y + ascent / 2},
        {x - w / 2, y - gap}, {x - w / 2, y + gap + ascent}};
    for (double[] spot : spots) {
      Rectangle2D box = new Rectangle2D.Double(spot[0] - 2 * s, spot[1] - ascent - 2 * s, w + 4 * s,
          ascent + 4 * s + 0.24 * font.getSize2D());
      if (frame.contains(box) && !overlaps(box)) {
        taken.add(box);
        return spot;
      }
    }
    return null;
  }

  private boolean overlaps(Rectangle2D box) {
    for (Rectangle2D other : taken) {
      if (other.intersects(box)) {
        return true;
      }
    }
    return false;
  }
}
