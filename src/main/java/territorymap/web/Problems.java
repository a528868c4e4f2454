package territorymap.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.geo.GeoJsonException;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.LayerNotLoadedException;
import territorymap.proposal.ProposalChangedException;
import territorymap.proposal.ProposalConflictException;
import territorymap.proposal.StoreUnavailableException;
import territorymap.proposal.UnknownProposalException;
import territorymap.territory.UnknownLayerException;

/**
 * Maps every exception a request can raise to an RFC 9457 problem, in one place: domain
 * exceptions know nothing of HTTP, and nothing reaches the client as a bare 500 page.
 */
final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  static void register(RoutesConfig routes, java.time.Duration computeDeadline) {
    routes.exception(BoundedComputation.Refused.class, (e, ctx) -> {
      if (e.reason() == BoundedComputation.Refused.Reason.BUSY) {
        ctx.header("Retry-After", "1");
        send(ctx, 503, "busy", "Too many evaluations at once", "the server is evaluating as many definitions"
            + " as it can at once; try again in a second", null, null);
      } else {
        ctx.header("Retry-After", "5");
        send(ctx, 503, "deadline", "Evaluation stopped at its deadline", "evaluating this definition took"
            + " longer than " + computeDeadline.toMillis() + " ms and was stopped; send simpler polygons (fewer"
            + " vertices or parts), or try again later", null, null);
      }
    });
    routes.exception(UnknownProposalException.class, (e, ctx) ->
        send(ctx, 404, "unknown-proposal", "Unknown proposal", e.getMessage(), e.field(), null));
    routes.exception(UnknownRegionException.class, (e, ctx) ->
        send(ctx, 404, "unknown-region", "Unknown region", e.getMessage(), e.field(), null));
    routes.exception(UnknownLayerException.class, (e, ctx) ->
        send(ctx, 404, "unknown-layer", "Unknown control layer", e.getMessage(),
            e.field(),
            e.available().stream().map(Object::toString).toList()));
    routes.exception(LayerNotLoadedException.class, (e, ctx) ->
        send(ctx, 409, "layer-not-loaded", "Layer not loaded", e.getMessage(), "layer",
            e.available().stream().map(Object::toString).toList()));
    routes.exception(InvalidParameterException.class, (e, ctx) ->
        send(ctx, 422, "invalid-parameter", "Invalid parameter", e.getMessage(), e.field(), null));
    routes.exception(BadRequestException.class, (e, ctx) ->
        send(ctx, 400, "bad-request", "Bad request", e.getMessage(), e.field(), null));
    routes.exception(WriteAccess.UnauthorizedException.class, (e, ctx) -> {
      ctx.header("WWW-Authenticate", "Bearer");
      send(ctx, 401, "unauthorized", "Unauthorized", e.getMessage(), "Authorization", null);
    });
    routes.exception(WriteAccess.ForbiddenException.class, (e, ctx) ->
        send(ctx, 403, "writes-disabled", "Writes are disabled", e.getMessage(), null, null));
    routes.exception(WriteRoutes.PreviewTooLargeException.class, (e, ctx) ->
        send(ctx, 413, "body-too-large", "Request body too large", e.getMessage(), "$", null));
    routes.exception(WriteRoutes.UnsupportedTypeException.class, (e, ctx) ->
        send(ctx, 415, "unsupported-media-type", "Unsupported media type", e.getMessage(), "Content-Type", null));
    routes.exception(ProposalChangedException.class, (e, ctx) ->
        send(ctx, 412, "changed", "Changed since read", e.getMessage(), "If-Match", null));
    routes.exception(ProposalConflictException.class, (e, ctx) ->
        send(ctx, 409, "conflict", "Conflict", e.getMessage(), e.field(), null));
    routes.exception(StoreUnavailableException.class, (e, ctx) -> {
      LOG.warn("Proposal store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.header("Retry-After", "5");
      send(ctx, 503, "store-unavailable", "Proposal store unavailable",
          "the proposal store cannot be reached; seeded proposals are still served, try again later", null, null);
    });
    routes.exception(DefinitionException.class, (e, ctx) -> send(ctx, 422, "invalid-proposal",
        "Invalid proposal definition", e.getMessage(), e.field(), e.fault(), null));
    routes.exception(GeoJsonException.class, (e, ctx) ->
        send(ctx, 422, "invalid-geojson", "Invalid GeoJSON", e.getMessage(), e.location(), e.fault(), null));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) {
        send(ctx, 404, "not-found", "Not found", "no resource at " + ctx.path(), null, null);
      } else if (e.getStatus() == 413) {
        send(ctx, 413, "body-too-large", "Request body too large", "request bodies are limited to "
            + WebApp.MAX_BODY_BYTES + " bytes (2 MiB)", "$", null);
      } else {
        send(ctx, e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage(), null, null);
      }
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
      send(ctx, 500, "internal", "Internal error", "the server failed to answer; the error is logged", null, null);
    });
    routes.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
        send(ctx, 404, "not-found", "Not found", "no resource at " + ctx.path(), null, null);
      }
    });
  }

  /** A problem whose detail, if it names a field, is only what is wrong with it (its reason). */
  static void send(Context ctx, int status, String type, String title, String detail, String field,
      List<String> available) {
    send(ctx, status, type, title, detail, field, field == null ? null : detail, available);
  }

  static void send(Context ctx, int status, String type, String title, String detail, String field,
      String reason, List<String> available) {
    ctx.status(status);
    ctx.json(new Problem("/problems/" + type, title, status, detail, ctx.path(), field, reason, available));
    ctx.contentType(Problem.CONTENT_TYPE);
  }
}
