package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BodyTest {

  @Test
  void gzipIsAcceptedUnlessRefusedWithQZero() {
    assertTrue(Body.acceptsGzip("gzip"));
    assertTrue(Body.acceptsGzip("deflate, gzip;q=0.5, br"));
    assertTrue(Body.acceptsGzip("*"));
    assertFalse(Body.acceptsGzip(null));
    assertFalse(Body.acceptsGzip(""));
    assertFalse(Body.acceptsGzip("br, deflate"));
    assertFalse(Body.acceptsGzip("gzip;q=0"));
    assertFalse(Body.acceptsGzip("gzip; q=0.000"));
    assertFalse(Body.acceptsGzip("identity"));
  }

  @Test
  void aCachedBodyCarriesItsGzipAndAOnceBodyLeavesCompressionToTheServer() throws Exception {
    byte[] text = "{\"a\":\"".concat("x".repeat(10_000)).concat("\"}").getBytes(StandardCharsets.UTF_8);
    Body cached = Body.cached(text);
    assertTrue(cached.gzip().length < text.length / 10);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(cached.gzip()))) {
      assertArrayEquals(text, in.readAllBytes());
    }
    assertNull(Body.once(text).gzip());
  }
}
