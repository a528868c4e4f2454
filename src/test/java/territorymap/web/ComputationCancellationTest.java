package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import territorymap.geo.Cancelled;

/**
 * {@link BoundedComputation} stops the work of a request whose client has gone, and of one past its
 * deadline: the work sees {@link Cancelled} at its next check. A route of its own runs work that
 * never ends by itself, so only a cancellation can end it.
 */
class ComputationCancellationTest {

  private BoundedComputation computation;
  private Javalin app;
  private CountDownLatch started;
  private CountDownLatch stopped;

  private void start(Duration deadline) {
    computation = new BoundedComputation(1, deadline);
    started = new CountDownLatch(1);
    stopped = new CountDownLatch(1);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.post("/work", ctx -> ctx.result(computation.run(ctx, this::endlessWork)));
      config.routes.post("/quick", ctx -> ctx.result(computation.run(ctx, () -> "done")));
      config.routes.exception(BoundedComputation.Refused.class, (e, ctx) -> ctx.status(503).result(e.reason().name()));
    }).start("127.0.0.1", 0);
  }

  /** Checks for cancellation as the geometry code does, until it is cancelled. */
  private String endlessWork() {
    started.countDown();
    try {
      while (true) {
        Cancelled.check();
        Thread.onSpinWait();
      }
    } catch (Cancelled e) {
      stopped.countDown();
      throw e;
    }
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
    computation.close();
  }

  @Test
  void workIsStoppedWhenItsClientDisconnects() throws Exception {
    start(Duration.ofMinutes(10));
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.getOutputStream().write(("POST /work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      assertTrue(started.await(10, TimeUnit.SECONDS), "the work did not start");
    }
    // The deadline is ten minutes away: only the client's leaving can have stopped it.
    assertTrue(stopped.await(20, TimeUnit.SECONDS), "the work went on after its client left");
  }

  @Test
  void workIsStoppedAtItsDeadlineAndAnswered503() throws Exception {
    start(Duration.ofMillis(300));
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
      assertTrue(answer.endsWith("DEADLINE"), answer);
    }
    assertTrue(stopped.await(20, TimeUnit.SECONDS), "the work went on after its deadline");
  }

  @Test
  void aSecondEvaluationWhileTheOnlyThreadStaysBusyIsRefused() throws Exception {
    start(Duration.ofMinutes(10));
    try (Socket first = new Socket("127.0.0.1", app.port())) {
      first.getOutputStream().write(("POST /work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
          .getBytes(StandardCharsets.US_ASCII));
      assertTrue(started.await(10, TimeUnit.SECONDS), "the work did not start");
      try (Socket second = new Socket("127.0.0.1", app.port())) {
        second.getOutputStream().write(("POST /work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close"
            + "\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
        String answer = new String(second.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals("HTTP/1.1 503", answer.substring(0, 12), answer);
        assertTrue(answer.endsWith("BUSY"), answer);
      }
    }
    assertTrue(stopped.await(20, TimeUnit.SECONDS), "the first work went on after its client left");
  }

  @Test
  void aConnectionKeptAliveServesOneComputationAfterAnother() throws Exception {
    start(Duration.ofSeconds(10));
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (int i = 0; i < 3; i++) {
        out.write("POST /quick HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String answer = readAnswer(in);
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("done"), "answer " + i + ": " + answer);
      }
    }
  }

  @Test
  void oneComputationAfterAnotherOnTheOnlyThreadIsNeverRefused() throws Exception {
    // The thread that has just answered may not yet be waiting for the next piece of work: that
    // moment must not count as busy.
    start(Duration.ofSeconds(10));
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      for (int i = 0; i < 300; i++) {
        socket.getOutputStream().write("POST /quick HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
            .getBytes(StandardCharsets.US_ASCII));
        String answer = readAnswer(socket.getInputStream());
        assertTrue(answer.startsWith("HTTP/1.1 200"), "answer " + i + ": " + answer);
      }
    }
  }

  /** One answer with a Content-Length, read without waiting for the connection to close. */
  private static String readAnswer(InputStream in) throws java.io.IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.toString();
      }
      head.append((char) b);
    }
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
    return head + new String(in.readNBytes(n), StandardCharsets.US_ASCII);
  }
}
