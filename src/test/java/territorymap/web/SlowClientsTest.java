package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.territory.GridFixture;

/**
 * Slow clients against the real server on 127.0.0.1: a request that trickles in is cut at the
 * request deadline, and hundreds of them hold no request thread.
 */
@Tag("slow")
class SlowClientsTest {

  private static final Duration DEADLINE = Duration.ofSeconds(2);

  @TempDir static Path dir;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    Limits limits = new Limits(DEADLINE, Duration.ofSeconds(30), 4096, Duration.ofSeconds(2), 2);
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), GridFixture.atlas(dir)),
        WriteAccess.disabled(), limits).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 2000);
    return socket;
  }

  /**
   * Sends {@code head}, then one byte of {@code trickle} every 250 ms; the seconds until the server
   * answers or closes the connection.
   */
  private static double secondsUntilClosed(String head, String trickle, Duration patience) throws Exception {
    try (Socket socket = connect()) {
      socket.setSoTimeout(250);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      long start = System.nanoTime();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      long end = start + patience.toNanos();
      for (int i = 0; System.nanoTime() < end; i++) {
        try {
          int first = in.read();
          double seconds = (System.nanoTime() - start) / 1e9;
          if (first >= 0) {
            String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
          }
          return seconds;
        } catch (SocketTimeoutException e) {
          // still open
        } catch (IOException e) {
          return (System.nanoTime() - start) / 1e9;
        }
        try {
          out.write(trickle.charAt(i % trickle.length()));
          out.flush();
        } catch (IOException e) {
          return (System.nanoTime() - start) / 1e9;
        }
      }
      return Double.POSITIVE_INFINITY;
    }
  }

  @Test
  void aClientSendingItsHeadersOneByteAtATimeIsCutAtTheDeadline() throws Exception {
    double seconds = secondsUntilClosed("GET /health HTTP/1.1\r\nHost: x\r\n", "X-Slow: abcdefgh\r\n",
        Duration.ofSeconds(8));
    assertTrue(seconds >= DEADLINE.toSeconds() - 0.1 && seconds < DEADLINE.toSeconds() + 1.5,
        "closed after " + seconds + " s");
  }

  @Test
  void aClientSendingItsBodyOneByteAtATimeIsCutAtTheDeadline() throws Exception {
    double seconds = secondsUntilClosed("POST /proposals/preview HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n", " ", Duration.ofSeconds(8));
    // The body's deadline runs from the end of the head: two deadlines at most, and a sweep.
    assertTrue(seconds >= DEADLINE.toSeconds() - 0.1 && seconds < 2 * DEADLINE.toSeconds() + 1,
        "answered after " + seconds + " s");
  }

  @Test
  void healthAnswersPromptlyWhileManySlowBodiesAreConnected() throws Exception {
    // More slow bodies than Jetty has request threads (250 by default).
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket socket = connect();
        socket.getOutputStream().write(("POST /proposals/preview HTTP/1.1\r\nHost: x\r\nContent-Type:"
            + " application/json\r\nContent-Length: 10000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
        slow.add(socket);
      }
      Thread.sleep(500); // let the server take in the 300 requests' heads
      List<Double> times = new ArrayList<>();
      for (int probe = 0; probe < 5; probe++) {
        long start = System.nanoTime();
        try (Socket socket = connect()) {
          socket.setSoTimeout(2000);
          socket.getOutputStream().write("GET /health HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
          assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        times.add(millis);
        Thread.sleep(100);
      }
      System.out.println("/health with 300 slow bodies connected, ms: " + times);
      // Before the fix every probe waited for a request thread (it timed out after seconds).
      assertTrue(times.stream().sorted().toList().get(2) < 250, "/health took " + times + " ms");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void aWholeBodyIsStillReadAndAnswered() throws Exception {
    try (Socket socket = connect()) {
      socket.setSoTimeout(5000);
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      socket.getOutputStream().write(("POST /proposals/preview HTTP/1.0\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 422"), answer);
      assertEquals(true, answer.contains("application/problem+json"), answer);
    }
  }
}
