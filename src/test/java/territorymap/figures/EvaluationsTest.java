package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;
import territorymap.territory.LayerRef;
import territorymap.territory.Partition;
import territorymap.territory.UnknownLayerException;

/** The evaluation service on the grid (layers of 2025-08-15 and 2026-01-01) with a store in memory. */
class EvaluationsTest {

  @TempDir static Path dir;
  static Atlas atlas;

  /** A store in a map, with a revision per write. */
  static final class MapStore implements ProposalStore {
    final Map<String, Stored> definitions = new TreeMap<>();
    private long revisions;

    @Override
    public Optional<Stored> find(String id) {
      return Optional.ofNullable(definitions.get(id));
    }

    @Override
    public List<Stored> all() {
      return List.copyOf(definitions.values());
    }

    /** A page by id; the title and layer read from the definition as the database store does. */
    @Override
    public List<Listed> page(String after, String search, int limit) {
      return definitions.values().stream()
          .filter(s -> after == null || s.id().compareTo(after) > 0)
          .map(s -> {
            try {
              var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.definition());
              return new Listed(s.id(), root.path("title").asText(),
                  java.time.LocalDate.parse(root.path("layer").asText()), s.revision());
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .filter(l -> search == null || (l.id() + "\n" + l.title()).toLowerCase(java.util.Locale.ROOT).contains(search))
          .limit(limit)
          .toList();
    }

    @Override
    public boolean insert(String id, String definition, long revision) {
      return definitions.putIfAbsent(id, new Stored(id, definition, revision)) == null;
    }

    boolean insert(String id, String definition) {
      return insert(id, definition, ++revisions);
    }

    @Override
    public Change update(String id, String definition, long revision, Long expected) {
      Stored stored = definitions.get(id);
      if (stored == null) {
        return Change.NOT_FOUND;
      }
      if (expected != null && stored.revision() != expected) {
        return Change.CONFLICT;
      }
      definitions.put(id, new Stored(id, definition, revision));
      return Change.DONE;
    }

    Change update(String id, String definition) {
      return update(id, definition, ++revisions, null);
    }

    @Override
    public Change delete(String id, Long expected) {
      Stored stored = definitions.get(id);
      if (stored == null) {
        return Change.NOT_FOUND;
      }
      if (expected != null && stored.revision() != expected) {
        return Change.CONFLICT;
      }
      definitions.remove(id);
      return Change.DONE;
    }
  }

  @BeforeAll
  static void load() throws Exception {
    atlas = GridFixture.atlas(dir);
  }

  private static String definition(String id, String party) {
    return "{\"id\":\"" + id + "\",\"title\":\"T\",\"date\":\"2025-08-15\",\"summary\":\"S\",\"sources\":[],"
        + "\"layer\":\"2025-08-15\",\"assignments\":[{\"territory\":{\"occupied\":\"all\"},\"party\":\"" + party
        + "\",\"status\":\"" + (party.equals("ukraine") ? "returned" : "de-jure") + "\"}]}";
  }

  @Test
  void aSeededProposalIsKeptForGoodOnItsOwnLayerHoweverTheLayerIsNamed() {
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas);
    Subject own = evaluations.subject("alaska-2025-08-15", LayerRef.own());
    Subject named = evaluations.subject("alaska-2025-08-15", new LayerRef.OnDate(LocalDate.of(2025, 8, 15), "layer"));
    Subject latest = evaluations.subject("alaska-2025-08-15", new LayerRef.Latest("layer"));
    assertTrue(own.keptForGood());
    assertTrue(named.keptForGood());
    assertEquals(own.key(), named.key());
    assertFalse(latest.keptForGood());
    assertEquals(LocalDate.of(2026, 1, 1), latest.layer());
    assertSame(evaluations.report(own), evaluations.report(named));
  }

