package territorymap.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import territorymap.figures.AreaReport;
import territorymap.figures.Comparison;
import territorymap.figures.Evaluations;
import territorymap.figures.Figure;
import territorymap.figures.Subject;
import territorymap.proposal.Party;
import territorymap.territory.LayerRef;

/**
 * A comparison of two or three proposals as CSV, in the form of {@link AreaCsv} (UTF-8 with a
 * byte-order mark, a {@code #key,value} metadata block, CRLF): one row per region, then the total,
 * with each proposal's area per holder on both bases and its share of the region, side by side.
 *
 * <p>Columns: {@code code, name, name_uk, area_official_km2}, then for each proposal {@code P} (by
 * its position, {@code a}, {@code b}, {@code c}; the metadata names them) and each holder {@code H}:
 * {@code P_H_official_km2}, {@code P_H_geodesic_km2}, {@code P_H_pct_of_region}; in the total row
 * the share is the holder's % of Ukraine on the official basis.
 */
final class ComparisonCsv {

  private ComparisonCsv() {}

  /** {@code GET /compare/area.csv?ids=a,b[,c][&layer=]}. */
  static void send(Context ctx, Evaluations evaluations, ProposalRoutes proposals) {
    List<String> ids = proposals.ids(ctx.queryParam("ids"));
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    List<Subject> subjects = evaluations.subjects(ids, layer);
    Comparison comparison = evaluations.compare(subjects);
    ctx.header("Content-Disposition", "attachment; filename=\"compare-" + String.join("-", ids) + "-"
        + comparison.reports().get(0).layer().date() + ".csv\"");
    Body.once(render(comparison).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .send(ctx, AreaCsv.CONTENT_TYPE, Freshness.of(layer, subjects));
  }

  static String render(Comparison comparison) {
    List<AreaReport> reports = comparison.reports();
    AreaReport first = reports.get(0);
    StringBuilder csv = new StringBuilder(AreaCsv.BOM);
    AreaCsv.line(csv, List.of("#territory-map", "comparison"));
    for (int i = 0; i < reports.size(); i++) {
      AreaReport r = reports.get(i);
      String letter = String.valueOf((char) ('a' + i));
      AreaCsv.line(csv, List.of("#proposal_" + letter, AreaCsv.text(r.id())));
      AreaCsv.line(csv, List.of("#title_" + letter, AreaCsv.text(r.title().in("en"))));
      AreaCsv.line(csv, List.of("#title_uk_" + letter, AreaCsv.text(r.title().in("uk"))));
    }
    AreaCsv.whatTheFiguresRestOn(csv, first);
    AreaCsv.line(csv, List.of("#rounding", "km2 to 0.1, % to 0.001"));
    List<String> header = new ArrayList<>(List.of("code", "name", "name_uk", "area_official_km2"));
    for (int i = 0; i < reports.size(); i++) {
      for (Party party : Party.values()) {
        String prefix = (char) ('a' + i) + "_" + party.id();
        header.addAll(List.of(prefix + "_official_km2", prefix + "_geodesic_km2", prefix + "_pct_of_region"));
      }
    }
    AreaCsv.line(csv, header);
    for (int row = 0; row < first.regions().size(); row++) {
      AreaReport.RegionFigures region = first.regions().get(row);
      List<String> cells = new ArrayList<>(List.of(region.code(), region.name(), region.nameUk(),
          AreaCsv.number(region.area().officialKm2())));
      for (AreaReport report : reports) {
        AreaReport.RegionFigures same = report.regions().get(row);
        for (Party party : Party.values()) {
          Figure f = same.parties().get(party);
          cells.addAll(List.of(AreaCsv.number(f.officialKm2()), AreaCsv.number(f.km2()),
              AreaCsv.number(same.percentOfRegion().get(party))));
        }
      }
      AreaCsv.line(csv, cells);
    }
    List<String> total = new ArrayList<>(List.of("total", "Ukraine", "Україна",
        AreaCsv.number(first.total().officialKm2())));
    for (AreaReport report : reports) {
      for (Party party : Party.values()) {
        Figure f = report.parties().get(party);
        total.addAll(List.of(AreaCsv.number(f.officialKm2()), AreaCsv.number(f.km2()),
            AreaCsv.number(f.officialPercent())));
      }
    }
    AreaCsv.line(csv, total);
    return csv.toString();
  }
}
