package territorymap.web;

import io.javalin.http.Context;
import java.util.List;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;
import territorymap.territory.RegionFeatures;

/** Handlers of {@code /regions}: the 27 units, their areas and their map features. */
final class RegionRoutes {

  /**
   * One region as listed.
   *
   * @param km2 geodesic area of the loaded boundary, km²
   * @param officialKm2 official area, km²
   * @param differencePercent geodesic minus official, % of official
   */
  record RegionSummary(String id, String name, String nameUk, double km2, double officialKm2,
      double differencePercent) {

    static RegionSummary of(Region region) {
      double official = region.unit().officialKm2();
      return new RegionSummary(region.code(), region.unit().name(), region.unit().nameUk(),
          Math.round(region.areaKm2() * 10) / 10.0, official,
          Math.round(10_000 * (region.areaKm2() - official) / official) / 100.0);
    }
  }

  private final Boundaries boundaries;
  private final List<RegionSummary> summaries;
  private final Body collection;
  private final List<Body> features;

  RegionRoutes(Boundaries boundaries) {
    this.boundaries = boundaries;
    this.summaries = boundaries.regions().stream().map(RegionSummary::of).toList();
    RegionFeatures regionFeatures = new RegionFeatures(boundaries);
    this.collection = Body.cached(Json.bytes(regionFeatures.collection()));
    this.features = java.util.stream.IntStream.range(0, summaries.size())
        .mapToObj(i -> Body.cached(Json.bytes(regionFeatures.feature(i))))
        .toList();
  }

  void list(Context ctx) {
    ctx.json(summaries);
  }

  void one(Context ctx) {
    ctx.json(summaries.get(index(ctx.pathParam("id"))));
  }

  void geojson(Context ctx) {
    features.get(index(ctx.pathParam("id"))).send(ctx, Json.GEOJSON);
  }

  void collection(Context ctx) {
    collection.send(ctx, Json.GEOJSON);
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
