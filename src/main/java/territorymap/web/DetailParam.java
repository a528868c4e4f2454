package territorymap.web;

import io.javalin.http.Context;
import java.util.Arrays;
import territorymap.territory.Detail;

/** The {@code detail} query parameter of the map routes: coarse, medium (default), fine or full. */
final class DetailParam {

  private DetailParam() {}

  static Detail of(Context ctx) {
    String text = ctx.queryParam("detail");
    if (text == null || text.isBlank()) {
      return Detail.MEDIUM;
    }
    return Detail.of(text).orElseThrow(() -> new BadRequestException("detail", "detail is one of "
        + Arrays.stream(Detail.values()).map(Detail::id).toList() + ", not \"" + text + "\""));
  }
}
