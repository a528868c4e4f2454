package territorymap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a GeoJSON document.
 *
 * @param index the feature's position in its document, from 0, for error messages
 * @param id the feature's {@code id} member as text, or {@code null} if it has none
 * @param properties the {@code properties} member (an empty object if absent)
 * @param geometry the geometry, lon/lat degrees; {@code null} for a feature without geometry
 */
public record GeoJsonFeature(int index, String id, JsonNode properties, Geometry geometry) {

  /** A text property, or {@code null} if absent or not text. */
  public String text(String name) {
    JsonNode value = properties.get(name);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** A boolean property, or {@code false} if absent or not a boolean. */
  public boolean flag(String name) {
    return properties.path(name).asBoolean(false);
  }

  /** How this feature is named in a message: its id if it has one, else its position. */
  public String label() {
    return id != null ? "feature " + index + " (id " + id + ")" : "feature " + index;
  }
}
