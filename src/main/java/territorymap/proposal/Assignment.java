package territorymap.proposal;

import territorymap.territory.TerritoryExpression;

/**
 * One term of a proposal: a territory, who gets it, and on what terms.
 *
 * @param territory the territory, evaluated against the layer a report uses
 * @param party who gets it
 * @param status on what terms
 * @param note what the sources say of this term, in the project's words; may be {@code null}
 */
public record Assignment(TerritoryExpression territory, Party party, Status status, String note) {}
