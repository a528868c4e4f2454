package territorymap.proposal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates, replaces and deletes the proposals made through the API. A definition is stored only
 * after it has been read as strictly as the seeded ones (every field and the layer, by the
 * {@link ProposalReader}) and has passed the caller's evaluation, which checks what only
 * evaluating it tells (that its assignments do not overlap on its own layer) and whose result is
 * handed back, so that a write evaluates a definition once. Seeded proposals are read-only.
 *
 * <p>Every write draws a new revision; a change can name the revision it expects, and the store
 * checks it in the same statement that writes, so that of two writers who read the same revision
 * one gets {@link ProposalChangedException} and neither edit is lost unseen.
 */
public final class ProposalWriter {

  /**
   * A proposal as written.
   *
   * @param result what the caller's evaluation gave
   * @param revision the stored revision (for its ETag)
   */
  public record Written<R>(R result, long revision) {}

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
  public <R> Written<R> create(ProposalReader.Reading reading, Function<ProposalReader.Reading, R> evaluate) {
    R result = evaluate.apply(reading);
    Proposal proposal = reading.proposal();
    long revision = newRevision();
    if (catalogue.isSeeded(proposal.id())
        || !catalogue.store().insert(proposal.id(), proposal.definition(), revision)) {
      throw new ProposalConflictException("a proposal with id \"" + proposal.id() + "\" exists; choose another id");
    }
    return new Written<>(result, revision);
  }

  /**
   * Replaces a proposal made through the API; the definition's id must be the path's. A seeded id
   * is refused before the definition is read.
   *
   * @param expected the revision the writer last saw, or {@code null} to replace whatever is stored
   * @throws ProposalChangedException if the stored revision is no longer {@code expected}
   */
  public <R> Written<R> replace(String id, Supplier<ProposalReader.Reading> read,
      Function<ProposalReader.Reading, R> evaluate, Long expected) {
    refuseSeeded(id);
    ProposalReader.Reading reading = read.get();
    R result = evaluate.apply(reading);
    Proposal proposal = reading.proposal();
    if (!proposal.id().equals(id)) {
      throw new DefinitionException("request body", "id", "is \"" + proposal.id()
          + "\" but the path names \"" + id + "\"");
    }
    long revision = newRevision();
    changed(id, catalogue.store().update(id, proposal.definition(), revision, expected));
    return new Written<>(result, revision);
  }

  /** Deletes a proposal made through the API, if its revision is {@code expected} (any if null). */
  public void delete(String id, Long expected) {
    refuseSeeded(id);
    changed(id, catalogue.store().delete(id, expected));
    catalogue.forget(id);
  }

  private static void changed(String id, ProposalStore.Change change) {
    switch (change) {
      case NOT_FOUND -> throw new UnknownProposalException(id);
      case CONFLICT -> throw new ProposalChangedException(id);
      case DONE -> { }
    }
  }

  /** A revision for a write: random, so that no two writes of an id share one, even across a delete. */
  private static long newRevision() {
    return ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  private void refuseSeeded(String id) {
    if (catalogue.isSeeded(id)) {
      throw new ProposalConflictException("\"" + id + "\" is a seeded proposal and read-only;"
          + " POST a copy under a new id to change it");
    }
  }
}
