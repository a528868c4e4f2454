package territorymap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The one writer of GeoJSON (RFC 7946) the service answers: features and FeatureCollections with
 * counter-clockwise shells, no {@code crs} member, and coordinates rounded to
 * {@value #MAP_DECIMALS} places (about 1 m).
 */
final class GeoJson {

  /** Decimal places of coordinates in map GeoJSON: 5 places is about 1 m. */
  static final int MAP_DECIMALS = 5;

  private GeoJson() {}

  /**
   * One feature.
   *
   * @param id the feature's {@code id} member, or {@code null} for none
   * @param properties its properties, in order: strings, numbers and booleans
   * @param geometry lon/lat degrees
   */
  record Feature(String id, Map<String, Object> properties, Geometry geometry) {}

  /** Features as a FeatureCollection. */
  static ObjectNode collection(List<Feature> features) {
    ObjectNode collection = Json.MAPPER.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode list = collection.putArray("features");
    features.forEach(feature -> list.add(feature(feature)));
    return collection;
  }

  /** One feature as a GeoJSON Feature object. */
  static ObjectNode feature(Feature feature) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", "Feature");
    if (feature.id() != null) {
      node.put("id", feature.id());
    }
    node.set("properties", Json.MAPPER.valueToTree(feature.properties()));
    node.set("geometry", geometry(feature.geometry()));
    return node;
  }

  /** A geometry as a GeoJSON geometry object. */
  static JsonNode geometry(Geometry geometry) {
    GeoJsonWriter writer = new GeoJsonWriter(MAP_DECIMALS);
    writer.setEncodeCRS(false);
    writer.setForceCCW(true);
    try {
      return Json.MAPPER.readTree(writer.write(geometry));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JTS wrote GeoJSON that Jackson cannot read", e);
    }
  }
}
