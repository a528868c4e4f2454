package territorymap.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.Figure;
import territorymap.proposal.Party;

/**
 * An area report as CSV (RFC 4180, UTF-8, CRLF line ends), for spreadsheets: a header, one row per
 * region in the report's order, then a {@code total} row with Ukraine's area and each party's total.
 *
 * <p>Columns: {@code code, name, name_uk, area_km2, area_official_km2}, then for each party
 * ({@code russia, ukraine, demilitarized}) {@code <party>_km2} (geodesic) and
 * {@code <party>_official_km2}. Values are the report's, as rounded there (0.1 km²). The total row
 * takes the report's national figures, so its official area is Ukraine's 603,628 km², not the sum of
 * the 27 units.
 */
final class AreaCsv {

  static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  private AreaCsv() {}

  /** {@code GET /proposals/{id}/area.csv[?layer=]}: the report as a CSV attachment. */
  static void send(Context ctx, Evaluations evaluations) {
    String id = ctx.pathParam("id");
    AreaReport report = evaluations.report(evaluations.subject(id, LayerParam.query(ctx, evaluations.atlas())));
    ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-" + report.layer().date() + ".csv\"");
    ctx.contentType(CONTENT_TYPE).result(render(report));
  }

  static String render(AreaReport report) {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("code", "name", "name_uk", "area_km2", "area_official_km2"));
    for (Party party : Party.values()) {
      header.add(party.id() + "_km2");
      header.add(party.id() + "_official_km2");
    }
    line(csv, header);
    for (AreaReport.RegionFigures region : report.regions()) {
      line(csv, row(List.of(region.code(), region.name(), region.nameUk()), region.area(), region.parties()));
    }
    line(csv, row(List.of("total", "Ukraine", "Україна"),
        new Figure(report.total().km2(), 100, report.total().officialKm2(), 100), report.parties()));
    return csv.toString();
  }

  /** A row: the labels, then the area and each party's area in km² on both bases. */
  private static List<String> row(List<String> labels, Figure area, Map<Party, Figure> parties) {
    List<String> row = new ArrayList<>(labels);
    row.add(number(area.km2()));
    row.add(number(area.officialKm2()));
    for (Party party : Party.values()) {
      row.add(number(parties.get(party).km2()));
      row.add(number(parties.get(party).officialKm2()));
    }
    return row;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** A cell, quoted where it holds a comma, a quote or a line break. */
  private static String cell(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** A plain decimal, never in exponent form: 603628.0 stays 603628.0. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
