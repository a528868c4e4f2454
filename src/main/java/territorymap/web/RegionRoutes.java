package territorymap.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;
import territorymap.territory.DisplayDetail;

/** Handlers of {@code /regions}: the 27 units, their areas and their map features. */
final class RegionRoutes {

  private final Boundaries boundaries;
  private final List<RegionSummary> summaries;
  private final Body summariesBody;
  /** The map features at each detail, made when first asked for and then served as bytes. */
  private final Map<DisplayDetail, Rendered> rendered = new ConcurrentHashMap<>();

  /** The regions' GeoJSON at one detail: the collection and each feature, gzipped once. */
  private record Rendered(Body collection, List<Body> features) {
    static Rendered of(Boundaries boundaries, DisplayDetail detail) {
      RegionFeatures regionFeatures = new RegionFeatures(boundaries, detail);
      return new Rendered(Body.cached(Json.bytes(regionFeatures.collection())),
          IntStream.range(0, boundaries.regions().size())
              .mapToObj(i -> Body.cached(Json.bytes(regionFeatures.feature(i))))
              .toList());
    }
  }

  RegionRoutes(Boundaries boundaries) {
    this.boundaries = boundaries;
    this.summaries = RegionSummary.all(boundaries);
    this.summariesBody = Body.cached(Json.bytes(summaries));
    rendered(DisplayDetail.MEDIUM);
  }

  private Rendered rendered(DisplayDetail detail) {
    return rendered.computeIfAbsent(detail, d -> Rendered.of(boundaries, d));
  }

  void list(Context ctx) {
    summariesBody.send(ctx, "application/json", Freshness.STATIC);
  }

  void one(Context ctx) {
    Body.once(Json.bytes(summaries.get(index(ctx.pathParam("id"))))).send(ctx, "application/json", Freshness.STATIC);
  }

  void geojson(Context ctx) {
    int index = index(ctx.pathParam("id"));
    rendered(DetailParam.of(ctx)).features().get(index).send(ctx, Json.GEOJSON, Freshness.STATIC);
  }

  void collection(Context ctx) {
    rendered(DetailParam.of(ctx)).collection().send(ctx, Json.GEOJSON, Freshness.STATIC);
  }

  private int index(String code) {
    List<Region> regions = boundaries.regions();
    for (int i = 0; i < regions.size(); i++) {
      if (regions.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new UnknownRegionException(code);
  }
}
