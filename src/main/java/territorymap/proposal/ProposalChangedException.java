package territorymap.proposal;

/**
 * A conditional change refused: the stored proposal is no longer at the revision the writer
 * last saw, because someone else has changed or replaced it since.
 */
public final class ProposalChangedException extends RuntimeException {

  public ProposalChangedException(String id) {
    super("proposal \"" + id + "\" has been changed since you read it; read it again (GET /proposals/" + id
        + "), make your change on that, and send it with its new ETag in If-Match");
  }
}
