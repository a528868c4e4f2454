package territorymap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds upstream-shaped documents from a shared DeepStateMap file (one feature, one
 * MultiPolygon of the occupied territory): a snapshot as the API serves it, with each polygon
 * a feature named in three parts (Ukrainian /// English /// status key), 3D coordinates, and
 * features that are not occupied territory beside them; and a day of the archive.
 */
final class UpstreamShapes {

  static final ObjectMapper JSON = new ObjectMapper();

  private UpstreamShapes() {}

  /** The shared file's MultiPolygon geometry node. */
  static JsonNode sharedGeometry(Path file) throws IOException {
    return JSON.readTree(file.toFile()).path("features").path(0).path("geometry");
  }

  /**
   * A snapshot FeatureCollection whose occupied classes together make the shared file's
   * territory: polygons in Crimea "Occupied Crimea", the rest "Occupied" and "CADR and CALR" in
   * turn; with a grey zone, a liberated area, a satirical "Occupied …" polygon outside Ukraine, a
   * line and a point, none of which is occupied territory.
   */
  static ObjectNode snapshot(Path sharedFile) throws IOException {
    JsonNode geometry = sharedGeometry(sharedFile);
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    int other = 0;
    for (JsonNode polygon : geometry.path("coordinates")) {
      JsonNode first = polygon.path(0).path(0);
      boolean crimea = first.get(1).asDouble() < 46.2 && first.get(0).asDouble() > 32.4 && first.get(0).asDouble() < 36.7;
      String name = crimea ? "Окупований Крим /// Occupied Crimea /// geoJSON.status.occupied_crimea"
          : other++ % 2 == 0 ? "Окуповано ///\nOccupied /// geoJSON.status.occupied"
          : "ОРДЛО /// CADR and CALR /// geoJSON.status.cadr_calr";
      features.add(feature(name, "Polygon", withZ(polygon)));
    }
    features.add(feature("Сіра зона /// Grey zone /// geoJSON.status.unknown", "Polygon",
        square(37.0, 49.9, 0.1)));
    features.add(feature("Звільнено /// Liberated /// geoJSON.status.liberated", "Polygon",
        square(30.0, 50.8, 0.2)));
    features.add(feature("Окупована Карелія /// Occupied Karelia /// geoJSON.status.occupied", "Polygon",
        square(33.0, 63.0, 1.0)));
    ArrayNode line = JSON.createArrayNode();
    line.add(point(37.5, 48.0)).add(point(37.7, 48.3));
    features.add(feature("Напрямок /// Direction of attack ///", "LineString", line));
    features.add(feature("3 армія /// 3rd Army ///", "Point", point(38.0, 48.5)));
    return collection;
  }

  /** A day of the archive: {@code {"id": "i", "type": "Feature", "properties": {"date": …}, "geometry": …}}. */
  static ObjectNode archiveDay(int index, String date, JsonNode geometry) {
    ObjectNode feature = JSON.createObjectNode().put("id", String.valueOf(index)).put("type", "Feature");
    feature.putObject("properties").put("date", date);
    feature.set("geometry", geometry);
    return feature;
  }

  private static ObjectNode feature(String name, String type, JsonNode coordinates) {
    ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
    feature.putObject("properties").put("name", name).put("description", "{icon=none}");
    ObjectNode geometry = feature.putObject("geometry").put("type", type);
    geometry.set("coordinates", coordinates);
    return feature;
  }

  private static JsonNode withZ(JsonNode polygon) {
    ArrayNode rings = JSON.createArrayNode();
    for (JsonNode ring : polygon) {
      ArrayNode r = rings.addArray();
      for (JsonNode c : ring) {
        r.addArray().add(c.get(0).asDouble()).add(c.get(1).asDouble()).add(0);
      }
    }
    return rings;
  }

  private static ArrayNode point(double lon, double lat) {
    return JSON.createArrayNode().add(lon).add(lat).add(0);
  }

  private static ArrayNode square(double lon, double lat, double size) {
    ArrayNode rings = JSON.createArrayNode();
    rings.addArray().add(point(lon, lat)).add(point(lon + size, lat)).add(point(lon + size, lat + size))
        .add(point(lon, lat + size)).add(point(lon, lat));
    return rings;
  }
}
