package territorymap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import territorymap.figures.AreaReport;
import territorymap.figures.CheckedDefinition;
import territorymap.figures.Evaluations;
import territorymap.proposal.ProposalReader;
import territorymap.proposal.ProposalWriter;
import territorymap.territory.DisplayDetail;

/**
 * Handlers of {@code POST /proposals}, {@code PUT} and {@code DELETE /proposals/{id}}, and of
 * {@code POST /proposals/preview}, which evaluates a definition without storing it.
 */
final class WriteRoutes {

  /** What a successful write answers: where the proposal is, any repairs made, and its report. */
  record Written(String id, String location, List<String> warnings, AreaReport report) {}

  private final Evaluations evaluations;
  private final ProposalReader reader;
  private final ProposalWriter writer;
  private final WriteAccess access;

  WriteRoutes(Evaluations evaluations, WriteAccess access) {
    this.evaluations = evaluations;
    this.reader = evaluations.catalogue().reader();
    this.writer = new ProposalWriter(evaluations.catalogue());
    this.access = access;
  }

  void create(Context ctx) {
    access.check(ctx);
    Written written = answer(writer.create(read(ctx), evaluations::check));
    ctx.status(201).header("Location", written.location());
    ctx.json(written);
  }

  /** What a preview answers: the figures, the repairs, and the shares as a FeatureCollection. */
  record Preview(String id, List<String> warnings, AreaReport report, JsonNode geojson) {}

  /** Figures for a definition without storing it: open to all, since it changes nothing. */
  void preview(Context ctx) {
    CheckedDefinition checked = evaluations.check(read(ctx));
    ctx.json(new Preview(checked.proposal().id(), checked.warnings(), checked.report(),
        ProposalFeatures.of(checked.allocation(), DisplayDetail.MEDIUM)));
  }

  void replace(Context ctx) {
    access.check(ctx);
    ctx.json(answer(writer.replace(ctx.pathParam("id"), () -> read(ctx), evaluations::check)));
  }

  void delete(Context ctx) {
    access.check(ctx);
    writer.delete(ctx.pathParam("id"));
    ctx.status(204);
  }

  private static Written answer(CheckedDefinition checked) {
    String id = checked.proposal().id();
    return new Written(id, "/proposals/" + id, checked.warnings(), checked.report());
  }

  /** The request body read as a definition, checked field by field and its layer. */
  private ProposalReader.Reading read(Context ctx) {
    return reader.readWithPolygons(body(ctx), "request body");
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