  @Test
  void aStoredProposalIsParsedOncePerTextAndItsFiguresFollowItsText() {
    MapStore store = new MapStore();
    store.insert("mine", definition("mine", "russia"));
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas, store);
    ProposalVersion first = evaluations.catalogue().find("mine").orElseThrow();
    assertSame(first, evaluations.catalogue().all().get(evaluations.catalogue().all().size() - 1));
    Subject subject = evaluations.subject(first, LayerRef.own());
    assertFalse(subject.keptForGood());
    AreaReport before = evaluations.report(subject);
    assertSame(before, evaluations.report(evaluations.subject("mine", LayerRef.own())));
    assertTrue(before.parties().get(Party.RUSSIA).km2() > 0);

    store.update("mine", definition("mine", "ukraine"));
    ProposalVersion second = evaluations.catalogue().get("mine");
    assertNotSame(first, second);
    assertEquals(0, evaluations.report("mine", LayerRef.own()).parties().get(Party.RUSSIA).km2());
  }

  @Test
  void aLayersOwnFiguresAreTheOccupiedTerritoryOfTheStatusQuo() {
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas);
    LayerFigures layer = evaluations.layer(new LayerRef.OnDate(LocalDate.of(2025, 8, 15), "date"));
    Partition partition = atlas.partition(new LayerRef.OnDate(LocalDate.of(2025, 8, 15), "date"), null);
    assertEquals(Rounding.km2(partition.occupiedM2() / 1e6), layer.occupied().km2());
    assertEquals(layer.occupied().km2(), layer.regions().stream().mapToDouble(r -> r.occupied().km2()).sum(), 0.1 * 27);
    Timeline timeline = evaluations.timeline(LocalDate.of(2025, 1, 1), LocalDate.MAX, null);
    assertEquals(2, timeline.points().size());
    assertEquals(layer.occupied(), timeline.points().get(0).occupied());
    assertEquals(timeline.points().get(1).occupied().minus(layer.occupied()), timeline.points().get(1).change());
  }

  @Test
  void anUnknownLayerNamesTheFieldThatAskedForIt() {
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas);
    UnknownLayerException e = assertThrows(UnknownLayerException.class,
        () -> evaluations.subject("alaska-2025-08-15", new LayerRef.OnDate(LocalDate.of(2020, 1, 1), "--layer")));
    assertEquals("--layer", e.field());
    assertEquals(List.of(LocalDate.of(2022, 2, 23), LocalDate.of(2025, 8, 15), LocalDate.of(2026, 1, 1)), e.available());
    assertThrows(UnknownLayerException.class, () -> LayerRef.parse("yesterday", "date", atlas));
  }

  @Test
  void anAtlasWithOneMoreLayerSharesTheOtherPartitions() throws Exception {
    Files.createDirectories(dir.resolve("more"));
    var layer = GridFixture.layerEastOf(atlas.boundaries(), dir.resolve("more"), 30, LocalDate.of(2026, 3, 1));
    Atlas more = atlas.with(layer);
    assertEquals(4, more.dates().size());
    assertSame(atlas.find(LocalDate.of(2025, 8, 15)).orElseThrow(), more.find(LocalDate.of(2025, 8, 15)).orElseThrow());
    assertEquals(3, atlas.dates().size(), "the atlas itself is unchanged");
  }

  /** The grid's layer of 15 August 2025 as if it were the project's approximation of that day. */
  private static territorymap.territory.ControlLayer approximationOf(LocalDate date) {
    var mapped = atlas.find(date).orElseThrow().layer();
    return new territorymap.territory.ControlLayer(date, mapped.geometry(), true, "the approximation", mapped.rawAreaM2());
  }

  @Test
  void aMappedLayerSupersedesTheApproximationOfItsDateWhichStaysAvailableByItsOwnName() throws Exception {
    LocalDate august = LocalDate.of(2025, 8, 15);
    Files.createDirectories(dir.resolve("mapped"));
    var mapped = GridFixture.layerEastOf(atlas.boundaries(), dir.resolve("mapped"), 29, august);
    Atlas approximate = new Atlas(atlas.boundaries(), List.of(approximationOf(august)));
    assertEquals("2025-08-15-approximate", approximate.find(august).orElseThrow().layer().name());
    // Added while the service runs, or loaded together in either order: the same atlas.
    for (Atlas both : List.of(approximate.with(mapped),
        new Atlas(atlas.boundaries(), List.of(approximationOf(august), mapped)),
        new Atlas(atlas.boundaries(), List.of(mapped, approximationOf(august))))) {
      Partition current = both.partition(new LayerRef.OnDate(august, "layer"), null);
      Partition kept = both.partition(LayerRef.parse("2025-08-15-approximate", "layer").orElseThrow(), null);
      assertFalse(current.layer().approximate());
      assertEquals("2025-08-15", current.layer().name());
      assertTrue(current.layer().source().endsWith("(supersedes the project's approximation of 2025-08-15,"
          + " still available as layer 2025-08-15-approximate)"), current.layer().source());
      assertTrue(kept.layer().approximate());
      assertEquals("the approximation", kept.layer().source());
      assertEquals(List.of(august), both.dates(), "one layer per date for the timeline");
      assertEquals(List.of(kept), List.copyOf(both.superseded()));
      assertTrue(current.occupiedM2() > kept.occupiedM2(), "east of 29 holds more than east of 29.5");
    }
    assertSame(approximate.find(august).orElseThrow(),
        approximate.with(mapped).partition(new LayerRef.Approximation(august, "layer"), null), "shared, not cut again");
    // The approximation of a date that has none is unknown, named against its field.
    UnknownLayerException e = assertThrows(UnknownLayerException.class,
        () -> atlas.partition(new LayerRef.Approximation(august, "date"), null));
    assertEquals("date", e.field());
    assertTrue(e.getMessage().contains("2025-08-15-approximate"), e.getMessage());
  }

  @Test
  void addingALayerChangesNoOtherLayersFiguresAndALaterSnapshotOfADateIsNeverAnsweredFromTheOldOne()
      throws Exception {
    Evaluations evaluations = Evaluations.load(Path.of("seeds/proposals"), atlas);
    LocalDate august = LocalDate.of(2025, 8, 15);
    LocalDate january = LocalDate.of(2026, 1, 1);
    LayerFigures augustBefore = evaluations.layer(new LayerRef.OnDate(august, "date"));
    AreaReport seededBefore = evaluations.report("alaska-2025-08-15", LayerRef.own());
    AreaReport latestBefore = evaluations.report("alaska-2025-08-15", new LayerRef.Latest("layer"));
    LayerFigures januaryBefore = evaluations.layer(new LayerRef.OnDate(january, "date"));
    Files.createDirectories(dir.resolve("later"));
    // A later snapshot of 1 January holding less (east of 30, not of 28) and a new date.
    evaluations.add(GridFixture.layerEastOf(atlas.boundaries(), dir.resolve("later"), 30, january));
    Files.createDirectories(dir.resolve("march"));
    evaluations.add(GridFixture.layerEastOf(atlas.boundaries(), dir.resolve("march"), 31, LocalDate.of(2026, 3, 1)));
    assertEquals(List.of(LocalDate.of(2022, 2, 23), august, january, LocalDate.of(2026, 3, 1)), evaluations.atlas().dates());
    assertSame(augustBefore, evaluations.layer(new LayerRef.OnDate(august, "date")), "kept, not recomputed");
    assertSame(seededBefore, evaluations.report("alaska-2025-08-15", LayerRef.own()));
    LayerFigures januaryAfter = evaluations.layer(new LayerRef.OnDate(january, "date"));
    assertTrue(januaryAfter.occupied().km2() < januaryBefore.occupied().km2(),
        januaryAfter.occupied() + " vs " + januaryBefore.occupied());
    AreaReport onJanuary = evaluations.report("alaska-2025-08-15", new LayerRef.OnDate(january, "layer"));
    assertEquals(january, latestBefore.layer().date());
    assertFalse(onJanuary.equals(latestBefore), "the old 1 January figures are not served");
    assertEquals(LocalDate.of(2026, 3, 1), evaluations.report("alaska-2025-08-15", new LayerRef.Latest("layer"))
        .layer().date());
    // The catalogue checks definitions against the atlas in use: a definition may name the new date.
    assertEquals(LocalDate.of(2026, 3, 1), evaluations.catalogue().reader().read(
        definition("new", "russia").replace("\"layer\":\"2025-08-15\"", "\"layer\":\"2026-03-01\""), "test")
        .layer());
  }
}
