package territorymap.proposal;

/**
 * A write that conflicts with what exists: an id that is taken, or a read-only proposal. The
 * field at fault is the proposal's {@code id}.
 */
public final class ProposalConflictException extends RuntimeException {

  public ProposalConflictException(String message) {
    super(message);
  }

  /** The field at fault: always the proposal's id. */
  public String field() {
    return "id";
  }
}
