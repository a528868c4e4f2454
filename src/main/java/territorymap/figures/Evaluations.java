package territorymap.figures;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import territorymap.geo.GeodesicArea;
import territorymap.people.OfficialPopulation;
import territorymap.people.Places;
import territorymap.people.PopulationModel;
import territorymap.proposal.Catalogue;
import territorymap.proposal.ProposalReader;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.Atlas;
import territorymap.territory.ControlLayer;
import territorymap.territory.LayerRef;
import territorymap.territory.Partition;
import territorymap.territory.PartitionCache;
import territorymap.territory.Territory;

/**
 * What proposals amount to: the one service in front of the figures, and the owner of their only
 * cache. Everything is evaluated for a {@link Subject} (a proposal version on a layer) and filed
 * under its key, so a changed definition is never answered from the figures of its old text.
 *
 * <p>What is kept: subjects {@link Subject#keptForGood kept for good} (seeded proposals on their
 * own layer) for good; any other subject among the {@value #RECENT} most recently asked; each
 * layer's own figures ({@link LayerFigures}, a few kilobytes) for good. An entry holds a subject's
 * allocation and report together.
 *
 * <p>Layers: the cache keys name a layer by its name (its date, or {@code DATE-approximate}), not
 * by the atlas, so that a later atlas with more layers ({@link #add}) is put in place without
 * invalidating the figures of the layers it shares with this one; an entry remembers the
 * partition it was made from, and a layer that the later atlas replaces (a later snapshot of the
 * same day) is evaluated again rather than answered from the figures of the one it replaced.
 */
public final class Evaluations {

  /** How many subjects not kept for good are kept, most recently asked first. */
  static final int RECENT = 256;

  /** Area outside the country below which no warning is given, m² (overlay noise). */
  static final double OUTSIDE_TOLERANCE_M2 = 10_000;

  /** Above this many times the area inside, the area outside is warned about in words, not only clipped. */
  static final double MOSTLY_OUTSIDE = 4;

  /** A subject's figures, computed together. */
  private record Evaluated(Allocation allocation, AreaReport report, PeopleReport people) {}

