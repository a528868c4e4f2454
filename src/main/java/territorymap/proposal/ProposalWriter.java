package territorymap.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import territorymap.geo.GeodesicArea;
import territorymap.territory.Detail;
import territorymap.territory.Partition;
import territorymap.territory.Territory;

/**
 * Creates, replaces and deletes the proposals made through the API, after checking them as
 * strictly as the seeded ones: every field, the layer, and that the assignments do not overlap on
 * the proposal's own layer.
 *
 * <p>Explicit polygons are accepted with two repairs, each reported as a warning: a
 * self-intersecting or otherwise invalid polygon is repaired with JTS {@code GeometryFixer}
 * (which keeps all the area it encloses), and a polygon reaching outside Ukraine's 1991 borders is
 * clipped to them. Seeded proposals are read-only.
 */
public final class ProposalWriter {

  /** Area outside the country below which no warning is given, m² (overlay noise). */
  static final double OUTSIDE_TOLERANCE_M2 = 10_000;

  /** Above this many times the area inside, the area outside is warned about in words, not only clipped. */
  static final double MOSTLY_OUTSIDE = 4;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A proposal as written.
   *
   * @param warnings repairs made to the definition, each naming the field
   * @param revision the stored revision, for its ETag
   */
  public record Written(Proposal proposal, AreaReport report, List<String> warnings, long revision) {}

  /**
   * Where the evaluation of a definition runs: the caller's choice of thread, time limit and
   * refusal when busy (the web layer's bounded pool). Storing never runs there, so a write that
   * is answered as failed was not stored.
   */
  @FunctionalInterface
  public interface Computation {
    <T> T run(java.util.function.Supplier<T> work);

    /** On the caller's thread, without limit: for the command line and tests. */
    Computation DIRECT = new Computation() {
      @Override
      public <T> T run(java.util.function.Supplier<T> work) {
        return work.get();
      }
    };
  }

  private final Proposals proposals;
  private final Computation computation;

  public ProposalWriter(Proposals proposals) {
    this(proposals, Computation.DIRECT);
  }

  public ProposalWriter(Proposals proposals, Computation computation) {
    this.proposals = proposals;
    this.computation = computation;
  }

  /**
   * Stores a new proposal.
   *
   * @throws DefinitionException if the definition is invalid (naming the field)
   * @throws ProposalConflictException if the id is taken
   * @throws StoreUnavailableException if the store cannot be reached
   */
  public Written create(JsonNode body) {
    Checked checked = check(body);
    String id = checked.proposal().id();
    long revision = newRevision();
    if (proposals.isSeeded(id) || !proposals.store().insert(id, text(body), revision)) {
      throw new ProposalConflictException("a proposal with id \"" + id + "\" exists; choose another id");
    }
    return written(checked, revision);
  }

  /**
   * A definition evaluated without being stored: its figures, its repairs, and its shares as map
   * features (as {@code /proposals/{id}/geojson} gives them).
   */
  public record Preview(Proposal proposal, AreaReport report, List<String> warnings, JsonNode features) {}

  /**
   * Checks and evaluates a definition without storing it: the figures of a proposal being drawn.
   * Nothing is written, so the id may be taken or seeded.
   */
  public Preview preview(JsonNode body) {
    return computation.run(() -> {
      Checked checked = check(body, ProposalReader.Limits.PREVIEW);
      return new Preview(checked.proposal(), checked.report(), checked.warnings(),
          ProposalFeatures.of(checked.allocation(), checked.report(), Detail.MEDIUM));
    });
  }

  /**
   * Replaces a proposal made through the API; the body's id must be the path's.
   *
   * @param expected the revision the writer last saw, or {@code null} to replace whatever is stored
   * @throws ProposalChangedException if the stored revision is no longer {@code expected}
   */
  public Written replace(String id, JsonNode body, Long expected) {
    refuseSeeded(id);
    Checked checked = check(body);
    if (!checked.proposal().id().equals(id)) {
      throw new DefinitionException("request body", "id", "is \"" + checked.proposal().id()
          + "\" but the path names \"" + id + "\"");
    }
    long revision = newRevision();
    changed(id, proposals.store().update(id, text(body), revision, expected));
    return written(checked, revision);
  }

  /** Deletes a proposal made through the API, if its revision is {@code expected} (any if null). */
  public void delete(String id, Long expected) {
    refuseSeeded(id);
    changed(id, proposals.store().delete(id, expected));
  }

  private static void changed(String id, ProposalStore.Change change) {
    switch (change) {
      case NOT_FOUND -> throw new UnknownProposalException(id);
      case CONFLICT -> throw new ProposalChangedException(id);
      case DONE -> { }
    }
  }

  /** A revision for a write: random, so that no two writes of an id share one, even across a delete. */
  private static long newRevision() {
    return java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  private void refuseSeeded(String id) {
    if (proposals.isSeeded(id)) {
      throw new ProposalConflictException("\"" + id + "\" is a seeded proposal and read-only;"
          + " POST a copy under a new id to change it");
    }
  }

  /** A definition read and evaluated on its own layer, with its report and the repairs made to it. */
  private record Checked(Proposal proposal, Allocation allocation, AreaReport report, List<String> warnings) {}

  private Checked check(JsonNode body) {
    return computation.run(() -> check(body, ProposalReader.Limits.STORED));
  }

  private Checked check(JsonNode body, ProposalReader.Limits limits) {
    ProposalReader.Reading reading = Proposals.reader(proposals.atlas()).readWithPolygons(body, "request body", limits);
    Proposal proposal = reading.proposal();
    Proposals.checkLayer(proposal, proposals.atlas(), "request body");
    Partition partition = proposals.atlas().partition(proposal.layer().toString());
    Allocation allocation = Allocation.of(proposal, partition);
    List<String> warnings = new ArrayList<>();
    for (ProposalReader.PolygonAt polygon : reading.polygons()) {
      if (polygon.repaired()) {
        warnings.add(polygon.path() + ": the polygon was invalid (e.g. self-intersecting) and was repaired;"
            + " all the area it encloses is kept");
      }
      double insideM2 = Territory.ofPolygon(partition, polygon.geometry()).areaM2();
      double outsideM2 = GeodesicArea.ofM2(polygon.geometry()) - insideM2;
      if (insideM2 <= 0) {
        warnings.add(polygon.path() + ": the area drawn lies wholly outside Ukraine's 1991 borders, so it counts"
            + " for nothing: was it drawn in the wrong place, or with latitude and longitude swapped (GeoJSON is"
            + " [longitude, latitude])?");
      } else if (outsideM2 > MOSTLY_OUTSIDE * insideM2) {
        warnings.add(String.format(Locale.ROOT, "%s: the area drawn is mostly outside Ukraine: %,.0f km² of it"
            + " lie outside the 1991 borders and only %,.0f km² inside; only the part inside counts. Check that it"
            + " is drawn where you meant", polygon.path(), outsideM2 / 1e6, insideM2 / 1e6));
      } else if (outsideM2 > OUTSIDE_TOLERANCE_M2) {
        warnings.add(String.format(Locale.ROOT, "%s: %.1f km² outside Ukraine's 1991 borders were clipped",
            polygon.path(), outsideM2 / 1e6));
      }
    }
    return new Checked(proposal, allocation, AreaReport.of(allocation), List.copyOf(warnings));
  }

  private static Written written(Checked checked, long revision) {
    return new Written(checked.proposal(), checked.report(), checked.warnings(), revision);
  }

  private static String text(JsonNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree could not be written back", e);
    }
  }
}
