package territorymap.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.Figure;
import territorymap.figures.PeopleReport;
import territorymap.figures.Subject;
import territorymap.proposal.Party;
import territorymap.territory.LayerRef;

/**
 * An area report as CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF line ends), for
 * spreadsheets: a metadata block, a header, one row per region in the report's order, then a
 * {@code total} row with Ukraine's area and each party's total.
 *
 * <p>The byte-order mark makes Excel on Windows read the file as UTF-8, so the Ukrainian names
 * survive. The metadata block comes first, one {@code #key,value} row per item (proposal, layer
 * date, source and whether it is approximate, boundary file, the two bases, the rounding); a
 * spreadsheet shows them as rows above the table, and {@code pandas.read_csv(comment="#")} or R's
 * {@code read.csv(comment.char="#")} skip them.
 *
 * <p>Columns: {@code code, name, name_uk}, then for the area and for each party
 * ({@code russia, ukraine, demilitarized}): {@code <what>_geodesic_km2}, {@code <what>_official_km2},
 * {@code <what>_geodesic_pct} and {@code <what>_official_pct} (% of Ukraine on that basis); each
 * party also {@code <party>_pct_of_region} (geodesic, % of the row's region; 100 × party ÷ area in
 * the total row). Values are the report's, as rounded there (0.1 km², 0.001 %). The total row takes
 * the report's national figures: its official area is the 27 units' official areas added up,
 * 603,540 km², of which official shares are taken ({@code OfficialBasis}).
 *
 * <p>Then the pre-war population, estimate ({@link PeopleReport}), in whole persons:
 * {@code prewar_population_estimate} (the unit's official figure; in the total row the national
 * figure used), {@code <party>_prewar_population_estimate} for each party, and
 * {@code ceded_by_ukraine_prewar_population_estimate} and
 * {@code returned_by_russia_prewar_population_estimate}; a {@code #prewar_population_estimate}
 * metadata row says how it is made and where from.
 */
final class AreaCsv {

  static final String CONTENT_TYPE = "text/csv; charset=utf-8";
  /** The byte-order mark, U+FEFF, written as the file's first character. */
  static final String BOM = "\uFEFF";

  /** The population columns' common suffix: the figures' name everywhere. */
  private static final String PEOPLE = "prewar_population_estimate";

  private AreaCsv() {}

