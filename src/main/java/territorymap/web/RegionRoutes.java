package territorymap.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import territorymap.territory.Boundaries;
import territorymap.territory.Region;
import territorymap.territory.Detail;
import territorymap.territory.RegionFeatures;

/** Handlers of {@code /regions}: the 27 units, their areas and their map features. */
final class RegionRoutes {

  /**
   * One region as listed.
   *
   * @param code the ISO 3166-2 code, the region's key in every answer (also sent as the
   *     deprecated {@code id}, its name here before)
   * @param km2 geodesic area of the loaded boundary, km²
   * @param officialKm2 official area, km²
   * @param differencePercent geodesic minus official, % of official
   */
  record RegionSummary(String code, String name, String nameUk, double km2, double officialKm2,
      double differencePercent) {

    /** The code under its old name, kept so that existing clients keep working; deprecated. */
    @JsonProperty("id")
    String id() {
      return code;
    }

    static RegionSummary of(Region region) {
      double official = region.unit().officialKm2();
      return new RegionSummary(region.code(), region.unit().name(), region.unit().nameUk(),
          Math.round(region.areaKm2() * 10) / 10.0, official,
          Math.round(10_000 * (region.areaKm2() - official) / official) / 100.0);
    }
  }

  private final Boundaries boundaries;
  private final List<RegionSummary> summaries;
  /** The map features at each detail, made when first asked for and then served as bytes. */
  private final Map<Detail, Rendered> rendered = new ConcurrentHashMap<>();

  /** The regions' GeoJSON at one detail: the collection and each feature, gzipped once. */
  private record Rendered(Body collection, List<Body> features) {
    static Rendered of(Boundaries boundaries, Detail detail) {
      RegionFeatures regionFeatures = new RegionFeatures(boundaries, detail);
      return new Rendered(Body.cached(Json.bytes(regionFeatures.collection())),
          IntStream.range(0, boundaries.regions().size())
              .mapToObj(i -> Body.cached(Json.bytes(regionFeatures.feature(i))))
              .toList());
    }
  }

  RegionRoutes(Boundaries boundaries) {
    this.boundaries = boundaries;
    this.summaries = boundaries.regions().stream().map(RegionSummary::of).toList();
    rendered(Detail.MEDIUM);
  }

  private Rendered rendered(Detail detail) {
    return rendered.computeIfAbsent(detail, d -> Rendered.of(boundaries, d));
  }

  void list(Context ctx) {
    ctx.json(summaries);
  }

  void one(Context ctx) {
    ctx.json(summaries.get(index(ctx.pathParam("id"))));
  }

  void geojson(Context ctx) {
    int index = index(ctx.pathParam("id"));
    rendered(DetailParam.of(ctx)).features().get(index).send(ctx, Json.GEOJSON);
  }

  void collection(Context ctx) {
    rendered(DetailParam.of(ctx)).collection().send(ctx, Json.GEOJSON);
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
