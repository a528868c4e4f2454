package territorymap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
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
 * {@code POST /proposals/preview}, which evaluates a definition without storing it. Every
 * evaluation runs on the bounded pool ({@link BoundedComputation}); storing never does, so a write
 * answered 503 was not stored.
 */
final class WriteRoutes {

  /** What a successful write answers: where the proposal is, any repairs made, and its report. */
  record Written(String id, String location, List<String> warnings, AreaReport report) {}

  /** What a preview answers: the figures, the repairs, and the shares as a FeatureCollection. */
  record Preview(String id, List<String> warnings, AreaReport report, JsonNode geojson) {}

  /**
   * Largest body of a preview, bytes: the preview's limits (5,000 vertices) fit in a fifth of
   * it, and a larger body is refused before it is parsed.
   */
  static final int MAX_PREVIEW_BYTES = 512 * 1024;

  /** Reads for one JSON document: anything after it but white space is refused. */
  private static final ObjectReader ONE_DOCUMENT = Json.MAPPER.reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Evaluations evaluations;
  private final ProposalReader reader;
  private final ProposalWriter writer;
  private final WriteAccess access;
  private final BoundedComputation computation;

  WriteRoutes(Evaluations evaluations, WriteAccess access, BoundedComputation computation) {
    this.evaluations = evaluations;
    this.reader = evaluations.catalogue().reader();
    this.writer = new ProposalWriter(evaluations.catalogue());
    this.access = access;
    this.computation = computation;
  }

  void create(Context ctx) {
    access.check(ctx);
    Written written = answer(ctx, writer.create(read(ctx, ProposalReader.Limits.STORED),
        reading -> check(ctx, reading)));
    ctx.status(201).header("Location", written.location());
    ctx.json(written);
  }

  /**
   * Figures for a definition without storing it: open to all, since it changes nothing, so within
   * the lower limits of a preview. The body is parsed, and the map's shares made, on the evaluation
   * pool too, so that a busy server refuses it without parsing it and the deadline covers it all.
   */
  void preview(Context ctx) {
    requireJson(ctx);
    if (ctx.bodyAsBytes().length > MAX_PREVIEW_BYTES) {
      throw new PreviewTooLargeException();
    }
    ctx.json(computation.run(ctx, () -> {
      CheckedDefinition checked = evaluations.check(read(ctx, ProposalReader.Limits.PREVIEW));
      // The map's shares are dissolved here too: that is as costly as the figures, and a request
      // thread must never do it (it would hold up /health and the cached reads).
      return new Preview(checked.proposal().id(), checked.warnings(), checked.report(),
          ProposalFeatures.of(checked.allocation(), DisplayDetail.MEDIUM));
    }));
  }

  /** Replaces a stored proposal; with {@code If-Match}, only if it is still at that ETag (else 412). */
  void replace(Context ctx) {
    access.check(ctx);
    String id = ctx.pathParam("id");
    Long expected = ETags.expected(ctx, evaluations.catalogue(), id);
    ctx.json(answer(ctx, writer.replace(id, () -> read(ctx, ProposalReader.Limits.STORED),
        reading -> check(ctx, reading), expected)));
  }

  /** Deletes a stored proposal; with {@code If-Match}, only if it is still at that ETag (else 412). */
  void delete(Context ctx) {
    access.check(ctx);
    String id = ctx.pathParam("id");
    writer.delete(id, ETags.expected(ctx, evaluations.catalogue(), id));
    evaluations.deleted(id);
    ctx.status(204);
  }

  private CheckedDefinition check(Context ctx, ProposalReader.Reading reading) {
    return computation.run(ctx, () -> evaluations.check(reading));
  }

  private Written answer(Context ctx, ProposalWriter.Written<CheckedDefinition> written) {
    CheckedDefinition checked = written.result();
    evaluations.written(written.revision(), checked); // the list's headline, computed once
    String id = checked.proposal().id();
    ctx.header("ETag", ETags.of(written.revision()));
    return new Written(id, "/proposals/" + id, checked.warnings(), checked.report());
  }

  /** The request body read as a definition within {@code limits}, checked field by field and its layer. */
  private ProposalReader.Reading read(Context ctx, ProposalReader.Limits limits) {
    return reader.readWithPolygons(body(ctx), "request body", limits);
  }

  /**
   * The request body as one JSON document, sent as {@code application/json}: any other type is
   * refused (415) before anything is read or computed, so that a cross-origin form or
   * {@code text/plain} post, which browsers send without asking, costs nothing.
   */
  private static JsonNode body(Context ctx) {
    requireJson(ctx);
    try {
      JsonNode body = ONE_DOCUMENT.readTree(ctx.bodyAsBytes());
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

  private static void requireJson(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null || !type.split(";")[0].trim().equalsIgnoreCase("application/json")) {
      throw new UnsupportedTypeException(type);
    }
  }

  /** 415: a body that is not {@code application/json}. */
  static final class UnsupportedTypeException extends RuntimeException {
    UnsupportedTypeException(String type) {
      super((type == null ? "no Content-Type" : "Content-Type " + type)
          + "; send the definition as Content-Type: application/json");
    }
  }

  /** 413: a preview's body above {@link #MAX_PREVIEW_BYTES}. */
  static final class PreviewTooLargeException extends RuntimeException {
    PreviewTooLargeException() {
      super("a preview's body is limited to " + MAX_PREVIEW_BYTES + " bytes (512 KiB); a definition within the"
          + " preview's limits is far smaller");
    }
  }
}
