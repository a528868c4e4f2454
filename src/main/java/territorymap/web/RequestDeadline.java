package territorymap.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the connections of clients that send a request's head too slowly: from its first byte, a
 * request's line and headers must have arrived within {@code deadline} (its body has the same time
 * again, see {@link WholeBodies}). An idle timeout alone does not do this: a client sending one byte
 * every few seconds is never idle for long.
 *
 * <p>Every {@link #SWEEP} the connections of the server's connectors are looked at; one whose HTTP
 * parser has been inside the same request's head since a sweep more than {@code deadline} ago is
 * closed. Parsing a head holds no request thread, only the connection. The parser's state is read
 * from another thread, so a request is judged up to one sweep late, never early.
 */
final class RequestDeadline extends AbstractLifeCycle {

  private static final Logger LOG = LoggerFactory.getLogger(RequestDeadline.class);

  /** How often connections are looked at. */
  static final Duration SWEEP = Duration.ofMillis(500);

  private final Server server;
  private final long deadlineNanos;
  /** When each connection was first seen inside its current request, System.nanoTime. */
  private final Map<EndPoint, Long> receiving = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  RequestDeadline(Server server, Duration deadline) {
    this.server = server;
    this.deadlineNanos = deadline.toNanos();
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected void doStop() {
    Scheduler.Task task = next;
    if (task != null) {
      task.cancel();
    }
    receiving.clear();
  }

  private void schedule() {
    if (isRunning() || isStarting()) {
      next = server.getScheduler().schedule(this::sweep, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void sweep() {
    try {
      long now = System.nanoTime();
      receiving.keySet().removeIf(endPoint -> !endPoint.isOpen());
      for (Connector connector : server.getConnectors()) {
        if (connector instanceof AbstractConnector c) {
          for (EndPoint endPoint : c.getConnectedEndPoints()) {
            check(endPoint, now);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Sweep of slow requests failed", e);
    } finally {
      schedule();
    }
  }

  private void check(EndPoint endPoint, long now) {
    if (!(endPoint.getConnection() instanceof HttpConnection http) || !inHead(http.getParser())) {
      receiving.remove(endPoint);
      return;
    }
    long since = receiving.computeIfAbsent(endPoint, e -> now);
    if (now - since > deadlineNanos) {
      LOG.debug("Closing {}: its request did not arrive within {} ms", endPoint.getRemoteSocketAddress(),
          deadlineNanos / 1_000_000);
      receiving.remove(endPoint);
      endPoint.close(new java.util.concurrent.TimeoutException("request not received within the deadline"));
    }
  }

  /** Whether the parser has begun a request and not reached its body or its end. */
  private static boolean inHead(HttpParser parser) {
    return switch (parser.getState()) {
      case START, END, CLOSE, CLOSED -> false;
      default -> !parser.inContentState();
    };
  }
}
