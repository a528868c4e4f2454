package territorymap.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A response body rendered ahead of time, and gzipped ahead of time too, so that serving it costs
 * neither rendering nor compression: compute once, serve many.
 *
 * <p>Either form goes out with its {@code Content-Length}, written straight to the response
 * (Javalin would stream a byte array in chunks and compress it again on every request).
 *
 * <p>Each goes out with an {@code ETag} made from its bytes and a {@code Cache-Control} saying how
 * long it may be kept ({@link Freshness}); a request naming the tag in {@code If-None-Match} is
 * answered 304 without a body, so a browser or a CDN in front absorbs repeats.
 *
 * @param identity the body as it is
 * @param gzip the body gzipped, or {@code null} to let the server compress it per request
 * @param etag the strong tag of {@code identity} ({@link ETags#of(byte[])}); the gzipped form's is
 *     the same with {@code -gz} before the closing quote, as a strong tag must differ per coding
 */
record Body(byte[] identity, byte[] gzip, String etag) {

  private static final Logger LOG = LoggerFactory.getLogger(Body.class);

  /** A body for many requests: gzipped now. */
  static Body cached(byte[] identity) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(identity);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory failed", e);
    }
    return new Body(identity, out.toByteArray(), ETags.of(identity));
  }

  /** A body for one request. */
  static Body once(byte[] identity) {
    return new Body(identity, null, ETags.of(identity));
  }

  /** The tag of the gzipped form. */
  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  /**
   * Sends the body, or 304 if the request's {@code If-None-Match} names its tag (in either coding:
   * the content is the same).
   */
  void send(Context ctx, String contentType, Freshness freshness) {
    ctx.contentType(contentType);
    boolean gzipped = acceptsGzip(ctx.header("Accept-Encoding"));
    boolean precompressed = gzipped && gzip != null;
    ctx.header("Cache-Control", freshness.header());
    // Compressed by the server as it writes (or not, by its rules): the bytes sent are not known
    // here, so the tag is weak, which If-None-Match compares all the same.
    ctx.header("ETag", precompressed ? gzipEtag() : gzipped && gzip == null ? "W/" + etag : etag);
    ctx.header("Vary", "Accept-Encoding");
    if (ETags.noneMatchHits(ctx.header("If-None-Match"), etag, gzipEtag())) {
      ctx.status(304);
      return;
    }
    if (gzipped && gzip == null) {
      ctx.result(identity); // compressed by the server as it writes
      return;
    }
    byte[] bytes = gzipped ? gzip : identity;
    if (gzipped) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.res().setContentLength(bytes.length);
    try {
      ctx.res().getOutputStream().write(bytes);
    } catch (IOException e) {
      // The client closed the connection before the body was out (a broken pipe): there is no one
      // left to answer, and nothing failed on this side.
      LOG.debug("Client gone while {} was written: {}", ctx.path(), e.toString());
    }
  }

  /** Whether an {@code Accept-Encoding} header accepts gzip (and not with {@code q=0}). */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] pieces = part.trim().split(";");
      String coding = pieces[0].trim();
      if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
        for (int i = 1; i < pieces.length; i++) {
          String parameter = pieces[i].trim().replace(" ", "");
          if (parameter.matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
