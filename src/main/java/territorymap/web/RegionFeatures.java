package territorymap.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import territorymap.figures.Rounding;
import territorymap.territory.Boundaries;
import territorymap.territory.DisplayDetail;
import territorymap.territory.Region;

/**
 * The regions as GeoJSON features for a map, built once. Each feature's {@code id} member and
 * {@code code} property are the region's ISO 3166-2 code; the {@code id} property is its
 * deprecated alias.
 *
 * <p>Display geometry is simplified as a coverage ({@link CoverageSimplifier}), so neighbours
 * keep shared edges and no gap opens between them; areas are never taken from it. Units that do
 * not form a valid coverage (edges that do not match exactly) are served at full resolution.
 */
final class RegionFeatures {

  private final JsonNode collection;
  private final List<JsonNode> features;

  /** The regions drawn at one detail. */
  RegionFeatures(Boundaries boundaries, DisplayDetail detail) {
    List<Region> regions = boundaries.regions();
    Geometry[] full = regions.stream().map(Region::geometry).toArray(Geometry[]::new);
    // After overlaps are removed even a file that was not a clean coverage may be one.
    Geometry[] simplified = detail != DisplayDetail.FULL && CoverageValidator.isValid(full)
        ? CoverageSimplifier.simplify(full, detail.toleranceDeg()) : full;
    List<GeoJson.Feature> list = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      Region region = regions.get(i);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("code", region.code());
      properties.put("id", region.code());
      properties.put("name", region.official().name());
      properties.put("nameUk", region.official().nameUk());
      properties.put("km2", Rounding.km2(region.areaKm2()));
      properties.put("officialKm2", region.official().officialKm2());
      list.add(new GeoJson.Feature(region.code(), properties, simplified[i]));
    }
    this.collection = GeoJson.collection(list);
    this.features = List.copyOf(list.stream().<JsonNode>map(GeoJson::feature).toList());
  }

  /** All regions as a FeatureCollection. */
  JsonNode collection() {
    return collection;
  }

  /** One region's feature, by index in {@link Boundaries#regions()}. */
  JsonNode feature(int index) {
    return features.get(index);
  }
}
