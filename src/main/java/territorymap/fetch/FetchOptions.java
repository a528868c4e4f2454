package territorymap.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What to fetch and how politely.
 *
 * @param source where from
 * @param base the base URL (the source's own unless the user gives another, as the tests do)
 * @param since the first date to keep, or {@code null} for the first there is
 * @param until the last date to keep, or {@code null} for the newest
 * @param everyDays keep one snapshot per this many days (1: every date)
 * @param into the folder of layer files
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a response may send nothing (headers or body) before it counts as
 *     stalled
 * @param attempts how many times one request is tried in all (429, 5xx, a reset or stalled
 *     connection are tried again; other errors are not)
 * @param firstBackoff the wait before the second attempt, doubled before each further one, unless
 *     the server says how long with {@code Retry-After}
 * @param longestRetryAfter the longest {@code Retry-After} honoured; a server asking for more is a
 *     failure, not a wait
 */
public record FetchOptions(FetchSource source, URI base, LocalDate since, LocalDate until, int everyDays,
    Path into, Duration connectTimeout, Duration readTimeout, int attempts, Duration firstBackoff,
    Duration longestRetryAfter) {

  public FetchOptions {
    if (everyDays < 1) {
      throw new IllegalArgumentException("--every takes a number of days of at least 1, not " + everyDays);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  /** The defaults for a source: its own URL, every date, into {@code layers/}, polite timeouts. */
  public static FetchOptions defaults(FetchSource source) {
    return new FetchOptions(source, source.defaultBase(), null, null, 1, Path.of("layers"),
        Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  public FetchOptions withBase(URI newBase) {
    return new FetchOptions(source, newBase, since, until, everyDays, into, connectTimeout, readTimeout,
        attempts, firstBackoff, longestRetryAfter);
  }

  public FetchOptions withDates(LocalDate newSince, LocalDate newUntil, int newEveryDays) {
    return new FetchOptions(source, base, newSince, newUntil, newEveryDays, into, connectTimeout, readTimeout,
        attempts, firstBackoff, longestRetryAfter);
  }

  public FetchOptions withInto(Path folder) {
    return new FetchOptions(source, base, since, until, everyDays, folder, connectTimeout, readTimeout,
        attempts, firstBackoff, longestRetryAfter);
  }

  /** The same with other timeouts and retry pacing. */
  public FetchOptions withPacing(Duration newReadTimeout, int newAttempts, Duration newFirstBackoff) {
    return new FetchOptions(source, base, since, until, everyDays, into, connectTimeout, newReadTimeout,
        newAttempts, newFirstBackoff, longestRetryAfter);
  }

  /** Whether a date is within {@code --since} and {@code --until}. */
  boolean inRange(LocalDate date) {
    return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
  }

  /** The URL of a path under the base, e.g. {@code api/history/public}. */
  URI resolve(String path) {
    String b = base.toString();
    return URI.create(b.endsWith("/") ? b + path : b + "/" + path);
  }
}
