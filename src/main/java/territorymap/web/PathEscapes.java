package territorymap.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * A check of the request path's percent-escapes, made before routing. Javalin decodes path
 * parameters with {@code URLDecoder}, which throws on a {@code %} not followed by two hex digits
 * (e.g. {@code %u0041}, which Jetty lets through); that is the client's malformed request, to be
 * answered 400, not a server error.
 */
final class PathEscapes {

  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private PathEscapes() {}

  static void check(Context ctx) {
    if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
      throw new BadRequestException("path", "the path has a % that is not followed by two hex digits");
    }
  }
}
