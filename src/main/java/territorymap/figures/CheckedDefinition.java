package territorymap.figures;

import java.util.List;
import territorymap.proposal.Proposal;

/**
 * A definition read and evaluated on its own layer, as a write or a preview needs it.
 *
 * @param allocation the proposal on its own layer
 * @param report its figures
 * @param warnings repairs made to the definition, each naming the field
 */
public record CheckedDefinition(Proposal proposal, Allocation allocation, AreaReport report, List<String> warnings) {

  public CheckedDefinition {
    warnings = List.copyOf(warnings);
  }
}
