package territorymap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** The service's one JSON configuration: ISO dates, records as objects. */
final class Json {

  static final String GEOJSON = "application/geo+json";

  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  /**
   * Answers a body rendered ahead of time. Javalin streams a byte array with chunked transfer
   * encoding, deciding on compression as it writes; where the client accepts no encoding the body
   * goes out as it is, so its length is known and sent, sparing the chunk framing.
   */
  static void send(Context ctx, String contentType, byte[] body) {
    String accepted = ctx.header("Accept-Encoding");
    if (accepted == null || accepted.isBlank()) {
      ctx.header("Content-Length", Integer.toString(body.length));
    }
    ctx.contentType(contentType).result(body);
  }

  /** A value as UTF-8 JSON bytes, for responses that are rendered once and then served. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
