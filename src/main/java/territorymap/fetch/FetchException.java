package territorymap.fetch;

/**
 * A fetch that could not be completed: the message names the URL (or snapshot) and what went
 * wrong (HTTP status, a stalled or truncated response, a shape the fetcher does not know), so
 * that a user can tell an outage from a change upstream.
 */
public final class FetchException extends RuntimeException {

  private final int status;

  public FetchException(String message) {
    this(message, 0, null);
  }

  public FetchException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  FetchException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the server answered with, or 0 if the failure was not an HTTP answer. */
  public int status() {
    return status;
  }
}
