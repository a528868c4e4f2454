package territorymap.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.Figure;
import territorymap.figures.LayerFigures;
import territorymap.territory.Atlas;

/** Handlers of {@code /layers} and {@code /timeline}: the loaded control layers and their occupied areas. */
final class LayerRoutes {

  /**
   * A control layer's occupied area.
   *
   * @param rawKm2 geodesic area of the polygon as read, before clipping to Ukraine, km²
   * @param occupied the occupied area inside Ukraine, both bases
   * @param name how a request names the layer: its date, or {@code DATE-approximate}
   * @param superseded whether a mapped layer of its date supersedes it (it is then not on the
   *     timeline, and only its name reaches it)
   */
  record LayerSummary(LocalDate date, boolean approximate, String source, double rawKm2, Figure occupied,
      String name, boolean superseded) {

    static LayerSummary of(LayerFigures figures, boolean superseded) {
      AreaReport.LayerInfo layer = figures.layer();
      return new LayerSummary(layer.date(), layer.approximate(), layer.source(), figures.rawKm2(), figures.occupied(),
          layer.name(), superseded);
    }
  }

  /**
   * A layer with its occupied area region by region, and the layer's own area as its source
   * measures it (unclipped, of 603,628 km²), beside the two bases.
   */
  record LayerArea(LayerSummary layer, AreaReport.BoundaryInfo boundaries, List<LayerFigures.RegionOccupied> regions,
      LayerFigures.SourceMeasure sourceMeasure) {}

  private final Evaluations evaluations;

  LayerRoutes(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  /** One layer per date, oldest first; then the approximations a mapped layer supersedes, by their names. */
  void list(Context ctx) {
    List<LayerSummary> all = new java.util.ArrayList<>();
    evaluations.layers().forEach(figures -> all.add(LayerSummary.of(figures, false)));
    evaluations.supersededLayers().forEach(figures -> all.add(LayerSummary.of(figures, true)));
    // A refresh may add a layer at any time.
    Body.once(Json.bytes(all)).send(ctx, "application/json", Freshness.SHORT);
  }

  void area(Context ctx) {
    Atlas atlas = evaluations.atlas();
    territorymap.territory.LayerRef ref = LayerParam.path(ctx, atlas);
    LayerFigures figures = evaluations.layer(ref);
    boolean superseded = figures.layer().approximate()
        && atlas.find(figures.layer().date()).map(p -> !p.layer().approximate()).orElse(false);
    Body.once(Json.bytes(new LayerArea(LayerSummary.of(figures, superseded), figures.boundaries(), figures.regions(),
        figures.sourceMeasure()))).send(ctx, "application/json", Freshness.of(ref));
  }

  void timeline(Context ctx) {
    LocalDate from = date(ctx.queryParam("from"), "from", LocalDate.MIN);
    LocalDate to = date(ctx.queryParam("to"), "to", LocalDate.MAX);
    String region = ctx.queryParam("region");
    if (region != null && region.isBlank()) {
      region = null;
    }
    if (region != null && evaluations.atlas().boundaries().find(region).isEmpty()) {
      throw new BadRequestException("region", "no region with code \"" + region + "\" (see GET /regions)");
    }
    Body.once(Json.bytes(evaluations.timeline(from, to, region))).send(ctx, "application/json", Freshness.SHORT);
  }

  private static LocalDate date(String text, String field, LocalDate absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(field, "\"" + text + "\" is not a date (YYYY-MM-DD)");
    }
  }

}
