package territorymap;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import territorymap.figures.AreaReport;
import territorymap.figures.Comparison;
import territorymap.figures.Figure;
import territorymap.proposal.Party;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;

/** Plain-text tables for the command line. */
final class TextReports {

  private final PrintStream out;

  TextReports(PrintStream out) {
    this.out = out;
  }

  void regions(Boundaries boundaries) {
    out.printf(Locale.ROOT, "%-6s %-32s %12s %12s %8s%n", "code", "name", "km2", "official", "diff %");
    double total = 0;
    double official = 0;
    for (Region r : boundaries.regions()) {
      double o = r.official().officialKm2();
      out.printf(Locale.ROOT, "%-6s %-32s %12.1f %12.0f %8.2f%n", r.code(), r.official().name(), r.areaKm2(), o,
          100 * (r.areaKm2() - o) / o);
      total += r.areaKm2();
      official += o;
    }
    out.printf(Locale.ROOT, "%-6s %-32s %12.1f %12.0f %8.2f%n", "", "all 27 units", total, official,
        100 * (total - official) / official);
    out.println("boundaries: " + boundaries.source());
  }

  void report(AreaReport r) {
    out.println(r.title() + " (" + r.id() + ")");
    out.println("layer: " + r.layer().date() + (r.layer().approximate() ? " (APPROXIMATE)" : "") + ", "
        + r.layer().source());
    out.println("boundaries: " + r.boundaries().source() + "; unassigned territory: " + r.unassigned());
    out.printf(Locale.ROOT, "%-14s %12s %9s %12s %9s%n", "party", "km2", "%", "official km2", "official %");
    r.parties().forEach((party, f) -> row(party.id(), f));
    out.println("change against the layer:");
    row("ceded by UA", r.change().cededByUkraine());
    row("returned by RU", r.change().returnedByRussia());
    row("net for UA", r.change().netForUkraine());
    out.printf(Locale.ROOT, "%-6s %-28s %10s %10s %10s %10s %10s%n", "code", "region", "km2", "russia", "ukraine", "undet.", "3rd party");
    for (AreaReport.RegionFigures region : r.regions()) {
      out.printf(Locale.ROOT, "%-6s %-28s %10.1f %10.1f %10.1f %10.1f %10.1f%n", region.code(), region.name(),
          region.area().km2(), region.parties().get(Party.RUSSIA).km2(), region.parties().get(Party.UKRAINE).km2(),
          region.parties().get(Party.UNDETERMINED).km2(), region.parties().get(Party.THIRD_PARTY).km2());
    }
  }

  void comparison(Comparison c) {
    List<AreaReport> reports = c.reports();
    out.printf(Locale.ROOT, "%-14s", "official %");
    reports.forEach(r -> out.printf(Locale.ROOT, " %28s", r.id()));
    out.println();
    for (Party party : Party.values()) {
      out.printf(Locale.ROOT, "%-14s", party.id());
      reports.forEach(r -> out.printf(Locale.ROOT, " %28.3f", r.parties().get(party).officialPercent()));
      out.println();
    }
    out.println("layer: " + reports.get(0).layer().date() + (reports.get(0).layer().approximate() ? " (APPROXIMATE)" : ""));
    for (Comparison.Divergence d : c.divergences()) {
      out.printf(Locale.ROOT, "%s vs %s: %.1f km2 (%.3f %% official) assigned differently%n", d.to(), d.from(),
          d.total().km2(), d.total().officialPercent());
      for (Comparison.Transfer t : d.transfers()) {
        out.printf(Locale.ROOT, "  %s -> %s: %.1f km2%n", t.fromParty(), t.toParty(), t.area().km2());
      }
    }
  }

  private void row(String label, Figure f) {
    out.printf(Locale.ROOT, "%-14s %12.1f %9.3f %12.1f %9.3f%n", label, f.km2(), f.percent(), f.officialKm2(),
        f.officialPercent());
  }
}
