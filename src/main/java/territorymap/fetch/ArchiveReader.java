package territorymap.fetch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;

/**
 * Reads the daily archive ({@code deepstate-map-data.geojson.gz}: one FeatureCollection, one
 * feature per date with a {@code date} property, ascending) a feature at a time with Jackson's
 * streaming parser, so that memory holds one day, not 800.
 */
final class ArchiveReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  /** Receives each day of the archive. */
  @FunctionalInterface
  interface Day {
    void accept(int index, LocalDate date, JsonNode geometry);
  }

  /** Whether a date's geometry is wanted at all; the geometry of a day not wanted is skipped unparsed. */
  @FunctionalInterface
  interface Wanted {
    boolean test(LocalDate date);
  }

  private ArchiveReader() {}

  /**
   * Streams the days of a downloaded archive to {@code day}.
   *
   * @param url names the archive in messages
   * @throws FetchException if the file is not gzip'd GeoJSON of that shape, or is cut off
   */
  static void read(Path file, URI url, String contentType, Wanted wanted, Day day) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in;
      if (b0 == 0x1f && b1 == 0x8b) {
        in = new GZIPInputStream(raw, 1 << 16);
      } else if (b0 == '{') {
        in = raw; // served already decompressed
      } else {
        throw new FetchException(url + ": not a gzip'd GeoJSON archive (content type \"" + contentType
            + "\", starts with \"" + (b0 == '<' ? "<" : (char) b0) + "\")"
            + (b0 == '<' ? ": an HTML page" : ""));
      }
      try (JsonParser parser = FACTORY.createParser(in)) {
        features(parser, url, wanted, day);
      }
    } catch (JsonProcessingException e) {
      throw new FetchException(url + ": truncated or invalid JSON in the archive: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FetchException(url + ": cannot read the archive (truncated?): " + e.getMessage(), e);
    }
  }

  private static void features(JsonParser parser, URI url, Wanted wanted, Day day) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new FetchException(url + ": expected a GeoJSON FeatureCollection object");
    }
    boolean sawFeatures = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("type") && !"FeatureCollection".equals(parser.getValueAsString())) {
        throw new FetchException(url + ": expected a FeatureCollection, got type " + parser.getValueAsString());
      }
      if (!field.equals("features")) {
        parser.skipChildren();
        continue;
      }
      if (value != JsonToken.START_ARRAY) {
        throw new FetchException(url + ": features is not an array");
      }
      sawFeatures = true;
      int index = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        feature(parser, url, index, wanted, day);
        index++;
      }
    }
    if (!sawFeatures) {
      throw new FetchException(url + ": the FeatureCollection has no features array");
    }
  }

  /**
   * One feature, its members in any order; GeoPandas writes {@code properties} before
   * {@code geometry}, so the date is known before the geometry, which is skipped if not wanted.
   */
  private static void feature(JsonParser parser, URI url, int index, Wanted wanted, Day day) throws IOException {
    JsonNode properties = null;
    JsonNode geometry = null;
    LocalDate date = null;
    Boolean want = null; // asked once per feature: the predicate counts what it turns down
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("properties")) {
        properties = JSON.readTree(parser);
        date = date(properties, url, index);
      } else if (field.equals("geometry") && date != null) {
        want = wanted.test(date);
        if (want) {
          geometry = JSON.readTree(parser);
        } else {
          parser.skipChildren();
        }
      } else if (field.equals("geometry")) {
        geometry = JSON.readTree(parser);
      } else {
        parser.skipChildren();
      }
    }
    if (date == null) {
      date = date(properties, url, index);
    }
    if (want == null) {
      want = wanted.test(date);
    }
    if (want) {
      day.accept(index, date, geometry);
    }
  }

  private static LocalDate date(JsonNode properties, URI url, int index) {
    String text = properties == null ? "" : properties.path("date").asText("");
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FetchException(url + ": feature " + index + ": date property \"" + text + "\" is not YYYY-MM-DD"
          + " (the upstream shape may have changed)");
    }
  }
}
