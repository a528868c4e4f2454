package territorymap;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import territorymap.figures.AreaReport;
import territorymap.figures.Comparison;
import territorymap.figures.Figure;
import territorymap.figures.PeopleReport;
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

  void report(AreaReport r, PeopleReport people) {
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
    people(people);
  }

  /** The pre-war population, estimate: per party, per change, per region, and the largest places moved. */
  void people(PeopleReport p) {
    out.printf(Locale.ROOT, "%s (of %,d; %s):%n", p.name(), p.nationalPersons(), p.credit());
    out.printf(Locale.ROOT, "%-16s %12s %9s%n", "", "persons", "%");
    p.parties().forEach((party, persons) -> persons(party.id(), persons));
    persons("ceded by UA", p.change().cededByUkraine());
    persons("returned by RU", p.change().returnedByRussia());
    persons("net for UA", p.change().netForUkraine());
    out.printf(Locale.ROOT, "%-6s %-28s %12s", "code", "region", "persons");
    p.regions().get(0).parties().keySet().forEach(party -> out.printf(Locale.ROOT, " %12s", party.id()));
    out.printf(Locale.ROOT, " %12s %12s%n", "ceded by UA", "returned RU");
    for (PeopleReport.RegionPeople region : p.regions()) {
      out.printf(Locale.ROOT, "%-6s %-28s %,12d", region.code(), region.name(), region.persons());
      region.parties().values().forEach(n -> out.printf(Locale.ROOT, " %,12d", n));
      out.printf(Locale.ROOT, " %,12d %,12d%n", region.cededByUkraine(), region.returnedByRussia());
    }
    PeopleReport.Settlements moved = p.settlementsChangingHands();
    out.printf(Locale.ROOT, "settlements changing hands: %d (%,d persons); the largest:%n", moved.count(), moved.persons());
    for (PeopleReport.Settlement s : moved.largest()) {
      out.printf(Locale.ROOT, "  %-24s %-6s %,10d  %s -> %s%n", s.name(), s.region(), s.population(), s.from(), s.to());
    }
  }

  private void persons(String label, PeopleReport.Persons persons) {
    out.printf(Locale.ROOT, "%-16s %,12d %9.3f%n", label, persons.persons(), persons.percentOfNational());
  }

  void comparison(Comparison c, List<PeopleReport> people) {
    List<AreaReport> reports = c.reports();
    out.printf(Locale.ROOT, "%-14s", "official %");
    reports.forEach(r -> out.printf(Locale.ROOT, " %28s", r.id()));
    out.println();
    for (Party party : Party.values()) {
      out.printf(Locale.ROOT, "%-14s", party.id());
      reports.forEach(r -> out.printf(Locale.ROOT, " %28.3f", r.parties().get(party).officialPercent()));
      out.println();
    }
    out.println(PeopleReport.NAME + ", persons:");
    for (Party party : Party.values()) {
      out.printf(Locale.ROOT, "%-14s", party.id());
      people.forEach(p -> out.printf(Locale.ROOT, " %,28d", p.parties().get(party).persons()));
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
