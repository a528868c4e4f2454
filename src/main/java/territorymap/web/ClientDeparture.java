package territorymap.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Tells when the client of a request being computed goes away, so that its computation can stop.
 *
 * <p>Jetty does not read a connection while its request is handled (the body has been read in
 * full, {@link WholeBodies}), so it would see the client's leaving only when writing the answer.
 * This asks to be told when the connection becomes readable meanwhile: for an HTTP/1.1 client
 * waiting for its answer that means it has closed the connection (or, rarely, pipelined its next
 * request, whose evaluation is then refused like a departed one's). Jetty's own failure listener
 * is registered too, for the failures it does see. {@link #close} withdraws the interest before
 * Jetty needs the connection again.
 */
final class ClientDeparture implements AutoCloseable {

  private static final Throwable DONE = new IllegalStateException("computation done");

  private final AbstractEndPoint endPoint;
  /** True while the interest registered here is still pending. */
  private final AtomicBoolean pending = new AtomicBoolean();

  private ClientDeparture(AbstractEndPoint endPoint) {
    this.endPoint = endPoint;
  }

  /** Calls {@code onDeparture} (from a Jetty thread, so it must not block) if the client of {@code ctx} leaves. */
  static ClientDeparture watch(Context ctx, Runnable onDeparture) {
    Request request;
    try {
      request = ServletContextRequest.getServletContextRequest(ctx.req());
    } catch (IllegalStateException e) {
      return new ClientDeparture(null);
    }
    request.addFailureListener(failure -> onDeparture.run());
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    if (!(endPoint instanceof AbstractEndPoint watched)) {
      return new ClientDeparture(null);
    }
    ClientDeparture departure = new ClientDeparture(watched);
    departure.pending.set(true);
    Callback readable = Callback.from(Invocable.InvocationType.NON_BLOCKING, () -> {
      if (departure.pending.getAndSet(false)) {
        onDeparture.run();
      }
    }, failure -> departure.pending.set(false));
    if (!watched.tryFillInterested(readable)) {
      departure.pending.set(false); // Jetty is reading it itself: its failure listener tells
    }
    return departure;
  }

  /** Withdraws the interest in the connection, if it is still pending. */
  @Override
  public void close() {
    if (endPoint != null && pending.getAndSet(false)) {
      endPoint.getFillInterest().onFail(DONE);
    }
  }
}
