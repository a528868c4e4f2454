package territorymap.web;

import java.time.Duration;

/**
 * What the service grants one client: how long a request may take to arrive, how many connections
 * are served at once, and how long a computation may run and how many at once.
 *
 * @param requestDeadline from its first byte, the time a request's line, headers and body have to
 *     arrive in full; a slower client's connection is closed
 * @param idleTimeout how long a connection may stay silent before it is closed
 * @param maxConnections connections served at once; beyond it, new ones wait to be accepted
 * @param computeDeadline how long one evaluation of a definition (a write or a preview) may run
 *     before it is stopped and answered 503
 * @param computeThreads evaluations run at once; one more waits at most half a second for a thread,
 *     then is answered 503; never queued
 */
public record Limits(Duration requestDeadline, Duration idleTimeout, int maxConnections, Duration computeDeadline,
    int computeThreads) {

  /**
   * The defaults: 5 s to send a request's head and 5 s more for its body (the page's definitions
   * are tens of kB; the largest body accepted, 2 MiB, then needs 400 kB/s), 30 s idle, 4,096
   * connections, 2 s per evaluation on one thread less than there are processors (at least one):
   * an evaluation keeps its core busy to the end of its current geometric operation, so on a
   * machine of two cores, two at once left none for {@code /health} and the cached reads (measured
   * with {@code bench/abuse.sh}: {@code /health} p99 153 ms under a flood of previews).
   */
  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30), 4096,
      Duration.ofSeconds(2), Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

  public Limits {
    if (requestDeadline.isNegative() || requestDeadline.isZero() || computeDeadline.isNegative()
        || computeDeadline.isZero() || maxConnections < 1 || computeThreads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** These limits with another compute deadline. */
  public Limits withComputeDeadline(Duration deadline) {
    return new Limits(requestDeadline, idleTimeout, maxConnections, deadline, computeThreads);
  }

  /** These limits with another number of evaluations at once. */
  public Limits withComputeThreads(int threads) {
    return new Limits(requestDeadline, idleTimeout, maxConnections, computeDeadline, threads);
  }
}
