package territorymap.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.Source;
import territorymap.proposal.Text;

/**
 * A proposal as the list shows it: what it is, and its headline figures on its own layer. Small
 * (no definition, no region figures), so that thousands can be kept.
 *
 * @param variantOf the proposal this one is a variant of, or {@code null}
 * @param variant what distinguishes the variant, or {@code null}
 * @param date the day the proposal was reported
 * @param layer the layer the figures are on: the proposal's own
 * @param parties each party's area, both bases
 * @param change against the control layer
 */
public record Headline(String id, String variantOf, Text variant, Text title, LocalDate date, Text summary,
    List<Source> sources,
    AreaReport.LayerInfo layer, Map<Party, Figure> parties, AreaReport.Change change) {

  public Headline {
    sources = List.copyOf(sources);
    parties = Parties.copy(parties);
  }

  /** The headline of a proposal from its report on its own layer. */
  public static Headline of(Proposal proposal, AreaReport report) {
    return new Headline(proposal.id(), proposal.variantOf(), proposal.variant(), proposal.title(), proposal.date(), proposal.summary(), proposal.sources(),
        report.layer(), report.parties(), report.change());
  }
}
