package territorymap.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import territorymap.figures.Evaluations;
import territorymap.figures.Subject;
import territorymap.render.ImageSize;
import territorymap.render.MapImage;
import territorymap.render.MapRenderer;
import territorymap.territory.DisplayDetail;
import territorymap.territory.LayerRef;
import territorymap.territory.Partition;
import territorymap.territory.PartitionCache;

/**
 * Map images of a proposal ({@code /proposals/{id}/map.png|svg}) and of a comparison
 * ({@code /compare/map.png|svg?ids=a,b}), rendered on the server from the allocation the area report
 * is made from ({@link MapImages}), at {@code size=card} (1200×630, the social card; the default) or
 * {@code size=print} (2480×1754, A4 landscape at 210 dpi), with figures on {@code basis=official}
 * (the default) or {@code geodesic}, and words in {@code lang=en} (the default) or {@code uk}.
 *
 * <p>Rendered once per (proposal version, layer, size, format, basis, language): kept for good where
 * the subjects are ({@link Subject#keptForGood}), else among the {@value #RECENT} most recently made. Rendering runs
 * on a bounded pool of its own ({@link BoundedComputation}: a fixed number of threads, no queue, a
 * deadline), figures of a layer not yet evaluated included: at most as many requests wait for an
 * image as the pool has threads, and one too many is answered 503 with {@code Retry-After} at once,
 * so a flood of images cannot take the request threads that {@code /health} and cached answers
 * need. A cached image is served without the pool.
 */
final class ImageRoutes {

  /** Images of subjects not kept for good, kept while among the most recently made. */
  static final int RECENT = 32;

  private enum Format {
    PNG("image/png"), SVG("image/svg+xml; charset=utf-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }
  }

  private record Entry(Partition partition, Body body) {}

  /** What besides the format and the subjects tells one image from another: {@code size}, {@code basis}, {@code lang}. */
  private record Look(ImageSize size, Basis basis, Language language) {

    static Look of(Context ctx) {
      return new Look(ImageRoutes.size(ctx), Basis.query(ctx), Language.query(ctx));
    }
  }

  private final Evaluations evaluations;
  private final ProposalRoutes proposals;
  private final BoundedComputation computation;
  private final Map<String, Entry> kept = new ConcurrentHashMap<>();
  private final Map<String, Entry> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > RECENT;
    }
  });
  /** Each layer's line of contact, simplified as the page shows it, by layer name. */
  private final PartitionCache<String, Geometry> lines = new PartitionCache<>();

  ImageRoutes(Evaluations evaluations, ProposalRoutes proposals, BoundedComputation computation) {
    this.evaluations = evaluations;
    this.proposals = proposals;
    this.computation = computation;
  }

  void proposalPng(Context ctx) {
    proposal(ctx, Format.PNG);
  }

  void proposalSvg(Context ctx) {
    proposal(ctx, Format.SVG);
  }

  void comparePng(Context ctx) {
    compare(ctx, Format.PNG);
  }

  void compareSvg(Context ctx) {
    compare(ctx, Format.SVG);
  }

  private void proposal(Context ctx, Format format) {
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    Subject subject = evaluations.subject(ctx.pathParam("id"), layer);
    Look look = Look.of(ctx);
    send(ctx, format, layer, List.of(subject), look, () -> MapImages.of(evaluations.allocation(subject),
        evaluations.report(subject), evaluations.people(subject), line(subject.partition()), look.basis(),
        ViewWords.of(look.language())));
  }

  private void compare(Context ctx, Format format) {
    List<String> ids = proposals.ids(ctx.queryParam("ids"));
    LayerRef layer = LayerParam.query(ctx, evaluations.atlas());
    List<Subject> subjects = evaluations.subjects(ids, layer);
    Look look = Look.of(ctx);
    send(ctx, format, layer, subjects, look, () -> MapImages.of(
        subjects.stream().map(evaluations::allocation).toList(), evaluations.compare(subjects),
        evaluations.people(subjects.get(0)), line(subjects.get(0).partition()), look.basis(),
        ViewWords.of(look.language())));
  }

  private void send(Context ctx, Format format, LayerRef layer, List<Subject> subjects, Look look,
      Supplier<MapImage> image) {
    ImageSize size = look.size();
    String key = format + "|" + look + "|" + subjects.stream().map(Subject::key).toList();
    Partition partition = subjects.get(0).partition();
    boolean forGood = subjects.stream().allMatch(Subject::keptForGood);
    Map<String, Entry> cache = forGood ? kept : recent;
    Entry entry = cache.get(key);
    if (entry == null || entry.partition() != partition) {
      try {
        entry = new Entry(partition, computation.run(ctx, () -> render(format, image.get(), size)));
      } catch (BoundedComputation.Refused refused) {
        refuse(ctx, refused);
        return;
      }
      cache.put(key, entry);
    }
    entry.body().send(ctx, format.contentType, Freshness.of(layer, subjects));
  }

  /** 503 with {@code Retry-After}: every image thread busy, or this image past its deadline. */
  private static void refuse(Context ctx, BoundedComputation.Refused refused) {
    boolean busy = refused.reason() == BoundedComputation.Refused.Reason.BUSY;
    ctx.header("Retry-After", busy ? "1" : "5");
    Problems.send(ctx, 503, busy ? "busy" : "deadline", busy ? "Too many images at once" : "Image stopped at its deadline",
        busy ? "the server is drawing as many map images as it can at once; try again in a second"
            : "drawing this image took longer than " + WebApp.IMAGE_DEADLINE.toSeconds() + " s; try again later",
        null, null);
  }

  private static Body render(Format format, MapImage image, ImageSize size) {
    return switch (format) {
      // PNG is compressed already: gzip would gain nothing.
      case PNG -> Body.once(MapRenderer.png(image, size));
      case SVG -> Body.cached(MapRenderer.svg(image, size).getBytes(StandardCharsets.UTF_8));
    };
  }

  private Geometry line(Partition partition) {
    return lines.get(partition.layer().name(), partition, p -> DouglasPeuckerSimplifier.simplify(
        p.line().geometry(), DisplayDetail.MEDIUM.toleranceDeg()));
  }

  /** {@code size=card|print}; card when absent. */
  static ImageSize size(Context ctx) {
    String text = ctx.queryParam("size");
    if (text == null || text.isBlank() || text.equals("card")) {
      return ImageSize.SOCIAL_CARD;
    }
    if (text.equals("print")) {
      return ImageSize.PRINT;
    }
    throw new BadRequestException("size", "size is card (1200×630) or print (2480×1754), not \"" + text + "\"");
  }
}
