package territorymap.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
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
  private final Runnable onDeparture;
  /** True while the interest registered here is still pending. */
  private final AtomicBoolean pending = new AtomicBoolean();
  /**
   * Set by {@link #close}; guarded by this. A readiness reported late (after the answer was sent and
   * the client may have sent its next request) must neither read the connection nor cancel.
   */
  private boolean closed;
  private final Callback readable = Callback.from(Invocable.InvocationType.NON_BLOCKING, this::onReadable,
      failure -> pending.set(false));

  private ClientDeparture(AbstractEndPoint endPoint, Runnable onDeparture) {
    this.endPoint = endPoint;
    this.onDeparture = onDeparture;
  }

  /** Calls {@code onDeparture} (from a Jetty thread, so it must not block) if the client of {@code ctx} leaves. */
  static ClientDeparture watch(Context ctx, Runnable onDeparture) {
    Request request;
    try {
      request = ServletContextRequest.getServletContextRequest(ctx.req());
    } catch (IllegalStateException e) {
      return new ClientDeparture(null, onDeparture);
    }
    request.addFailureListener(failure -> onDeparture.run());
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    if (!(endPoint instanceof AbstractEndPoint watched)) {
      return new ClientDeparture(null, onDeparture);
    }
    ClientDeparture departure = new ClientDeparture(watched, onDeparture);
    departure.arm();
    return departure;
  }

  private void arm() {
    pending.set(true);
    if (!endPoint.tryFillInterested(readable)) {
      pending.set(false); // Jetty is reading it itself: its failure listener tells
    }
  }

  /**
   * The selector may report a connection readable with nothing to read: one byte is asked for, and
   * only the end of the stream (or data, a pipelined request) counts as the client's leaving.
   */
  private synchronized void onReadable() {
    if (closed || !pending.getAndSet(false)) {
      return;
    }
    int read;
    try {
      read = endPoint.fill(ByteBuffer.allocate(1).flip());
    } catch (IOException e) {
      read = -1;
    }
    if (read == 0) {
      arm();
    } else {
      onDeparture.run();
    }
  }

  /** Withdraws the interest in the connection, if it is still pending. */
  @Override
  public synchronized void close() {
    closed = true;
    if (endPoint != null && pending.getAndSet(false)) {
      endPoint.getFillInterest().onFail(DONE);
    }
  }
}
