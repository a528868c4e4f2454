package territorymap.web;

import io.javalin.http.Context;
import java.util.Arrays;
import territorymap.territory.DisplayDetail;

/** The {@code detail} query parameter of the map routes: coarse, medium (default), fine or full. */
final class DetailParam {

  private DetailParam() {}

  static DisplayDetail of(Context ctx) {
    String text = ctx.queryParam("detail");
    if (text == null || text.isBlank()) {
      return DisplayDetail.MEDIUM;
    }
    return DisplayDetail.of(text).orElseThrow(() -> new BadRequestException("detail", "detail is one of "
        + Arrays.stream(DisplayDetail.values()).map(DisplayDetail::id).toList() + ", not \"" + text + "\""));
  }
}
