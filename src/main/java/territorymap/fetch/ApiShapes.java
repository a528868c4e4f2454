package territorymap.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shapes of DeepStateMap's API answers, as public clients read them (data/SOURCES.md):
 * {@code /api/history/public} is a JSON array of {@code {"id": …, "createdAt": "…Z", …}} where
 * {@code id} is the snapshot's time in epoch seconds; {@code /api/history/last} is an object with
 * {@code id}, a time ({@code datetime} or {@code createdAt}) and the {@code map}
 * FeatureCollection; {@code /api/history/{id}/geojson} is the FeatureCollection. Anything else
 * is an error naming the URL and what was expected.
 */
final class ApiShapes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiShapes() {}

  /** A response body as JSON: an HTML page or cut-off JSON is a {@link FetchException} naming the URL. */
  static JsonNode parse(PoliteClient.Body body, URI url) {
    String type = body.fetched().contentType().toLowerCase(Locale.ROOT);
    byte[] bytes = body.bytes();
    if (type.contains("html") || startsWith(bytes, '<')) {
      throw new FetchException(url + " answered " + body.fetched().status() + " with an HTML page, not JSON"
          + " (content type \"" + body.fetched().contentType() + "\"): the API may have moved or be blocked");
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new FetchException(url + " answered " + body.fetched().status() + " with an empty body, not JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new FetchException(url + ": truncated or invalid JSON after " + bytes.length + " bytes: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FetchException(url + ": cannot read the body: " + e.getMessage(), e);
    }
  }

  /** The snapshots of {@code /api/history/public}. */
  static List<LayerFetcher.Listed> list(JsonNode root, URI url) {
    if (!root.isArray()) {
      throw new FetchException(url + ": expected a JSON array of snapshots, got a " + root.getNodeType()
          + " (the upstream shape may have changed)");
    }
    List<LayerFetcher.Listed> listed = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      listed.add(entry(root.get(i), url + " [" + i + "]"));
    }
    return listed;
  }

  /** The snapshot of {@code /api/history/last} (its map is read by the caller). */
  static LayerFetcher.Listed latest(JsonNode root, URI url) {
    if (!root.isObject() || !root.path("map").isObject()) {
      throw new FetchException(url + ": expected an object with id and map, got "
          + (root.isObject() ? "members " + fieldNames(root) : "a " + root.getNodeType())
          + " (the upstream shape may have changed)");
    }
    return entry(root, url.toString());
  }

  private static LayerFetcher.Listed entry(JsonNode entry, String where) {
    JsonNode id = entry.path("id");
    if (!id.canConvertToLong() || !id.isNumber()) {
      throw new FetchException(where + ": expected a numeric id, got " + entry.path("id")
          + " (the upstream shape may have changed)");
    }
    String time = entry.hasNonNull("datetime") ? entry.get("datetime").asText()
        : entry.hasNonNull("createdAt") ? entry.get("createdAt").asText() : null;
    Instant instant;
    try {
      // The id is the snapshot's time in epoch seconds (it equals createdAt in every answer seen).
      instant = time != null ? Instant.parse(time) : Instant.ofEpochSecond(id.asLong());
    } catch (DateTimeParseException e) {
      throw new FetchException(where + ": time \"" + time + "\" is not an ISO-8601 instant");
    }
    return new LayerFetcher.Listed(id.asLong(), instant, instant.atZone(LayerFetcher.SNAPSHOT_ZONE).toLocalDate());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean startsWith(byte[] bytes, char c) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return b == c;
      }
    }
    return false;
  }
}
