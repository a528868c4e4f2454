package territorymap.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.Recognition;
import territorymap.proposal.Regime;
import territorymap.proposal.Text;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;
import territorymap.territory.Territory;

/**
 * What a proposal gives to whom, in km² and % of Ukraine, on the geodesic and the official basis
 * ({@link Figure}), by holder, by regime, by share, by region, and as a change against the control
 * layer.
 * Every report names the layer (and whether it is approximate) and the boundary data it comes from.
 *
 * @param id the proposal
 * @param title its title
 * @param layer the control layer it was evaluated against
 * @param boundaries the boundary data
 * @param unassigned the rule for territory no assignment names
 * @param total Ukraine's area on both bases
 * @param parties for each holder, in {@link Party} order
 * @param regimes for each regime, in {@link Regime} order (whoever holds the territory)
 * @param shares each share of the allocation: its terms and area
 * @param change against the control layer
 * @param regions per unit, ordered by code
 */
public record AreaReport(String id, Text title, LayerInfo layer, BoundaryInfo boundaries,
    UnassignedRule unassigned, Total total, Map<Party, Figure> parties, Map<Regime, Figure> regimes,
    List<ShareFigure> shares, Change change, List<RegionFigures> regions) {

  public AreaReport {
    parties = Parties.copy(parties);
    regimes = Collections.unmodifiableMap(new EnumMap<>(regimes));
    shares = List.copyOf(shares);
    regions = List.copyOf(regions);
  }

  /**
   * The control layer: its date, whether it is approximate, where it comes from (a mapped layer
   * that supersedes the project's approximation of its date says so here), and its name, by which
   * a request names it ({@code layer=}): the date, or {@code DATE-approximate} for the project's
   * approximation.
   */
  public record LayerInfo(LocalDate date, boolean approximate, String source, String name) {
    /** The layer of a partition. */
    public static LayerInfo of(Partition partition) {
      return new LayerInfo(partition.layer().date(), partition.layer().approximate(), partition.layer().source(),
          partition.layer().name());
    }
  }

  /** The boundary data: where it comes from, and whether it was a clean coverage as given. */
  public record BoundaryInfo(String source, boolean cleanCoverage) {
    static BoundaryInfo of(Boundaries boundaries) {
      return new BoundaryInfo(boundaries.source(), boundaries.coverage().validAsGiven());
    }
  }

  /** Ukraine's area: the geodesic sum of the 27 units, and their official areas added up ({@link OfficialBasis}), km². */
  public record Total(double km2, double officialKm2) {}

  /**
   * One share: its terms, the assignment it comes from, and area.
   *
   * @param party who holds it
   * @param thirdParty who the third party is, iff {@code party} is {@code third-party}
   */
  public record ShareFigure(Party party, Text thirdParty, Regime regime, Recognition recognition,
      Allocation.Origin assignment, Figure area) {}

  /**
   * Against the control layer: what leaves Ukraine's hands (to whom), what leaves Russia's (to
   * whom), and the net change in the territory Ukraine holds.
   */
  public record Change(Figure cededByUkraine, Figure cededToRussia, Figure cededToUndetermined,
      Figure cededToThirdParty, Figure returnedByRussia, Figure returnedToUkraine, Figure returnedToUndetermined,
      Figure returnedToThirdParty, Figure netForUkraine) {}

  /**
   * One region's figures. Its shares of all Ukraine are not for reading region by region (the web
   * leaves them out of a report); a region's shares are {@code percentOfRegion}.
   *
   * @param occupied the region's part under Russian control in the layer
   * @param parties each party's part of the region
   * @param percentOfRegion each party's share of the region, % (geodesic), rounded to 0.001
   */
  public record RegionFigures(String code, String name, String nameUk, Figure area, Figure occupied,
      Map<Party, Figure> parties, Map<Party, Double> percentOfRegion) {

    public RegionFigures {
      parties = Parties.copy(parties);
      percentOfRegion = Parties.copy(percentOfRegion);
    }
  }

  /** Builds the report of an allocation. */
  public static AreaReport of(Allocation allocation) {
    return new Builder(allocation).build();
  }

  private static final class Builder {
    private final Allocation allocation;
    private final Partition partition;
    private final Boundaries boundaries;

    /** Each atom's m² per party (by ordinal), summed over the shares once: the report reads it ~200 times. */
    private final Map<Atom, double[]> byAtom = new HashMap<>();

    Builder(Allocation allocation) {
      this.allocation = allocation;
      this.partition = allocation.partition();
      this.boundaries = partition.boundaries();
      for (Allocation.Share share : allocation.shares()) {
        for (Atom atom : share.territory().atoms()) {
          byAtom.computeIfAbsent(atom, a -> new double[PARTIES])[share.holder().ordinal()]
              += share.territory().areaM2(atom);
        }
      }
    }

    private static final int PARTIES = Party.values().length;

    private double areaM2(Party party, Atom atom) {
      double[] m2 = byAtom.get(atom);
      return m2 == null ? 0 : m2[party.ordinal()];
    }

    AreaReport build() {
      Map<Party, Figure> parties = new EnumMap<>(Party.class);
      for (Party party : Party.values()) {
        parties.put(party, figure(allocation.shares().stream()
            .filter(share -> share.holder() == party)
            .map(Allocation.Share::territory)
            .toList()));
      }
      Map<Regime, Figure> regimes = new EnumMap<>(Regime.class);
      for (Regime regime : Regime.values()) {
        regimes.put(regime, figure(allocation.shares().stream()
            .filter(share -> share.terms().regime() == regime)
            .map(Allocation.Share::territory)
            .toList()));
      }
      List<ShareFigure> shares = allocation.shares().stream()
          .map(s -> new ShareFigure(s.holder(), s.terms().thirdParty(), s.terms().regime(), s.terms().recognition(),
              s.origin(), allocation.area(s)))
          .toList();
      Proposal proposal = allocation.proposal();
      return new AreaReport(proposal.id(), proposal.title(),
          LayerInfo.of(partition), BoundaryInfo.of(boundaries),
          proposal.unassigned(), new Total(Rounding.km2(boundaries.totalM2() / 1e6), OfficialBasis.UNITS_KM2),
          parties, regimes, shares, change(), regions());
    }

    private Change change() {
      Measure gained = sideSum(Side.OCCUPIED, Party.UKRAINE);
      Measure lost = sideSum(Side.HELD, Party.RUSSIA, Party.UNDETERMINED, Party.THIRD_PARTY);
      return new Change(
          figure(lost),
          figure(sideSum(Side.HELD, Party.RUSSIA)),
          figure(sideSum(Side.HELD, Party.UNDETERMINED)),
          figure(sideSum(Side.HELD, Party.THIRD_PARTY)),
          figure(sideSum(Side.OCCUPIED, Party.UKRAINE, Party.UNDETERMINED, Party.THIRD_PARTY)),
          figure(gained),
          figure(sideSum(Side.OCCUPIED, Party.UNDETERMINED)),
          figure(sideSum(Side.OCCUPIED, Party.THIRD_PARTY)),
          figure(gained.minus(lost)));
    }

    /** The area on one side of the line that the proposal gives to any of the parties. */
    private Measure sideSum(Side side, Party... parties) {
      Measure sum = Measure.ZERO;
      for (Atom atom : partition.atoms()) {
        if (atom.side() != side) {
          continue;
        }
        for (Party party : parties) {
          sum = sum.plus(Measure.of(boundaries, atom, areaM2(party, atom)));
        }
      }
      return sum;
    }

    private List<RegionFigures> regions() {
      List<RegionFigures> result = new ArrayList<>();
      for (Region region : boundaries.regions()) {
        Atom occupied = new Atom(region.code(), Side.OCCUPIED);
        Atom held = new Atom(region.code(), Side.HELD);
        Map<Party, Figure> parties = new EnumMap<>(Party.class);
        Map<Party, Double> percentOfRegion = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
          double m2 = areaM2(party, occupied) + areaM2(party, held);
          parties.put(party, regionFigure(region, m2));
          percentOfRegion.put(party, Rounding.percent(100 * m2 / region.areaM2()));
        }
        result.add(new RegionFigures(region.code(), region.official().name(), region.official().nameUk(),
            regionFigure(region, region.areaM2()), regionFigure(region, partition.areaM2(occupied)),
            parties, percentOfRegion));
      }
      return result;
    }

    private Figure regionFigure(Region region, double m2) {
      return Figure.of(m2, OfficialBasis.km2(region, m2), boundaries.totalM2());
    }

    private Figure figure(List<Territory> territories) {
      return Measure.of(territories, boundaries).figure(boundaries);
    }

    private Figure figure(Measure measure) {
      return measure.figure(boundaries);
    }

  }
}
