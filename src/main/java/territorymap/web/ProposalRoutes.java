package territorymap.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import territorymap.proposal.AreaReport;
import territorymap.proposal.Figure;
import territorymap.proposal.Proposal;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.Proposals;
import territorymap.proposal.Source;
import territorymap.proposal.StoreUnavailableException;
import territorymap.territory.Detail;

/** Handlers of {@code /proposals} and {@code /compare}: parse, ask the catalogue, render. */
final class ProposalRoutes {

  /**
   * A proposal as listed, with its headline figures on its own layer.
   *
   * @param parties each party's area, both bases
   */
  record ProposalSummary(String id, String title, LocalDate date, String summary, List<Source> sources,
      AreaReport.LayerInfo layer, Map<String, Figure> parties, AreaReport.Change change) {}

  private final Proposals proposals;
  private final Map<String, Body> rendered = new ConcurrentHashMap<>();

  ProposalRoutes(Proposals proposals) {
    this.proposals = proposals;
  }

  void list(Context ctx) {
    List<Proposal> all;
    try {
      all = proposals.all();
    } catch (StoreUnavailableException e) {
      // The seeded proposals do not depend on the store: serve them, and say what is missing.
      all = proposals.seeded();
      ctx.header("Warning", "199 - \"proposal store unavailable: user proposals are not listed\"");
    }
    ctx.json(all.stream().map(this::summary).toList());
  }

  private ProposalSummary summary(Proposal p) {
    AreaReport report = proposals.report(p.id(), null);
    return new ProposalSummary(p.id(), p.title(), p.date(), p.summary(), p.sources(), report.layer(),
        report.parties(), report.change());
  }

  /** The definition; a stored one with its {@code ETag}, for a later {@code If-Match}. */
  void one(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<ProposalStore.Stored> stored = proposals.stored(id);
    if (stored.isPresent()) {
      ctx.header("ETag", ETags.of(stored.get().revision()));
      ctx.contentType("application/json").result(stored.get().definition());
      return;
    }
    ctx.json(proposals.get(id).definition());
  }

  void area(Context ctx) {
    String id = ctx.pathParam("id");
    String layer = blankToNull(ctx.queryParam("layer"));
    rendered(proposals.isSeeded(id) && layer == null, "area|" + id, () -> proposals.report(id, layer))
        .send(ctx, "application/json");
  }

  void geojson(Context ctx) {
    String id = ctx.pathParam("id");
    String layer = blankToNull(ctx.queryParam("layer"));
    Detail detail = DetailParam.of(ctx);
    rendered(proposals.isSeeded(id) && layer == null, "geojson|" + id + "|" + detail,
        () -> proposals.features(id, layer, detail)).send(ctx, Json.GEOJSON);
  }

  /**
   * The body for a request: rendered once and kept if it is about seeded proposals on their own
   * layer (a set bounded by the seeds: their reports, maps at each detail and comparisons), rendered
   * each time otherwise, from figures the catalogue caches: a stored proposal may have been changed
   * by another instance, and the layers to ask about may be hundreds.
   */
  private Body rendered(boolean kept, String key, java.util.function.Supplier<Object> value) {
    return kept
        ? rendered.computeIfAbsent(key, k -> Body.cached(Json.bytes(value.get())))
        : Body.once(Json.bytes(value.get()));
  }

  void compare(Context ctx) {
    List<String> ids = ids(ctx.queryParam("ids"));
    String layer = blankToNull(ctx.queryParam("layer"));
    rendered(ids.stream().allMatch(proposals::isSeeded) && layer == null, "compare|" + ids,
        () -> proposals.compare(ids, layer)).send(ctx, "application/json");
  }

  /** Two or three distinct, known proposal ids, comma-separated. */
  private List<String> ids(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("ids", "give two or three proposal ids: /compare?ids=a,b[,c]");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String id : text.split(",", -1)) {
      String trimmed = id.trim();
      if (trimmed.isEmpty()) {
        throw new BadRequestException("ids", "an empty id in \"" + text + "\"");
      }
      if (proposals.find(trimmed).isEmpty()) {
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

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
