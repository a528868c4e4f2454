package territorymap.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client that is polite to a volunteer-run server: one request at a time (its caller
 * sends them one after the other), a {@code User-Agent} naming the project and its version,
 * connect and read timeouts, and retries with exponential backoff on 429 and 5xx honouring
 * {@code Retry-After}.
 *
 * <p>The read timeout is a stall timeout: a response that sends nothing (headers or body) for
 * that long is abandoned, however long the whole download takes. {@link HttpRequest#timeout} only
 * covers the headers, so the body is watched here. Every failure is a {@link FetchException}
 * naming the URL and the status or fault.
 */
final class PoliteClient {

  /** A response body as fetched: its bytes went to the caller's stream. */
  record Fetched(URI uri, int status, String contentType, String etag, String sha256, long bytes) {

    boolean notModified() {
      return status == 304;
    }
  }

  private static final Pattern TITLE = Pattern.compile("<title>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);
  private static final int ERROR_BODY_LIMIT = 16 * 1024;

  private final HttpClient http;
  private final FetchOptions options;
  private final String userAgent;
  private final Consumer<String> log;

  PoliteClient(FetchOptions options, Consumer<String> log) {
    this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.options = options;
    this.userAgent = userAgent();
    this.log = log;
  }

  /** The {@code User-Agent}: the project, its version (from the jar's manifest; "dev" from classes) and why. */
  static String userAgent() {
    String version = PoliteClient.class.getPackage().getImplementationVersion();
    return "TerritoryMap/" + (version != null ? version : "dev") + " (layer fetch for a user's own copy; Java "
        + Runtime.version().feature() + ")";
  }

  /** A response and its body, in memory. */
  record Body(Fetched fetched, byte[] bytes) {}

  /** The body of a GET, in memory (for snapshots and lists, a few MB at most). */
  Body getBytes(URI uri) {
    AtomicReference<ByteArrayOutputStream> last = new AtomicReference<>();
    Fetched fetched = get(uri, null, () -> {
      last.set(new ByteArrayOutputStream());
      return last.get();
    });
    return new Body(fetched, last.get().toByteArray());
  }

  /**
   * A GET whose body goes to a stream opened afresh for each attempt.
   *
   * @param ifNoneMatch an entity tag from an earlier fetch, or {@code null}: an unchanged resource
   *     then answers 304 and nothing is downloaded
   */
  Fetched get(URI uri, String ifNoneMatch, StreamOpener body) {
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        Attempt result = attempt(uri, ifNoneMatch, body);
        int status = result.fetched.status();
        if (status / 100 == 2 || status == 304) {
          return result.fetched;
        }
        String message = "HTTP " + status + " from " + uri + describe(result.errorBody, result.fetched.contentType());
        if (!(status == 429 || status / 100 == 5) || attempt == options.attempts()) {
          throw new FetchException(message + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), status, null);
        }
        wait = result.retryAfter != null ? result.retryAfter : backoff(attempt);
        if (wait.compareTo(options.longestRetryAfter()) > 0) {
          throw new FetchException(message + ": the server asks to wait " + wait.toSeconds()
              + " s, longer than " + options.longestRetryAfter().toSeconds() + " s", status, null);
        }
        log.accept(message + "; trying again in " + millis(wait));
      } catch (IOException e) {
        String message = uri + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        if (attempt == options.attempts()) {
          throw new FetchException(message + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), e);
        }
        wait = backoff(attempt);
        log.accept(message + "; trying again in " + millis(wait));
      }
      sleep(wait);
    }
  }

  /** Opens the stream one attempt writes the body to. */
  @FunctionalInterface
  interface StreamOpener {
    OutputStream open() throws IOException;
  }

  private record Attempt(Fetched fetched, byte[] errorBody, Duration retryAfter) {}

  private Attempt attempt(URI uri, String ifNoneMatch, StreamOpener opener) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
        .header("User-Agent", userAgent)
        .header("Accept", "application/json, application/geo+json, application/gzip;q=0.9, */*;q=0.5")
        .timeout(options.readTimeout());
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    AtomicReference<Collector> collector = new AtomicReference<>();
    HttpResponse.BodyHandler<Void> handler = info -> {
      OutputStream out;
      if (info.statusCode() / 100 == 2) {
        try {
          out = opener.open();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out = new ByteArrayOutputStream();
      }
      Collector c = new Collector(out, info.statusCode() / 100 == 2 ? Long.MAX_VALUE : ERROR_BODY_LIMIT);
      collector.set(c);
      return HttpResponse.BodySubscribers.fromSubscriber(c, x -> null);
    };
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> future = http.sendAsync(request.build(), handler);
    HttpResponse<Void> response;
    while (true) {
      try {
        response = future.get(100, TimeUnit.MILLISECONDS);
        break;
      } catch (TimeoutException e) {
        Collector c = collector.get();
        long last = c == null ? start : Math.max(start, c.lastProgressNanos);
        if (System.nanoTime() - last > options.readTimeout().toNanos()) {
          future.cancel(true);
          if (c != null) {
            c.cancel();
          }
          throw new IOException("the response stalled: nothing received for " + millis(options.readTimeout())
              + (c == null ? " (no headers)" : " after " + c.bytes + " bytes of the body"));
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        throw new IOException(cause.toString(), cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        throw new IOException("interrupted", e);
      }
    }
    Collector c = collector.get();
    c.closeQuietly();
    if (c.failure != null) {
      throw c.failure;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    Fetched fetched = new Fetched(uri, response.statusCode(), contentType,
        response.headers().firstValue("ETag").orElse(null), c.sha256(), c.bytes);
    byte[] errorBody = c.out instanceof ByteArrayOutputStream b && response.statusCode() / 100 != 2
        ? b.toByteArray() : new byte[0];
    return new Attempt(fetched, errorBody, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
  }

  /** The body's bytes as they arrive: to the caller's stream and the SHA-256, progress time noted. */
  private static final class Collector implements Flow.Subscriber<List<ByteBuffer>> {
    private final OutputStream out;
    private final long limit;
    private final MessageDigest digest;
    private volatile Flow.Subscription subscription;
    volatile long lastProgressNanos = System.nanoTime();
    volatile long bytes;
    volatile IOException failure;

    Collector(OutputStream out, long limit) {
      this.out = out;
      this.limit = limit;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      lastProgressNanos = System.nanoTime();
      if (failure != null) {
        return;
      }
      try {
        for (ByteBuffer buffer : buffers) {
          byte[] chunk = new byte[buffer.remaining()];
          buffer.get(chunk);
          digest.update(chunk);
          if (bytes < limit) {
            out.write(chunk, 0, (int) Math.min(chunk.length, limit - bytes));
          }
          bytes += chunk.length;
        }
      } catch (IOException e) {
        failure = e;
        cancel();
      }
    }

    @Override
    public void onError(Throwable t) {
      // The response future fails with it too.
    }

    @Override
    public void onComplete() {
      // The response future completes.
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    void closeQuietly() {
      try {
        out.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private Duration backoff(int attempt) {
    return options.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
  }

  /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 §10.2.3); {@code null} if absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    try {
      Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
      return until.isNegative() ? Duration.ZERO : until;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A short account of an error body: an HTML page's title, or the start of the text. */
  private static String describe(byte[] body, String contentType) {
    if (body.length == 0) {
      return "";
    }
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    Matcher title = TITLE.matcher(text);
    String gist = title.find() ? title.group(1) : text.replaceAll("<[^>]*>", " ");
    gist = gist.replaceAll("\\s+", " ").strip();
    if (gist.length() > 160) {
      gist = gist.substring(0, 160) + "…";
    }
    String kind = contentType.toLowerCase(Locale.ROOT).contains("html") ? " (an HTML page)" : "";
    return gist.isEmpty() ? kind : kind + ": " + gist;
  }

  private static String millis(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting to try again", e);
    }
  }
}