  /**
   * {@code GET /proposals/{id}/area.csv[?layer=]}: the report as a CSV attachment, kept and
   * revalidated like the report itself ({@link Freshness}, an {@code ETag} of its bytes, 304 to a
   * matching {@code If-None-Match}).
   */
  static void send(Context ctx, Evaluations evaluations) {
    String id = ctx.pathParam("id");
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    Subject subject = evaluations.subject(id, layer);
    AreaReport report = evaluations.report(subject);
    ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-" + report.layer().date() + ".csv\"");
    Body.once(render(report, evaluations.people(subject)).getBytes(StandardCharsets.UTF_8))
        .send(ctx, CONTENT_TYPE, Freshness.of(layer, List.of(subject)));
  }

  static String render(AreaReport report, PeopleReport people) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, List.of("#territory-map", "area report"));
    line(csv, List.of("#proposal", text(report.id())));
    line(csv, List.of("#title", text(report.title().in("en"))));
    line(csv, List.of("#title_uk", text(report.title().in("uk"))));
    whatTheFiguresRestOn(csv, report);
    line(csv, List.of("#rounding", "km2 to 0.1, % to 0.001, persons to 1"));
    line(csv, List.of("#" + PEOPLE, people.name() + ": " + people.method() + "; national figure used "
        + people.nationalPersons() + " persons; " + people.credit()));
    List<String> header = new ArrayList<>(List.of("code", "name", "name_uk"));
    for (String what : columnsFor()) {
      header.addAll(List.of(what + "_geodesic_km2", what + "_official_km2", what + "_geodesic_pct", what + "_official_pct"));
      if (!what.equals("area")) {
        header.add(what + "_pct_of_region");
      }
    }
    for (String what : columnsFor()) {
      header.add(what.equals("area") ? PEOPLE : what + "_" + PEOPLE);
    }
    header.addAll(List.of("ceded_by_ukraine_" + PEOPLE, "returned_by_russia_" + PEOPLE));
    line(csv, header);
    for (int i = 0; i < report.regions().size(); i++) {
      AreaReport.RegionFigures region = report.regions().get(i);
      PeopleReport.RegionPeople inRegion = people.regions().get(i);
      if (!inRegion.code().equals(region.code())) {
        throw new IllegalStateException("the people's regions are not in the report's order at " + region.code());
      }
      List<String> row = row(List.of(region.code(), region.name(), region.nameUk()), region.area(), region.parties(),
          region.percentOfRegion());
      row.add(String.valueOf(inRegion.persons()));
      for (Party party : Party.values()) {
        row.add(String.valueOf(inRegion.parties().get(party)));
      }
      row.add(String.valueOf(inRegion.cededByUkraine()));
      row.add(String.valueOf(inRegion.returnedByRussia()));
      line(csv, row);
    }
    Figure total = new Figure(report.total().km2(), 100, report.total().officialKm2(), 100);
    Map<Party, Double> ofUkraine = new EnumMap<>(Party.class);
    report.parties().forEach((party, figure) -> ofUkraine.put(party, figure.percent()));
    List<String> totalRow = row(List.of("total", "Ukraine", "Україна"), total, report.parties(), ofUkraine);
    totalRow.add(String.valueOf(people.nationalPersons()));
    for (Party party : Party.values()) {
      totalRow.add(String.valueOf(people.parties().get(party).persons()));
    }
    totalRow.add(String.valueOf(people.change().cededByUkraine().persons()));
    totalRow.add(String.valueOf(people.change().returnedByRussia().persons()));
    line(csv, totalRow);
    return csv.toString();
  }

  private static List<String> columnsFor() {
    List<String> columns = new ArrayList<>(List.of("area"));
    for (Party party : Party.values()) {
      columns.add(party.id());
    }
    return columns;
  }

  /** A row: the labels, then the area and each party's figures on both bases. */
  private static List<String> row(List<String> labels, Figure area, Map<Party, Figure> parties,
      Map<Party, Double> percentOfRegion) {
    List<String> row = new ArrayList<>(labels);
    figure(row, area);
    for (Party party : Party.values()) {
      figure(row, parties.get(party));
      row.add(number(percentOfRegion.get(party)));
    }
    return row;
  }

  private static void figure(List<String> row, Figure figure) {
    row.add(number(figure.km2()));
    row.add(number(figure.officialKm2()));
    row.add(number(figure.percent()));
    row.add(number(figure.officialPercent()));
  }

  /** The metadata rows of the layer, the boundaries and the two bases, as every CSV of figures has them. */
  static void whatTheFiguresRestOn(StringBuilder csv, AreaReport report) {
    line(csv, List.of("#layer_date", report.layer().date().toString()));
    line(csv, List.of("#layer_approximate", String.valueOf(report.layer().approximate())));
    line(csv, List.of("#layer_source", text(report.layer().source())));
    line(csv, List.of("#boundaries", text(report.boundaries().source())));
    line(csv, List.of("#basis_geodesic", "area on the WGS 84 ellipsoid; % of the 27 units' geodesic total, "
        + number(report.total().km2()) + " km2"));
    line(csv, List.of("#basis_official", "each region's parts scaled to its official area; % of the 27 units'"
        + " official areas added up, " + number(report.total().officialKm2()) + " km2 (the national figure, 603628 km2,"
        + " has 88 km2 that no unit's figure includes)"));
  }

  static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * Free text from a definition or a file name (a user's proposal title may be anything): a
   * leading {@code = + - @}, tab or carriage return gets a {@code '} before it, so that a
   * spreadsheet shows the text instead of running it as a formula (OWASP, "CSV injection").
   */
  static String text(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** A cell, quoted where it holds a comma, a quote or a line break. */
  private static String cell(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** A plain decimal, never in exponent form: 603628.0 stays 603628.0. */
  static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