  private final Catalogue catalogue;
  /** The atlas in use: swapped as a whole for one with a layer more ({@link #add}). */
  private final AtomicReference<Atlas> atlas;
  private final Map<Subject.Key, Evaluated> permanent = new ConcurrentHashMap<>();
  private final Map<Subject.Key, Evaluated> recent = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Subject.Key, Evaluated> eldest) {
          return size() > RECENT;
        }
      });
  private final PartitionCache<String, LayerFigures> layers = new PartitionCache<>();
  /** Each layer's population model (its places located in its atoms once), by layer name. */
  private final PartitionCache<String, PopulationModel> populations = new PartitionCache<>();
  private final Places places = Places.shipped();
  private final OfficialPopulation officialPopulation = OfficialPopulation.shipped();
  private final StoredHeadlines headlines = new StoredHeadlines();

  private Evaluations(Catalogue catalogue, AtomicReference<Atlas> atlas) {
    this.catalogue = catalogue;
    this.atlas = atlas;
  }

  /**
   * The evaluations of the seeded proposals in a folder, and of those in a store, with the seeded
   * ones evaluated on their own layers ({@link #warm}).
   */
  public static Evaluations load(Path seeds, Atlas atlas, ProposalStore store) {
    return open(seeds, atlas, store).warm();
  }

  /** As {@link #load(Path, Atlas, ProposalStore)}, with nothing evaluated until it is asked for. */
  public static Evaluations open(Path seeds, Atlas atlas, ProposalStore store) {
    AtomicReference<Atlas> current = new AtomicReference<>(atlas);
    // The catalogue checks definitions against the atlas in use, layers added later included.
    return new Evaluations(Catalogue.load(seeds, current::get, store), current);
  }

  /** The seeded proposals only, with no store. */
  public static Evaluations load(Path seeds, Atlas atlas) {
    return load(seeds, atlas, ProposalStore.NONE);
  }

  /** Evaluates every seeded proposal on its own layer, in parallel: what is kept for good. */
  public Evaluations warm() {
    catalogue.seeded().parallelStream().forEach(version -> evaluated(subject(version, LayerRef.own())));
    return this;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The atlas in use now: read it once per request, and keep what it answers. */
  public Atlas atlas() {
    return atlas.get();
  }

  /**
   * Adds a control layer while the service runs: the atlas in use is swapped for one with the layer
   * more ({@link Atlas#with}), as a whole, so that a request sees the old atlas or the new, never a
   * mixture; the figures of every other layer are kept. Adds run one at a time.
   *
   * @return the atlas now in use
   */
  public synchronized Atlas add(ControlLayer layer) {
    Atlas next = atlas.get().with(layer);
    atlas.set(next);
    return next;
  }

  /**
   * A proposal on a layer.
   *
   * @throws territorymap.proposal.UnknownProposalException if there is no such proposal
   * @throws territorymap.territory.UnknownLayerException if there is no such layer
   */
  public Subject subject(String id, LayerRef layer) {
    return subject(catalogue.get(id), layer);
  }

  public Subject subject(ProposalVersion version, LayerRef layer) {
    return new Subject(version, atlas().partition(layer, version.proposal().layer()));
  }

  private Evaluated evaluated(Subject subject) {
    Map<Subject.Key, Evaluated> cache = subject.keptForGood() ? permanent : recent;
    Evaluated evaluated = cache.get(subject.key());
    // Made from another partition: the layer of that name was replaced since.
    if (evaluated == null || evaluated.allocation().partition() != subject.partition()) {
      Allocation allocation = Allocation.of(subject.version().proposal(), subject.partition());
      evaluated = new Evaluated(allocation, AreaReport.of(allocation),
          PeopleReport.of(allocation, population(subject.partition())));
      cache.put(subject.key(), evaluated);
    }
    return evaluated;
  }

  public Allocation allocation(Subject subject) {
    return evaluated(subject).allocation();
  }

  public AreaReport report(Subject subject) {
    return evaluated(subject).report();
  }

  /** The pre-war population, estimate, of what a subject gives to whom: computed with its report. */
  public PeopleReport people(Subject subject) {
    return evaluated(subject).people();
  }

  /** A layer's population model: made once per layer. */
  private PopulationModel population(Partition partition) {
    return populations.get(partition.layer().name(), partition, p -> PopulationModel.of(p, places, officialPopulation));
  }

  /** The area report of a proposal on a layer. */
  public AreaReport report(String id, LayerRef layer) {
    return report(subject(id, layer));
  }

  /** Two or three proposals compared on one layer: the first one's own, unless named. */
  public Comparison compare(List<String> ids, LayerRef layer) {
    return compare(subjects(ids, layer));
  }

  /** Proposals compared on one layer, the first being the baseline ({@link #subjects}). */
  public Comparison compare(List<Subject> subjects) {
    return Comparison.of(subjects.stream().map(this::allocation).toList(),
        subjects.stream().map(this::report).toList());
  }

  /** The subjects of a comparison: every proposal on the layer the first one's reference names. */
  public List<Subject> subjects(List<String> ids, LayerRef layer) {
    Subject first = subject(ids.get(0), layer);
    LayerRef date = first.partition().layer().approximate()
        ? new LayerRef.Approximation(first.layer(), layer.field()) : new LayerRef.OnDate(first.layer(), layer.field());
    List<Subject> subjects = new ArrayList<>(List.of(first));
    ids.subList(1, ids.size()).forEach(id -> subjects.add(subject(id, date)));
    return subjects;
  }

  /** A seeded proposal's headline: from its report on its own layer, which is kept for good. */
  public Headline headline(ProposalVersion seeded) {
    return Headline.of(seeded.proposal(), report(subject(seeded, LayerRef.own())));
  }

  /**
   * A stored proposal's headline on its own layer: the one computed when it was written or first
   * listed, if the listed revision is still the one known; otherwise read and evaluated now (once
   * per version: after a start, or when another instance wrote it, or when its layer appeared).
   *
   * @return empty if the proposal is no longer stored
   * @throws territorymap.proposal.LayerNotLoadedException if its layer is not loaded
   * @throws territorymap.proposal.DefinitionException if it cannot be read or evaluated any more
   * @throws territorymap.proposal.StoreUnavailableException if the store cannot be read
   */
  public Optional<Headline> headline(ProposalStore.Listed row) {
    Optional<Headline> known = knownHeadline(row);
    if (known.isPresent()) {
      return known;
    }
    return catalogue.storedVersion(row.id()).map(stored -> {
      ProposalVersion version = stored.version();
      Allocation allocation = Allocation.of(version.proposal(), atlas().partition(LayerRef.own(), version.proposal().layer()));
      Headline headline = Headline.of(version.proposal(), AreaReport.of(allocation));
      headlines.put(row.id(), stored.revision(), headline);
      return headline;
    });
  }

  /** A stored proposal's headline if it is known for the listed revision; never evaluates. */
  public Optional<Headline> knownHeadline(ProposalStore.Listed row) {
    return Optional.ofNullable(headlines.get(row.id(), row.revision()));
  }

  /** Files a stored proposal's headline when it is written: its figures as its check computed them. */
  public void written(long revision, CheckedDefinition checked) {
    headlines.put(checked.proposal().id(), revision, Headline.of(checked.proposal(), checked.report()));
  }

  /** Forgets a deleted proposal's headline. */
  public void deleted(String id) {
    headlines.remove(id);
  }

  /** A layer's own figures: the occupied territory in all and by region. */
  public LayerFigures layer(LayerRef layer) {
    return layer(atlas().partition(layer, null));
  }

  private LayerFigures layer(Partition partition) {
    return layers.get(partition.layer().name(), partition, LayerFigures::of);
  }

  /** Every layer's own figures, oldest first, one per date (the mapped layer where there are two). */
  public List<LayerFigures> layers() {
    return atlas().partitions().stream().map(this::layer).toList();
  }

  /** The own figures of the approximations superseded by a mapped layer of their date, oldest first. */
  public List<LayerFigures> supersededLayers() {
    return atlas().superseded().stream().map(this::layer).toList();
  }

  /**
   * The occupied area over time, layer by layer, between two dates (inclusive).
   *
   * @param region a region code (checked by the caller), or {@code null} for the whole country
   */
  public Timeline timeline(LocalDate from, LocalDate to, String region) {
    List<Timeline.Point> points = new ArrayList<>();
    Figure previous = null;
    for (Partition partition : atlas().partitions()) {
      LocalDate date = partition.layer().date();
      if (date.isBefore(from) || date.isAfter(to)) {
        continue;
      }
      LayerFigures figures = layer(partition);
      LayerFigures.RegionOccupied inRegion = region == null ? null : figures.region(region);
      Figure occupied = inRegion == null ? figures.occupied() : inRegion.occupied();
      points.add(new Timeline.Point(date, partition.layer().approximate(), occupied,
          previous == null ? null : occupied.minus(previous), inRegion == null ? null : inRegion.percentOfRegion()));
      previous = occupied;
    }
    return new Timeline(region, points);
  }

  /**
   * Evaluates a definition sent to the service on its own layer, without caching it: its figures,
   * and the repairs made to its explicit polygons (an invalid polygon repaired, a polygon reaching
   * outside Ukraine's 1991 borders clipped), each as a warning naming the field.
   *
   * @throws territorymap.proposal.DefinitionException if its assignments overlap on that layer
   */
  public CheckedDefinition check(ProposalReader.Reading reading) {
    Partition partition = atlas().partition(LayerRef.own(), reading.proposal().layer());
    Allocation allocation = Allocation.of(reading.proposal(), partition);
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
    return new CheckedDefinition(reading.proposal(), allocation, AreaReport.of(allocation), warnings);
  }
}
