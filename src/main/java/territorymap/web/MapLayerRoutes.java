package territorymap.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import territorymap.people.Place;
import territorymap.people.Places;
import territorymap.figures.Evaluations;
import territorymap.territory.DisplayDetail;
import territorymap.territory.Atlas;
import territorymap.territory.Partition;
import territorymap.territory.PartitionCache;

/**
 * What the page draws over every map besides the regions and the shares: the places to label
 * ({@code /places}), the line of contact of a control layer ({@code /layers/{date}/line.geojson})
 * and the sources of the data ({@code /sources}). Each answer is made once: the places and the
 * sources at start-up, a layer's line on its first request.
 */
final class MapLayerRoutes {

  /** The fields of a row of {@code /places}, in order. */
  static final List<String> PLACE_FIELDS =
      List.of("name", "nameUk", "lon", "lat", "population", "centre");

  private final Evaluations evaluations;
  private final Body places;
  private final Body sources;
  /** Each layer's line as GeoJSON bytes, by layer name; filled on first request. */
  private final PartitionCache<String, Body> lines = new PartitionCache<>();

  MapLayerRoutes(Evaluations evaluations) {
    this.evaluations = evaluations;
    this.places = Body.cached(Json.bytes(placesJson(Places.shipped())));
    this.sources = Body.cached(WebApp.resourceBytes("/territorymap/web/SOURCES.md"));
  }

  /**
   * The shipped places as {@code {credit, fields, places: [[name, nameUk, lon, lat, population,
   * centre], …]}}, in the order a map labels them (unit centres first, then by population): rows,
   * not objects, since 1,651 places would otherwise repeat each key 1,651 times.
   */
  static ObjectNode placesJson(Places all) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("credit", Places.CREDIT);
    root.put("creditUrl", "https://www.geonames.org/");
    ArrayNode fields = root.putArray("fields");
    PLACE_FIELDS.forEach(fields::add);
    ArrayNode rows = root.putArray("places");
    for (Place p : all.labelOrder(java.util.Set.of())) {
      rows.addArray().add(p.name()).add(p.nameUk()).add(p.lon()).add(p.lat())
          .add(p.population()).add(p.isUnitCentre());
    }
    return root;
  }

  void places(Context ctx) {
    places.send(ctx, "application/json", Freshness.STATIC);
  }

  void sources(Context ctx) {
    // Plain text, which every browser shows (text/markdown is often downloaded instead).
    sources.send(ctx, "text/plain; charset=utf-8", Freshness.STATIC);
  }

  /**
   * The line of contact of a layer as one GeoJSON Feature (a MultiLineString, simplified to about
   * 70 m, which is what the page can show) with the layer's date, source and approximate flag.
   */
  void line(Context ctx) {
    Atlas atlas = evaluations.atlas();
    territorymap.territory.LayerRef ref = LayerParam.path(ctx, atlas);
    Partition partition = atlas.partition(ref, null);
    lines.get(partition.layer().name(), partition, p -> Body.cached(Json.bytes(lineFeature(p))))
        .send(ctx, Json.GEOJSON, Freshness.of(ref));
  }

  private static ObjectNode lineFeature(Partition partition) {
    Geometry line = partition.line().geometry();
    Geometry shown = DouglasPeuckerSimplifier.simplify(line, DisplayDetail.FINE.toleranceDeg());
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    properties.put("date", partition.layer().date().toString());
    properties.put("approximate", partition.layer().approximate());
    properties.put("source", partition.layer().source());
    properties.put("name", partition.layer().name());
    return GeoJson.feature(new GeoJson.Feature("line-" + partition.layer().date(), properties, shown));
  }
}
