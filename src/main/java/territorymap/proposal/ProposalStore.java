package territorymap.proposal;

import java.util.List;
import java.util.Optional;

/**
 * Where proposals made through the API are kept: the definitions as JSON text, by id. The service
 * keeps no other state of its own, so that several instances can share one store.
 *
 * <p>Every method may throw {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface ProposalStore {

  /** A stored definition. */
  record Stored(String id, String definition) {}

  Optional<Stored> find(String id);

  /** All stored definitions, ordered by id. */
  List<Stored> all();

  /** Stores a new definition; {@code false} if the id is taken. */
  boolean insert(String id, String definition);

  /** Replaces a definition; {@code false} if there is none with that id. */
  boolean update(String id, String definition);

  /** Deletes a definition; {@code false} if there is none with that id. */
  boolean delete(String id);

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
    public boolean insert(String id, String definition) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }

    @Override
    public boolean update(String id, String definition) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }

    @Override
    public boolean delete(String id) {
      throw new StoreUnavailableException("no proposal store is configured", null);
    }
  };
}
