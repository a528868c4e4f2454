package territorymap.web;

import io.javalin.http.Context;
import territorymap.territory.Atlas;
import territorymap.territory.LayerRef;

/** The layer a request names: the {@code layer} query parameter or the {@code date} path parameter. */
final class LayerParam {

  private LayerParam() {}

  /** {@code ?layer=YYYY-MM-DD|latest}; absent or blank for the proposal's own layer. */
  static LayerRef query(Context ctx, Atlas atlas) {
    return LayerRef.parse(ctx.queryParam("layer"), "layer", atlas);
  }

  /** {@code /layers/{date}}: {@code YYYY-MM-DD} or {@code latest}. */
  static LayerRef path(Context ctx, Atlas atlas) {
    return LayerRef.parse(ctx.pathParam("date"), "date", atlas);
  }
}
