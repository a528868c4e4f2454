package territorymap.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import territorymap.proposal.Party;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;
import territorymap.territory.Territory;

/**
 * Two or three proposals side by side on one control layer: their reports, and for each one after
 * the first, the territory it gives to a different party than the first does.
 *
 * @param ids the proposals compared, the first being the baseline
 * @param reports their area reports, in the same order
 * @param divergences one per proposal after the first, against the first
 */
public record Comparison(List<String> ids, List<AreaReport> reports, List<Divergence> divergences) {

  /**
   * Where proposal {@code to} parts from proposal {@code from}.
   *
   * @param total all territory the two give to different parties
   * @param parties for each party, its area under {@code to} minus its area under {@code from}
   * @param transfers territory given to party {@code fromParty} by the first and {@code toParty} by
   *     the second, for every pair of parties with any
   * @param regions the area given differently per region, where there is any
   */
  public record Divergence(String from, String to, Figure total, Map<Party, Figure> parties,
      List<Transfer> transfers, List<RegionDivergence> regions) {

    public Divergence {
      parties = Parties.copy(parties);
      transfers = List.copyOf(transfers);
      regions = List.copyOf(regions);
    }
  }

  /**
   * Territory that goes to {@code fromParty} under one proposal and {@code toParty} under the other.
   *
   * @param territory the territory itself, for a map
   */
  public record Transfer(Party fromParty, Party toParty, Figure area, Territory territory) {}

  /** A region's territory given differently. */
  public record RegionDivergence(String code, String name, String nameUk, Figure area) {}

  public Comparison {
    ids = List.copyOf(ids);
    reports = List.copyOf(reports);
    divergences = List.copyOf(divergences);
  }

  /** Compares allocations made on one partition; the first is the baseline. */
  static Comparison of(List<Allocation> allocations, List<AreaReport> reports) {
    Allocation base = allocations.get(0);
    List<Divergence> divergences = new ArrayList<>();
    for (int i = 1; i < allocations.size(); i++) {
      divergences.add(divergence(base, allocations.get(i)));
    }
    return new Comparison(allocations.stream().map(a -> a.proposal().id()).toList(), reports, divergences);
  }

  private static Divergence divergence(Allocation a, Allocation b) {
    Boundaries boundaries = a.partition().boundaries();
    List<Transfer> transfers = new ArrayList<>();
    List<Territory> moved = new ArrayList<>();
    for (Party fromParty : Party.values()) {
      for (Party toParty : Party.values()) {
        if (fromParty == toParty) {
          continue;
        }
        Territory territory = a.territoryOf(fromParty).intersection(b.territoryOf(toParty));
        if (territory.isEmpty()) {
          continue;
        }
        transfers.add(new Transfer(fromParty, toParty, Measure.of(List.of(territory), boundaries).figure(boundaries),
            territory));
        moved.add(territory);
      }
    }
    Map<Party, Figure> parties = new EnumMap<>(Party.class);
    for (Party party : Party.values()) {
      // From unrounded areas, so that one party's gain mirrors the other's loss exactly.
      Measure x = Measure.of(List.of(a.territoryOf(party)), boundaries);
      Measure y = Measure.of(List.of(b.territoryOf(party)), boundaries);
      parties.put(party, y.minus(x).figure(boundaries));
    }
    List<RegionDivergence> regions = new ArrayList<>();
    for (Region region : boundaries.regions()) {
      List<Territory> inRegion = moved.stream().map(t -> onlyRegion(t, region.code())).toList();
      Figure area = Measure.of(inRegion, boundaries).figure(boundaries);
      if (area.km2() > 0) {
        regions.add(new RegionDivergence(region.code(), region.official().name(), region.official().nameUk(), area));
      }
    }
    return new Divergence(a.proposal().id(), b.proposal().id(), Measure.of(moved, boundaries).figure(boundaries),
        parties, transfers, regions);
  }

  private static Territory onlyRegion(Territory territory, String code) {
    List<Atom> atoms = territory.atoms().stream().filter(atom -> atom.code().equals(code)).toList();
    return territory.intersection(Territory.ofAtoms(territory.partition(), atoms));
  }
}
