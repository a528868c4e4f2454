package territorymap.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import territorymap.proposal.Assignment;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.Terms;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.Partition;
import territorymap.territory.Side;
import territorymap.territory.Territory;
import territorymap.territory.TerritoryExpression;

/**
 * A proposal evaluated against one control layer: the whole country divided into shares, each a
 * territory with its terms (holder, regime, recognition). The shares do not overlap and together cover every
 * region: the proposal's assignments first, then the territory none of them names, given out by
 * the proposal's {@link UnassignedRule}.
 *
 * @param proposal the proposal evaluated
 * @param partition the layer's atoms it was evaluated on
 * @param shares the shares, assignments first; empty territories left out
 */
public record Allocation(Proposal proposal, Partition partition, List<Share> shares) {

  /** Overlaps below this many m² are taken as numerical noise from polygon overlay. */
  static final double OVERLAP_TOLERANCE_M2 = 100;

  /**
   * Territory on one set of terms.
   *
   * @param origin the assignment it comes from, or {@link Origin#UNASSIGNED}
   */
  public record Share(Terms terms, Territory territory, Origin origin) {
    /** Who holds it. */
    public Party holder() {
      return terms.holder();
    }
  }

  /** Where a share comes from: one of the proposal's assignments, or territory none of them names. */
  public sealed interface Origin {
    /** Territory no assignment names, given out by the proposal's {@link UnassignedRule}. */
    Origin UNASSIGNED = new Unassigned();

    /** Assignment {@code index} of the proposal, from 0. */
    record Assigned(int index) implements Origin {}

    /** See {@link #UNASSIGNED}. */
    record Unassigned() implements Origin {}
  }

  public Allocation {
    shares = List.copyOf(shares);
  }

  /**
   * Evaluates a proposal on a partition.
   *
   * @throws DefinitionException if two assignments overlap on this layer
   */
  public static Allocation of(Proposal proposal, Partition partition) {
    List<Share> shares = new ArrayList<>();
    Territory assigned = Territory.ofAtoms(partition, List.of());
    for (int i = 0; i < proposal.assignments().size(); i++) {
      Assignment assignment = proposal.assignments().get(i);
      Territory territory = assignment.territory().evaluate(partition);
      if (territory.intersection(assigned).areaM2() > OVERLAP_TOLERANCE_M2) {
        throw overlap(proposal, partition, i, territory, shares);
      }
      assigned = assigned.union(territory);
      if (!territory.isEmpty()) {
        shares.add(new Share(assignment.terms(), territory, new Origin.Assigned(i)));
      }
    }
    for (Side side : Side.values()) {
      Territory rest = new TerritoryExpression.AllOf(side).evaluate(partition).minus(assigned);
      if (!rest.isEmpty()) {
        shares.add(unassigned(proposal.unassigned(), side, rest));
      }
    }
    return new Allocation(proposal, partition, shares);
  }

  /** The error for assignment {@code i} overlapping earlier ones, naming the first it overlaps. */
  private static DefinitionException overlap(Proposal proposal, Partition partition, int i, Territory territory,
      List<Share> earlier) {
    for (Share share : earlier) {
      double m2 = territory.intersection(share.territory()).areaM2();
      if (m2 > OVERLAP_TOLERANCE_M2) {
        return new DefinitionException(proposal.id(), "assignments[" + i + "].territory", String.format(
            Locale.ROOT, "overlaps assignments[%d] by %.1f km² on the layer of %s; a piece of territory can"
                + " have one holder only", ((Origin.Assigned) share.origin()).index(), m2 / 1e6, partition.layer().date()));
      }
    }
    return new DefinitionException(proposal.id(), "assignments[" + i + "].territory",
        "overlaps the earlier assignments together on the layer of " + partition.layer().date());
  }

  private static Share unassigned(UnassignedRule rule, Side side, Territory rest) {
    return new Share(rule.terms(side), rest, Origin.UNASSIGNED);
  }

  /** A share's area on both bases. */
  public Figure area(Share share) {
    return Measure.of(List.of(share.territory()), partition.boundaries()).figure(partition.boundaries());
  }

  /** All territory the allocation gives one party. */
  Territory territoryOf(Party party) {
    Territory result = Territory.ofAtoms(partition, List.of());
    for (Share share : shares) {
      if (share.holder() == party) {
        result = result.union(share.territory());
      }
    }
    return result;
  }

}
