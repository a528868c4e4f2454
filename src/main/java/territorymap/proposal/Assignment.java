package territorymap.proposal;

import java.util.List;
import territorymap.territory.TerritoryExpression;

/**
 * One term of a proposal: a territory, and on what terms it is given.
 *
 * @param territory the territory, evaluated against the layer a report uses
 * @param terms who holds it, under what regime, recognised how
 * @param note what the sources say of this term, in the project's words; may be {@code null}
 * @param sources the ids of the proposal's sources that say it
 */
public record Assignment(TerritoryExpression territory, Terms terms, Text note, List<String> sources) {

  public Assignment {
    sources = List.copyOf(sources);
  }
}
