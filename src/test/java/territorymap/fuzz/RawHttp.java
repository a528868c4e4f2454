package territorymap.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.0 client over a socket, so that a request target goes to the server exactly as
 * written (java.net.http refuses or normalises the hostile ones), with a hard timeout.
 */
final class RawHttp {

  /**
   * A response: status 0 if the server closed the connection without a status line.
   *
   * @param timedOut whether the server did not finish answering within the timeout
   */
  record Response(int status, String contentType, byte[] body, boolean timedOut) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private RawHttp() {}

  /** Sends {@code METHOD target HTTP/1.0} with the given extra header lines and body. */
  static Response send(int port, String method, byte[] target, String headers, byte[] body, int timeoutMillis)
      throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
    request.write(target);
    request.write((" HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n" + headers
        + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    request.write(body);
    return sendRaw(port, request.toByteArray(), timeoutMillis);
  }

  /** Sends these bytes as they are, and reads the answer until the server closes or time is up. */
  static Response sendRaw(int port, byte[] request, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may close early on a request it refuses; read what it answered.
      }
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[16384];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
          if (System.nanoTime() > deadline) {
            return parse(received.toByteArray(), true);
          }
        }
      } catch (SocketTimeoutException e) {
        return parse(received.toByteArray(), true);
      } catch (IOException e) {
        // Connection reset after the answer: keep what arrived.
      }
      return parse(received.toByteArray(), false);
    }
  }

  static Response get(int port, String target, int timeoutMillis) throws IOException {
    return send(port, "GET", target.getBytes(StandardCharsets.UTF_8), "", new byte[0], timeoutMillis);
  }

  private static Response parse(byte[] raw, boolean timedOut) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
    int status = 0;
    String[] lines = head.split("\r\n");
    if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
      String[] parts = lines[0].split(" ");
      if (parts.length >= 2) {
        try {
          status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          status = 0;
        }
      }
    }
    String contentType = "";
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        contentType = line.substring("content-type:".length()).trim();
      }
    }
    byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    return new Response(status, contentType, body, timedOut);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
