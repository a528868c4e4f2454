package territorymap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.Figure;
import territorymap.figures.Headline;
import territorymap.proposal.Catalogue;
import territorymap.proposal.LayerNotLoadedException;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.ProposalVersion;
import territorymap.proposal.Source;
import territorymap.proposal.Text;
import territorymap.proposal.StoreUnavailableException;

/**
 * {@code GET /proposals}, a page at a time: the seeded proposals first, in file-name order, then
 * the stored ones by id, at most {@code limit} per page ({@value #DEFAULT_LIMIT} by default,
 * {@value #MAX_LIMIT} at most), optionally only those whose id or title contains {@code q}. The
 * next page, if there is one, is named by a {@code Link: <…>; rel="next"} header; the body stays
 * the array of summaries it always was.
 *
 * <p>A page costs its own rows: the stored ones are paged by id in the database without their
 * definitions, and each is answered from its headline, computed once per version
 * ({@link Evaluations#headline(ProposalStore.Listed)}). A stored proposal on a layer that is not
 * loaded, or that can no longer be read, is listed with that state instead of figures, and the
 * rest of the list is served as usual. Each evaluated proposal's JSON is rendered once too, and a
 * page is the concatenation of its items' bytes.
 */
final class ProposalList {


  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;
  /** Longest search text, characters: a title is at most 300. */
  static final int MAX_SEARCH = 300;

  /** Whether a listed proposal has figures. */
  enum State {
    EVALUATED("evaluated"),
    /** Stored on a layer this server has not loaded: listed without figures. */
    LAYER_NOT_LOADED("layer-not-loaded"),
    /** Stored, but it cannot be read or evaluated any more (e.g. a region code since withdrawn). */
    UNREADABLE("unreadable"),
    /** Stored, its figures being computed in the background (e.g. just after a restart). */
    EVALUATING("evaluating");

    private final String id;

    State(String id) {
      this.id = id;
    }

    @JsonValue
    String id() {
      return id;
    }
  }

  /** The layer of a proposal that could not be evaluated: only its date. */
  record LayerDate(LocalDate date) {}

  /**
   * A proposal as listed. Members without a value are left out: a proposal that is not
   * {@link State#EVALUATED} has its id, title, layer, state and a {@code detail} saying why.
   *
   * @param layer an {@link AreaReport.LayerInfo} when evaluated, a {@link LayerDate} otherwise
   * @param parties each party's area on the proposal's own layer, both bases
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(String id, String variantOf, Text variant, Text title, LocalDate date, Text summary,
      List<Source> sources, Object layer, Map<Party, Figure> parties, AreaReport.Change change, boolean seeded,
      State state, String detail) {

    static Item of(Headline h, boolean seeded) {
      return new Item(h.id(), h.variantOf(), h.variant(), h.title(), h.date(), h.summary(), h.sources(), h.layer(),
          h.parties(), h.change(), seeded, State.EVALUATED, null);
    }

    static Item without(ProposalStore.Listed row, State state, String detail) {
      // The listing column keeps one language of the title: shown as written, not labelled.
      return new Item(row.id(), null, null, Text.english(row.title()), null, null, null,
          row.layer() == null ? null : new LayerDate(row.layer()), null, null, false, state, detail);
    }
  }

  /** An item's JSON, and the headline it was rendered from (the same instance while it is current). */
  private record Rendered(Headline headline, byte[] json) {}

  private final Evaluations evaluations;
  private final Catalogue catalogue;
  /** The seeded proposals' items, rendered once: their figures are kept for good. */
  private final Map<String, byte[]> seededJson = new ConcurrentHashMap<>();
  /** The stored proposals' items by id, rendered once per headline. */
  private final Map<String, Rendered> storedJson = new ConcurrentHashMap<>();

  private final HeadlineBackfill backfill;

  ProposalList(Evaluations evaluations) {
    this.evaluations = evaluations;
    this.catalogue = evaluations.catalogue();
    this.backfill = new HeadlineBackfill(evaluations);
  }

