package territorymap.web;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Receives a request's body in full, without holding a thread, before the routes see the request:
 * a client that sends its body slowly, or stops half-way, then costs a connection until the
 * deadline (then 408, and the connection closed) but never one of the request threads, which the
 * routes' blocking reads would otherwise hold for as long as the client likes.
 *
 * <p>Only the bodies of POST and PUT, the methods whose routes read one, and of at most
 * {@code maxBytes}, are received this way; a {@code Content-Length} above
 * that goes straight to the routes, which answer 413 without reading it, and a chunked body that
 * grows past it is answered 413 here.
 */
final class WholeBodies extends Handler.Wrapper {

  private final int maxBytes;
  private final Duration deadline;

  /**
   * @param maxBytes the largest body received here
   * @param deadline the time a body has to arrive in full once its request's head is in; a slower
   *     one is answered 408 and its connection closed
   */
  WholeBodies(int maxBytes, Duration deadline) {
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    boolean routesRead = HttpMethod.POST.is(request.getMethod()) || HttpMethod.PUT.is(request.getMethod());
    if (!routesRead || (length <= 0 && !chunked) || length > maxBytes) {
      return super.handle(request, response, callback);
    }
    AtomicBoolean answered = new AtomicBoolean();
    Scheduler.Task late = request.getComponents().getScheduler().schedule(() -> {
      if (answered.compareAndSet(false, true)) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408,
            "the request body did not arrive within " + deadline.toSeconds() + " s");
      }
    }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    Content.Source.asByteArrayAsync(request, maxBytes).whenComplete((bytes, failure) -> {
      late.cancel();
      if (!answered.compareAndSet(false, true)) {
        return;
      }
      // Run the routes on a request thread, never on the thread that completed the read.
      request.getComponents().getExecutor().execute(() -> {
        if (failure != null) {
          fail(request, response, callback, failure instanceof CompletionException ? failure.getCause() : failure);
          return;
        }
        try {
          if (!super.handle(new Received(request, bytes), response, callback)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
          }
        } catch (Throwable e) {
          callback.failed(e);
        }
      });
    });
    return true;
  }

  private void fail(Request request, Response response, Callback callback, Throwable failure) {
    if (failure instanceof IllegalArgumentException) {
      Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
          "request bodies are limited to " + maxBytes + " bytes");
    } else {
      // The connection failed or was cut for sending too slowly: no one is left to answer.
      callback.failed(failure);
    }
  }

  /** The request with its body already received: one last chunk. */
  private static final class Received extends Request.Wrapper {
    private byte[] body;

    Received(Request request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public Content.Chunk read() {
      byte[] rest = body;
      body = null;
      return rest == null ? Content.Chunk.EOF : Content.Chunk.from(ByteBuffer.wrap(rest), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
