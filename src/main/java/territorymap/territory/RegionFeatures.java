package territorymap.territory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import territorymap.geo.GeoJsonDocument;

/**
 * The regions as GeoJSON features for a map, built once.
 *
 * <p>Display geometry is simplified as a coverage ({@link CoverageSimplifier}), so neighbours
 * keep shared edges and no gap opens between them; areas are never taken from it. Units that do
 * not form a valid coverage (edges that do not match exactly) are served at full resolution.
 */
public final class RegionFeatures {

  private final JsonNode collection;
  private final List<JsonNode> features;

  /** The regions drawn at one detail. */
  public RegionFeatures(Boundaries boundaries, Detail detail) {
    List<Region> regions = boundaries.regions();
    Geometry[] full = regions.stream().map(Region::geometry).toArray(Geometry[]::new);
    // After overlaps are removed even a file that was not a clean coverage may be one.
    Geometry[] simplified = detail != Detail.FULL && CoverageValidator.isValid(full)
        ? CoverageSimplifier.simplify(full, detail.toleranceDeg()) : full;
    ObjectNode fc = JsonNodeFactory.instance.objectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode list = fc.putArray("features");
    for (int i = 0; i < regions.size(); i++) {
      Region region = regions.get(i);
      ObjectNode feature = list.addObject();
      feature.put("type", "Feature");
      feature.put("id", region.code());
      ObjectNode properties = feature.putObject("properties");
      properties.put("id", region.code());
      properties.put("name", region.unit().name());
      properties.put("nameUk", region.unit().nameUk());
      properties.put("km2", Math.round(region.areaKm2() * 10) / 10.0);
      properties.put("officialKm2", region.unit().officialKm2());
      feature.set("geometry", GeoJsonDocument.toJson(simplified[i], 5));
    }
    this.collection = fc;
    this.features = java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
  }

  /** All regions as a FeatureCollection. */
  public JsonNode collection() {
    return collection;
  }

  /** One region's feature, by index in {@link Boundaries#regions()}. */
  public JsonNode feature(int index) {
    return features.get(index);
  }
}
