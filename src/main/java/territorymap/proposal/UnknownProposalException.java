package territorymap.proposal;

/** A proposal id that is not in the catalogue. */
public final class UnknownProposalException extends RuntimeException {

  private final String id;

  public UnknownProposalException(String id) {
    super("no proposal with id \"" + id + "\" (see GET /proposals)");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
