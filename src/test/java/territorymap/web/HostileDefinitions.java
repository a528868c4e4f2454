package territorymap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Definitions that cost the most to evaluate, as a hostile client sends them: a self-intersecting
 * zigzag across the country, and a MultiPolygon of many small triangles.
 */
final class HostileDefinitions {

  private HostileDefinitions() {}

  /** A ring of {@code vertices} zigzagging between 46° and 51° N from 23° to 39° E, then closed straight back. */
  static String zigzag(int vertices) {
    List<String> ring = new ArrayList<>();
    for (int i = 0; i < vertices - 1; i++) {
      ring.add(point(23 + 16.0 * i / (vertices - 2), i % 2 == 0 ? 46 : 51));
    }
    ring.add(ring.get(0));
    return definition("{\"type\": \"Polygon\", \"coordinates\": [[" + String.join(",", ring) + "]]}");
  }

  /** {@code count} triangles of about 0.02° a side on a grid over the country. */
  static String triangles(int count) {
    List<String> polygons = new ArrayList<>();
    int columns = (int) Math.ceil(Math.sqrt(count * 2.5));
    for (int i = 0; i < count; i++) {
      double x = 23 + 16.0 * (i % columns) / columns;
      double y = 46 + 5.0 * (i / columns) / Math.ceil((double) count / columns);
      polygons.add("[[" + point(x, y) + "," + point(x + 0.02, y) + "," + point(x, y + 0.02) + "," + point(x, y) + "]]");
    }
    return definition("{\"type\": \"MultiPolygon\", \"coordinates\": [" + String.join(",", polygons) + "]}");
  }

  /**
   * A valid comb of {@code teeth} teeth from 45° to 52° N across the country (4 vertices a tooth):
   * no crossing to repair, but every atom is cut along thousands of edges.
   */
  static String comb(int teeth) {
    List<String> ring = new ArrayList<>();
    double width = 17.0 / teeth;
    ring.add(point(22.5, 44.5));
    ring.add(point(39.5, 44.5));
    for (int i = teeth - 1; i >= 0; i--) {
      double x = 22.5 + i * width;
      ring.add(point(x + width, 45));
      ring.add(point(x + width / 2, 45));
      ring.add(point(x + width / 2, 52));
      ring.add(point(x, 52));
    }
    ring.add(ring.get(0));
    return definition("{\"type\": \"Polygon\", \"coordinates\": [[" + String.join(",", ring) + "]]}");
  }

  private static String point(double lon, double lat) {
    return String.format(Locale.ROOT, "[%.5f,%.5f]", lon, lat);
  }

  static String definition(String polygon) {
    return """
        {"id": "hostile", "title": "Hostile", "date": "2026-11-28", "summary": "Costly to evaluate.",
         "sources": [], "layer": "2025-08-15", "unassigned": "ukraine",
         "assignments": [{"territory": {"polygon": %s}, "party": "russia", "status": "de-facto"}]}
        """.formatted(polygon);
  }
}
