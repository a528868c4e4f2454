package territorymap.territory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import territorymap.geo.Geometries;

/**
 * A synthetic Ukraine for exact tests: the 27 units as one-degree cells in three rows of nine
 * (lon 22-31, lat 45-48), in code order, and control layers bounded by a meridian.
 *
 * <p>Every ring has a vertex at each multiple of {@value #STEP} degrees along its edges. Edges are
 * geodesics, so cutting a long edge along a parallel at a new vertex changes the area it encloses
 * (by about 1e-5 of a one-degree cell); with every cut on the common lattice, overlay adds no
 * vertex and areas of parts add up exactly.
 */
public final class GridFixture {

  static final double STEP = 0.05;

  private GridFixture() {}

  /** A lon/lat box as WKT, with a vertex every {@value #STEP} degrees (corners on the lattice). */
  public static String box(double x0, double y0, double x1, double y1) {
    List<String> ring = new ArrayList<>();
    edge(ring, x0, y0, x1, y0);
    edge(ring, x1, y0, x1, y1);
    edge(ring, x1, y1, x0, y1);
    edge(ring, x0, y1, x0, y0);
    ring.add(ring.get(0));
    return "POLYGON ((" + String.join(", ", ring) + "))";
  }

  public static MultiPolygon boxGeometry(double x0, double y0, double x1, double y1) {
    try {
      return Geometries.polygonal(new WKTReader(Geometries.FACTORY).read(box(x0, y0, x1, y1)));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void edge(List<String> ring, double xa, double ya, double xb, double yb) {
    int n = (int) Math.round(Math.max(Math.abs(xb - xa), Math.abs(yb - ya)) / STEP);
    for (int i = 0; i < n; i++) {
      ring.add(String.format(Locale.ROOT, "%.6f %.6f", xa + (xb - xa) * i / n, ya + (yb - ya) * i / n));
    }
  }

  private static String geoJson(String wkt) {
    String inner = wkt.substring("POLYGON ((".length(), wkt.length() - 2);
    List<String> points = new ArrayList<>();
    for (String pair : inner.split(", ")) {
      String[] xy = pair.split(" ");
      points.add("[" + xy[0] + "," + xy[1] + "]");
    }
    return "{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", points) + "]]}";
  }

  public static Boundaries boundaries(Path dir) throws IOException {
    List<String> features = new ArrayList<>();
    List<OfficialRegion> units = new ArrayList<>(OfficialRegions.official().all());
    for (int i = 0; i < units.size(); i++) {
      double x = 22 + i % 9;
      double y = 45 + i / 9;
      features.add("{\"type\":\"Feature\",\"id\":\"" + units.get(i).code() + "\",\"properties\":{},"
          + "\"geometry\":" + geoJson(box(x, y, x + 1, y + 1)) + "}");
    }
    Path file = dir.resolve("grid.geojson");
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
    return Boundaries.load(file, OfficialRegions.official());
  }

  /**
   * The grid with three layers: 23 February 2022 (east of lon 30.5, for the seeds on that line),
   * 15 August 2025 (east of lon 29.5: half a column of cells and the last column) and 1 January
   * 2026 (east of lon 28), as the HTTP tests serve it.
   */
  public static Atlas atlas(Path dir) throws IOException {
    Boundaries boundaries = boundaries(dir);
    return new Atlas(boundaries, List.of(
        layerEastOf(boundaries, dir, 30.5, LocalDate.of(2022, 2, 23)),
        layerEastOf(boundaries, dir, 29.5, LocalDate.of(2025, 8, 15)),
        layerEastOf(boundaries, dir, 28, LocalDate.of(2026, 1, 1))));
  }

  /** A layer holding everything east of {@code lon}, written clockwise with a legacy crs member. */
  public static ControlLayer layerEastOf(Boundaries boundaries, Path dir, double lon, LocalDate date)
      throws IOException {
    Path file = dir.resolve(date + "-east.geojson");
    String counterClockwise = geoJson(box(lon, 44, 32, 49));
    String clockwise = counterClockwise.replace("[[[", "[[").replace("]]]", "]]");
    String[] points = clockwise.substring(clockwise.indexOf("[[") + 2, clockwise.lastIndexOf("]]")).split("\\],\\[");
    java.util.Collections.reverse(java.util.Arrays.asList(points));
    Files.writeString(file, "{\"type\":\"FeatureCollection\","
        + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},"
        + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[" + String.join("],[", points) + "]]]}}]}");
    return ControlLayerReader.read(file, null);
  }
}
