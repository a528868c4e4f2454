package territorymap.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads the features of a GeoJSON document: a FeatureCollection, a single Feature or a bare
 * geometry. (The service's GeoJSON answers are written by the web layer.)
 *
 * <p>Jackson parses the document and JTS's {@link GeoJsonReader} each geometry, since the JTS
 * reader alone neither keeps feature properties nor accepts the legacy {@code crs} member that
 * GDAL and DeepStateMap files carry (it is ignored here: coordinates are taken as lon/lat
 * degrees, as RFC 7946 has them). Coordinates must be finite and within longitude [-180, 180]
 * and latitude [-90, 90]; anything else stops the read with a {@link GeoJsonException} naming the
 * document, the feature and the fault.
 */
public final class GeoJsonDocument {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonDocument() {}

  /** The features of a GeoJSON file. */
  public static List<GeoJsonFeature> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.newInputStream(file));
    } catch (JsonProcessingException e) {
      // Where, never what: the parser's message quotes the file's content (a secret, if the file
      // is a symlink to one), and messages end up in the log.
      throw new GeoJsonException(file.toString(), "", e.getLocation() == null ? "not valid JSON"
          : "not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw new GeoJsonException(file.toString(), "", "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return features(root, file.toString());
  }

  /** The features of a parsed GeoJSON document; {@code source} names it in error messages. */
  public static List<GeoJsonFeature> features(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new GeoJsonException(source, "", "not a GeoJSON object");
    }
    String type = root.path("type").asText("");
    List<GeoJsonFeature> features = new ArrayList<>();
    switch (type) {
      case "FeatureCollection" -> {
        JsonNode list = root.get("features");
        if (list == null || !list.isArray()) {
          throw new GeoJsonException(source, "features", "a FeatureCollection needs a features array");
        }
        for (int i = 0; i < list.size(); i++) {
          features.add(feature(list.get(i), i, source));
        }
      }
      case "Feature" -> features.add(feature(root, 0, source));
      case "" -> throw new GeoJsonException(source, "type", "missing type member");
      default -> features.add(new GeoJsonFeature(0, null, emptyObject(), geometry(root, source, "geometry")));
    }
    return features;
  }

  /**
   * One GeoJSON geometry object as a JTS geometry.
   *
   * @param location how to name the member in an error message, e.g. "assignments[2].polygon"
   */
  public static Geometry geometry(JsonNode node, String source, String location) {
    if (node == null || !node.isObject()) {
      throw new GeoJsonException(source, location, "not a GeoJSON geometry object");
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove("crs");
    Geometry geometry;
    try {
      geometry = new GeoJsonReader(Geometries.FACTORY).read(JSON.writeValueAsString(copy));
    } catch (ParseException | RuntimeException | JsonProcessingException e) {
      throw new GeoJsonException(source, location, "not a valid GeoJSON geometry: " + e.getMessage());
    }
    if (geometry == null) {
      throw new GeoJsonException(source, location, "not a valid GeoJSON geometry");
    }
    checkCoordinates(geometry, source, location);
    return geometry;
  }

  private static GeoJsonFeature feature(JsonNode node, int index, String source) {
    if (node == null || !node.isObject() || !"Feature".equals(node.path("type").asText())) {
      throw new GeoJsonException(source, "feature " + index, "not a GeoJSON Feature");
    }
    JsonNode idNode = node.get("id");
    String id = idNode == null || idNode.isNull() ? null : idNode.asText();
    JsonNode properties = node.get("properties");
    if (properties == null || !properties.isObject()) {
      properties = emptyObject();
    }
    JsonNode geometryNode = node.get("geometry");
    String label = id != null ? "feature " + index + " (id " + id + ")" : "feature " + index;
    Geometry geometry = geometryNode == null || geometryNode.isNull()
        ? null
        : geometry(geometryNode, source, label);
    return new GeoJsonFeature(index, id, properties, geometry);
  }

  private static void checkCoordinates(Geometry geometry, String source, String location) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new GeoJsonException(source, location, "a coordinate is not a finite number");
      }
      if (c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
        throw new GeoJsonException(source, location,
            "coordinate [" + c.x + ", " + c.y + "] is outside longitude [-180, 180] / latitude [-90, 90]");
      }
    }
  }

  private static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
