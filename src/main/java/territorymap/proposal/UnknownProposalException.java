package territorymap.proposal;

/** A proposal id that is not in the catalogue, with the request field that named it. */
public final class UnknownProposalException extends RuntimeException {

  private final String id;
  private final String field;

  /** An unknown id named by the field {@code id} (a path parameter or a definition's id). */
  public UnknownProposalException(String id) {
    this(id, "id");
  }

  public UnknownProposalException(String id, String field) {
    super("no proposal with id \"" + id + "\" (see GET /proposals)");
    this.id = id;
    this.field = field;
  }

  public String id() {
    return id;
  }

  /** The request field that named the proposal. */
  public String field() {
    return field;
  }
}
