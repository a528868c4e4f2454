package territorymap.web;

import io.javalin.http.Context;
import territorymap.figures.AreaReport;
import territorymap.figures.Figure;

/**
 * The areas a view shows: {@code official} (each region's parts scaled to its official area, % of
 * Ukraine's official 603,628 km²; the page's default) or {@code geodesic} (areas measured on the WGS 84
 * ellipsoid from the boundary file, % of the 27 units' geodesic total).
 */
enum Basis {
  OFFICIAL, GEODESIC;

  /** The value in a URL: {@code official} or {@code geodesic}. */
  String id() {
    return this == OFFICIAL ? "official" : "geodesic";
  }

  /** A page URL's {@code basis} as the page reads it: geodesic where it says so, official otherwise. */
  static Basis ofPage(String text) {
    return "geodesic".equals(text) ? GEODESIC : OFFICIAL;
  }

  /**
   * An API request's {@code basis}: official when absent.
   *
   * @throws BadRequestException naming {@code basis} for any other value
   */
  static Basis query(Context ctx) {
    String text = ctx.queryParam("basis");
    if (text == null || text.isBlank() || text.equals("official")) {
      return OFFICIAL;
    }
    if (text.equals("geodesic")) {
      return GEODESIC;
    }
    throw new BadRequestException("basis", "basis is official or geodesic, not \"" + text + "\"");
  }

  /** A figure's area on this basis, km². */
  double km2(Figure figure) {
    return this == OFFICIAL ? figure.officialKm2() : figure.km2();
  }

  /** A figure's share of Ukraine on this basis, %. */
  double percent(Figure figure) {
    return this == OFFICIAL ? figure.officialPercent() : figure.percent();
  }

  /** Ukraine's area on this basis, km²: the official national figure, or the 27 units' geodesic sum. */
  double totalKm2(AreaReport report) {
    return this == OFFICIAL ? report.total().officialKm2() : report.total().km2();
  }
}