  void list(Context ctx) {
    int limit = limit(ctx.queryParam("limit"));
    String search = search(ctx.queryParam("q"));
    List<ProposalVersion> seeded = catalogue.seeded();
    ListCursor cursor = ListCursor.parse(ctx.queryParam("cursor"), seeded.size());
    List<byte[]> items = new ArrayList<>();
    ListCursor next = null;
    if (!cursor.inStored()) {
      int i = cursor.seededIndex();
      for (; i < seeded.size() && items.size() < limit; i++) {
        ProposalVersion version = seeded.get(i);
        if (matches(version, search)) {
          items.add(seededJson.computeIfAbsent(version.id(),
              id -> Json.bytes(Item.of(evaluations.headline(version), true))));
        }
      }
      for (int j = i; j < seeded.size() && next == null; j++) {
        next = matches(seeded.get(j), search) ? ListCursor.seeded(j) : null;
      }
    }
    if (next == null) {
      next = stored(ctx, cursor, search, limit - items.size(), items, seeded.size());
    }
    if (next != null) {
      ctx.header("Link", "<" + nextUrl(next, limit, search) + ">; rel=\"next\"");
      // Readable by pages of other origins too (reads are open to them): Link is not a safelisted header.
      ctx.header("Access-Control-Expose-Headers", "Link");
    }
    ctx.contentType("application/json").result(array(items));
  }

  /** A JSON array of rendered items. */
  private static byte[] array(List<byte[]> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 + items.stream().mapToInt(b -> b.length + 1).sum());
    out.write('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(items.get(i));
    }
    out.write(']');
    return out.toByteArray();
  }

  /**
   * Adds up to {@code room} stored proposals after the cursor; answers the cursor of the page after,
   * or {@code null} if they are all listed. With the store out of reach, lists none and says so.
   */
  private ListCursor stored(Context ctx, ListCursor cursor, String search, int room, List<byte[]> items,
      int seededCount) {
    List<ProposalStore.Listed> rows;
    try {
      // One more than there is room for: whether a next page exists, without counting them all.
      rows = catalogue.storedPage(cursor.afterId(), search, room + 1);
    } catch (StoreUnavailableException e) {
      // The seeded proposals do not depend on the store: serve them, and say what is missing.
      ctx.header("Warning", "199 - \"proposal store unavailable: user proposals are not listed\"");
      return null;
    }
    for (ProposalStore.Listed row : rows.subList(0, Math.min(room, rows.size()))) {
      items.add(item(row));
    }
    if (rows.size() <= room) {
      return null;
    }
    return room == 0 ? ListCursor.seeded(seededCount) : ListCursor.after(rows.get(room - 1).id());
  }

  /** A stored proposal's item as JSON: its figures if they are known for this version, else its state. */
  private byte[] item(ProposalStore.Listed row) {
    if (row.layer() != null && !evaluations.atlas().hasLayer(row.layer())) {
      String detail = new LayerNotLoadedException(row.id(), row.layer(), evaluations.atlas().dates()).getMessage();
      return Json.bytes(Item.without(row, State.LAYER_NOT_LOADED, detail));
    }
    Optional<Headline> known = evaluations.knownHeadline(row);
    if (known.isPresent()) {
      return rendered(known.get());
    }
    Optional<HeadlineBackfill.Failure> failure = backfill.failure(row);
    if (failure.isPresent()) {
      return Json.bytes(Item.without(row, failure.get().state(), failure.get().detail()));
    }
    // Never evaluated on a request thread (a definition of 50,000 vertices takes seconds): the
    // background computes it, and its faults are filed there.
    backfill.request(row);
    return Json.bytes(Item.without(row, State.EVALUATING, "its figures are being computed; list again shortly"));
  }

  /** A stored proposal's item as JSON: rendered again only when its headline is a new one. */
  private byte[] rendered(Headline headline) {
    Rendered known = storedJson.get(headline.id());
    if (known != null && known.headline() == headline) {
      return known.json();
    }
    byte[] json = Json.bytes(Item.of(headline, false));
    storedJson.put(headline.id(), new Rendered(headline, json));
    return json;
  }

  private static boolean matches(ProposalVersion version, String search) {
    return search == null || version.id().toLowerCase(Locale.ROOT).contains(search)
        || contains(version.proposal().title().en(), search) || contains(version.proposal().title().uk(), search);
  }

  private static boolean contains(String text, String search) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(search);
  }

  private static String nextUrl(ListCursor next, int limit, String search) {
    return "/proposals?limit=" + limit + "&cursor=" + next.token()
        + (search == null ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
  }

  static int limit(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidParameterException("limit", "limit is a whole number from 1 to " + MAX_LIMIT + " (default "
        + DEFAULT_LIMIT + "), not \"" + text + "\"");
  }

  /** The search text, lower-cased; {@code null} for none. */
  private static String search(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_SEARCH) {
      throw new InvalidParameterException("q", "the search text is limited to " + MAX_SEARCH + " characters");
    }
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
