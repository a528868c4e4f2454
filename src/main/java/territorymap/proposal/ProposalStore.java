package territorymap.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where proposals made through the API are kept: the definitions as JSON text, by id. The service
 * keeps no other state of its own, so that several instances can share one store.
 *
 * <p>Every method may throw {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface ProposalStore {

  /**
   * A stored definition.
   *
   * @param revision drawn anew at every write of the definition (not a counter: an id deleted and
   *     made again does not repeat its old revisions)
   */
  record Stored(String id, String definition, long revision) {}

  /**
   * A stored proposal as the list pages through it: what the store keeps beside the definition,
   * so that a page of the list never reads the definitions.
   *
   * @param layer the date of the definition's layer
   * @param revision the definition's revision: with the id, which version the row is
   */
  record Listed(String id, String title, LocalDate layer, long revision) {}

  /** What a conditional change found. */
  enum Change {
    DONE,
    NOT_FOUND,
    /** The definition's revision is no longer the one expected: someone else changed it. */
    CONFLICT
  }

  Optional<Stored> find(String id);

  /** All stored definitions, ordered by id. */
  List<Stored> all();

  /**
   * One page of the stored proposals, ordered by id: those after {@code after} whose id or title
   * contains {@code search}, at most {@code limit} of them. A page costs the rows it answers, not
   * the size of the store (keyset paging), and holds no definition.
   *
   * @param after the last id of the page before, or {@code null} for the first page
   * @param search a text to find, case-insensitively, in the id or the title; {@code null} for all
   */
  List<Listed> page(String after, String search, int limit);

  /** Stores a new definition at a revision; {@code false} if the id is taken. */
  boolean insert(String id, String definition, long revision);

  /**
   * Replaces a definition and its revision, in one step with the check of {@code expected}: of
   * two writers expecting the same revision, one gets {@link Change#CONFLICT}.
   *
   * @param expected the revision the writer last saw, or {@code null} to replace any
   */
  Change update(String id, String definition, long revision, Long expected);

  /** Deletes a definition if its revision is {@code expected} (any if {@code null}). */
  Change delete(String id, Long expected);

  /** A store that holds nothing and refuses writes: for the command line. */
  ProposalStore NONE = new ProposalStore() {
    @Override
    public Optional<Stored> find(String id) {
      return Optional.empty();
    }

    @Override
    public List<Stored> all() {
      return List.of();
    }

    @Override
    public List<Listed> page(String after, String search, int limit) {
      return List.of();
    }

    @Override
    public boolean insert(String id, String definition, long revision) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }

    @Override
    public Change update(String id, String definition, long revision, Long expected) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }

    @Override
    public Change delete(String id, Long expected) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }
  };
}
