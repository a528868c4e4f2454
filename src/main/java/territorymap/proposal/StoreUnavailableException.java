package territorymap.proposal;

/** The proposal store cannot be reached or failed; the request may succeed later. */
public final class StoreUnavailableException extends RuntimeException {

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
