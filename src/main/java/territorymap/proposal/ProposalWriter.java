package territorymap.proposal;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates, replaces and deletes the proposals made through the API. A definition is stored only
 * after it has been read as strictly as the seeded ones (every field and the layer, by the
 * {@link ProposalReader}) and has passed the caller's evaluation, which checks what only
 * evaluating it tells (that its assignments do not overlap on its own layer) and whose result is
 * handed back, so that a write evaluates a definition once. Seeded proposals are read-only.
 */
public final class ProposalWriter {

  private final Catalogue catalogue;

  public ProposalWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Stores a new proposal.
   *
   * @param evaluate evaluates the definition, throwing {@link DefinitionException} if it cannot be
   *     used; its result is returned
   * @throws DefinitionException if the definition is invalid (naming the field)
   * @throws ProposalConflictException if the id is taken
   * @throws StoreUnavailableException if the store cannot be reached
   */
  public <R> R create(ProposalReader.Reading reading, Function<ProposalReader.Reading, R> evaluate) {
    R result = evaluate.apply(reading);
    Proposal proposal = reading.proposal();
    if (catalogue.isSeeded(proposal.id()) || !catalogue.store().insert(proposal.id(), proposal.definition())) {
      throw new ProposalConflictException("a proposal with id \"" + proposal.id() + "\" exists; choose another id");
    }
    return result;
  }

  /**
   * Replaces a proposal made through the API; the definition's id must be the path's. A seeded id
   * is refused before the definition is read.
   */
  public <R> R replace(String id, Supplier<ProposalReader.Reading> read,
      Function<ProposalReader.Reading, R> evaluate) {
    refuseSeeded(id);
    ProposalReader.Reading reading = read.get();
    R result = evaluate.apply(reading);
    Proposal proposal = reading.proposal();
    if (!proposal.id().equals(id)) {
      throw new DefinitionException("request body", "id", "is \"" + proposal.id()
          + "\" but the path names \"" + id + "\"");
    }
    if (!catalogue.store().update(id, proposal.definition())) {
      throw new UnknownProposalException(id);
    }
    return result;
  }

  /** Deletes a proposal made through the API. */
  public void delete(String id) {
    refuseSeeded(id);
    if (!catalogue.store().delete(id)) {
      throw new UnknownProposalException(id);
    }
  }

  private void refuseSeeded(String id) {
    if (catalogue.isSeeded(id)) {
      throw new ProposalConflictException("\"" + id + "\" is a seeded proposal and read-only;"
          + " POST a copy under a new id to change it");
    }
  }
}
