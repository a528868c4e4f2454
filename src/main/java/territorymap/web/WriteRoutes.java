package territorymap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import territorymap.proposal.AreaReport;
import territorymap.proposal.ProposalWriter;
import territorymap.proposal.Proposals;

/**
 * Handlers of {@code POST /proposals}, {@code PUT} and {@code DELETE /proposals/{id}}, and of
 * {@code POST /proposals/preview}, which evaluates a definition without storing it.
 */
final class WriteRoutes {

  /** What a successful write answers: where the proposal is, any repairs made, and its report. */
  record Written(String id, String location, List<String> warnings, AreaReport report) {}

  private final ProposalWriter writer;
  private final WriteAccess access;
  private final Proposals proposals;

  WriteRoutes(ProposalWriter writer, WriteAccess access, Proposals proposals) {
    this.writer = writer;
    this.access = access;
    this.proposals = proposals;
  }

  void create(Context ctx) {
    access.check(ctx);
    Written written = answer(ctx, writer.create(body(ctx)));
    ctx.status(201).header("Location", written.location());
    ctx.json(written);
  }

  /** What a preview answers: the figures, the repairs, and the shares as a FeatureCollection. */
  record Preview(String id, List<String> warnings, AreaReport report, JsonNode geojson) {}

  /** Figures for a definition without storing it: open to all, since it changes nothing. */
  void preview(Context ctx) {
    ProposalWriter.Preview preview = writer.preview(body(ctx));
    ctx.json(new Preview(preview.proposal().id(), preview.warnings(), preview.report(), preview.features()));
  }

  /** Replaces a stored proposal; with {@code If-Match}, only if it is still at that ETag (else 412). */
  void replace(Context ctx) {
    access.check(ctx);
    String id = ctx.pathParam("id");
    JsonNode body = body(ctx);
    ctx.json(answer(ctx, writer.replace(id, body, ETags.expected(ctx, proposals, id))));
  }

  /** Deletes a stored proposal; with {@code If-Match}, only if it is still at that ETag (else 412). */
  void delete(Context ctx) {
    access.check(ctx);
    String id = ctx.pathParam("id");
    writer.delete(id, ETags.expected(ctx, proposals, id));
    ctx.status(204);
  }

  private static Written answer(Context ctx, ProposalWriter.Written written) {
    String id = written.proposal().id();
    ctx.header("ETag", ETags.of(written.revision()));
    return new Written(id, "/proposals/" + id, written.warnings(), written.report());
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = Json.MAPPER.readTree(ctx.bodyAsBytes());
      if (body == null || body.isMissingNode()) {
        throw new BadRequestException("$", "the request body is empty; send a proposal definition as JSON");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new BadRequestException("$", "the request body is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new BadRequestException("$", "the request body cannot be read: " + e.getMessage());
    }
  }
}
