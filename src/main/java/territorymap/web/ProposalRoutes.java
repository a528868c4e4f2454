package territorymap.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import territorymap.figures.Evaluations;
import territorymap.figures.Subject;
import territorymap.proposal.Catalogue;
import territorymap.proposal.ProposalStore;
import territorymap.territory.DisplayDetail;
import territorymap.territory.LayerRef;
import territorymap.territory.Partition;
import territorymap.territory.PartitionCache;

/** Handlers of {@code /proposals} and {@code /compare}: parse, ask the evaluations, render. */
final class ProposalRoutes {

  private final Evaluations evaluations;
  private final Catalogue catalogue;
  /**
   * Rendered answers about subjects kept for good, by kind and subject key, each with the partition
   * it was made from (a layer replaced while the service runs is rendered again).
   */
  private final PartitionCache<String, Body> rendered = new PartitionCache<>();

  ProposalRoutes(Evaluations evaluations) {
    this.evaluations = evaluations;
    this.catalogue = evaluations.catalogue();
  }

  /** The definition; a stored one with its {@code ETag}, for a later {@code If-Match}. */
  void one(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<ProposalStore.Stored> stored = catalogue.stored(id);
    if (stored.isPresent()) {
      ctx.header("ETag", ETags.of(stored.get().revision()));
      ctx.contentType("application/json").result(stored.get().definition());
      return;
    }
    ctx.contentType("application/json").result(catalogue.get(id).proposal().definition());
  }

  void area(Context ctx) {
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    Subject subject = evaluations.subject(ctx.pathParam("id"), layer);
    rendered(subject.keptForGood(), "area|" + subject.key(), subject.partition(), () -> new AreaAnswer(evaluations.report(subject), evaluations.people(subject)))
        .send(ctx, "application/json", Freshness.of(layer, List.of(subject)));
  }

  void geojson(Context ctx) {
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    Subject subject = evaluations.subject(ctx.pathParam("id"), layer);
    DisplayDetail detail = DetailParam.of(ctx);
    rendered(subject.keptForGood(), "geojson|" + subject.key() + "|" + detail, subject.partition(),
        () -> ProposalFeatures.of(evaluations.allocation(subject), detail))
        .send(ctx, Json.GEOJSON, Freshness.of(layer, List.of(subject)));
  }

  /**
   * The body for a request: rendered once and kept if it is about subjects the evaluations keep for
   * good ({@link Subject#keptForGood}: a set bounded by the seeds), rendered each time otherwise,
   * from figures the evaluations cache: a stored proposal may have been changed by another
   * instance, and the layers to ask about may be hundreds.
   */
  private Body rendered(boolean kept, String key, Partition partition, Supplier<Object> value) {
    return kept
        ? rendered.get(key, partition, p -> Body.cached(Json.bytes(value.get())))
        : Body.once(Json.bytes(value.get()));
  }

  void compare(Context ctx) {
    List<String> ids = ids(ctx.queryParam("ids"));
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    List<Subject> subjects = evaluations.subjects(ids, layer);
    rendered(subjects.stream().allMatch(Subject::keptForGood),
        "compare|" + subjects.stream().map(Subject::key).toList(), subjects.get(0).partition(),
        () -> ComparisonAnswer.of(evaluations.compare(subjects), subjects.stream().map(evaluations::people).toList()))
        .send(ctx, "application/json", Freshness.of(layer, subjects));
  }

  /** Two or three distinct, known proposal ids, comma-separated. */
  List<String> ids(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("ids", "give two or three proposal ids: /compare?ids=a,b[,c]");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String id : text.split(",", -1)) {
      String trimmed = id.trim();
      if (trimmed.isEmpty()) {
        throw new BadRequestException("ids", "an empty id in \"" + text + "\"");
      }
      if (catalogue.find(trimmed).isEmpty()) {
        throw new BadRequestException("ids", "no proposal with id \"" + trimmed + "\" (see GET /proposals)");
      }
      if (!ids.add(trimmed)) {
        throw new BadRequestException("ids", "\"" + trimmed + "\" is given twice");
      }
    }
    if (ids.size() < 2 || ids.size() > 3) {
      throw new BadRequestException("ids", "give two or three proposal ids, not " + ids.size());
    }
    return new ArrayList<>(ids);
  }
}
