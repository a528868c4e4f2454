package territorymap.proposal;

/** A write that conflicts with what exists: an id that is taken, or a read-only proposal. */
public final class ProposalConflictException extends RuntimeException {

  public ProposalConflictException(String message) {
    super(message);
  }
}
