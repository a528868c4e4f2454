package territorymap.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import territorymap.territory.Atlas;
import territorymap.territory.Detail;
import territorymap.territory.Partition;

/**
 * The catalogue of proposals and everything computed from them: allocations, area reports and
 * map features per proposal and control layer, each computed once and then served from memory.
 *
 * <p>Two kinds of proposal: the seeded ones, read from {@code seeds/proposals/} when the catalogue
 * loads and read-only; and those made through the API, kept in a {@link ProposalStore} and read
 * from it on every request, so that several instances can share one store. A seeded definition
 * that cannot be read, names an unknown region or layer, or whose assignments overlap on its own
 * layer stops the load with a {@link DefinitionException} naming the file and the field.
 *
 * <p>Caches are keyed by a fingerprint of the definition (its id for a seeded one, its id and a
 * SHA-256 of its text for a stored one), so a changed definition is never answered from the cache
 * of its old text. The figures of a seeded proposal on its own layer are kept for good; those of
 * stored proposals, and of any proposal on another layer, for the {@value #RECENT} most recent only,
 * so that memory stays bounded however many layers are loaded and asked about.
 */
public final class Proposals {

  static final int RECENT = 256;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Atlas atlas;
  private final Map<String, Proposal> seeded;
  private final ProposalStore store;
  private final ProposalReader reader;
  private final Map<Key, Object> permanent = new ConcurrentHashMap<>();
  private final Map<Key, Object> recent = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
          return size() > RECENT;
        }
      });

  /** What is cached: an allocation, a report, map features, a comparison. */
  private record Key(String kind, String fingerprint, LocalDate layer) {}

  /** A proposal with the fingerprint its cached figures are filed under. */
  private record Entry(Proposal proposal, String fingerprint, boolean seeded) {}

  private Proposals(Atlas atlas, Map<String, Proposal> seeded, ProposalStore store) {
    this.atlas = atlas;
    this.seeded = seeded;
    this.store = store;
    this.reader = reader(atlas);
  }

  static ProposalReader reader(Atlas atlas) {
    return new ProposalReader(code -> atlas.boundaries().find(code).isPresent());
  }

  /**
   * Reads every {@code *.json} definition in a folder, checks it, and computes its report.
   *
   * @param store where proposals made through the API are kept ({@link ProposalStore#NONE} for none)
   */
  public static Proposals load(Path folder, Atlas atlas, ProposalStore store) {
    ProposalReader reader = reader(atlas);
    Map<String, Proposal> byId = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list proposal definitions in " + folder, e);
    }
    for (Path file : files) {
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new DefinitionException(file.toString(), "$", "not valid JSON: " + e.getMessage());
      }
      Proposal proposal = reader.read(root, file.toString());
      if (byId.containsKey(proposal.id())) {
        throw new DefinitionException(file.toString(), "id", "\"" + proposal.id() + "\" is used twice");
      }
      checkLayer(proposal, atlas, file.toString());
      byId.put(proposal.id(), proposal);
    }
    Proposals proposals = new Proposals(atlas, byId, store);
    byId.values().parallelStream().forEach(p -> proposals.report(p.id(), null));
    return proposals;
  }

  /** The seeded proposals only, with no store. */
  public static Proposals load(Path folder, Atlas atlas) {
    return load(folder, atlas, ProposalStore.NONE);
  }

  static void checkLayer(Proposal proposal, Atlas atlas, String source) {
    if (!atlas.hasLayer(proposal.layer())) {
      throw new DefinitionException(source, "layer", "no control layer for " + proposal.layer()
          + "; layers: " + atlas.dates());
    }
  }

  public Atlas atlas() {
    return atlas;
  }

  ProposalStore store() {
    return store;
  }

  /** The seeded proposals, in file-name order. */
  public List<Proposal> seeded() {
    return List.copyOf(seeded.values());
  }

  public boolean isSeeded(String id) {
    return seeded.containsKey(id);
  }

  /**
   * Every proposal: the seeded ones, then the stored ones by id.
   *
   * @throws StoreUnavailableException if the store cannot be read
   */
  public List<Proposal> all() {
    List<Proposal> all = new ArrayList<>(seeded.values());
    for (ProposalStore.Stored stored : store.all()) {
      all.add(parse(stored).proposal());
    }
    return all;
  }

  /** @throws StoreUnavailableException if the id is not seeded and the store cannot be read */
  public Optional<Proposal> find(String id) {
    return entry(id).map(Entry::proposal);
  }

  /**
   * A proposal made through the API as stored, with its revision; empty for a seeded id or none.
   *
   * @throws StoreUnavailableException if the store cannot be read
   */
  public Optional<ProposalStore.Stored> stored(String id) {
    return seeded.containsKey(id) ? Optional.empty() : store.find(id);
  }

  /** @throws UnknownProposalException if there is no such proposal */
  public Proposal get(String id) {
    return find(id).orElseThrow(() -> new UnknownProposalException(id));
  }

  private Optional<Entry> entry(String id) {
    Proposal proposal = seeded.get(id);
    if (proposal != null) {
      return Optional.of(new Entry(proposal, "seed:" + id, true));
    }
    return store.find(id).map(this::parse);
  }

  private Entry parse(ProposalStore.Stored stored) {
    try {
      Proposal proposal = reader.read(JSON.readTree(stored.definition()), "stored proposal " + stored.id());
      return new Entry(proposal, "user:" + stored.id() + ":" + sha256(stored.definition()), false);
    } catch (IOException e) {
      throw new StoreUnavailableException("stored proposal " + stored.id() + " is not JSON", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(Entry entry, String kind, LocalDate layer, Supplier<T> compute) {
    Key key = new Key(kind, entry.fingerprint(), layer);
    // Kept for good: a seeded proposal on its own layer. Any other layer, like any stored proposal,
    // goes to the bounded cache, since there may be hundreds of layers to ask about.
    Map<Key, Object> cache = entry.seeded() && layer.equals(entry.proposal().layer()) ? permanent : recent;
    Object value = cache.get(key);
    if (value == null) {
      value = compute.get();
      cache.putIfAbsent(key, value);
    }
    return (T) value;
  }

  private Entry require(String id) {
    return entry(id).orElseThrow(() -> new UnknownProposalException(id));
  }

  private Partition partition(Proposal proposal, String layer) {
    return atlas.partition(layer == null ? proposal.layer().toString() : layer);
  }

  /**
   * The proposal evaluated on a layer.
   *
   * @param layer {@code YYYY-MM-DD}, {@code latest}, or {@code null} for the proposal's own layer
   */
  public Allocation allocation(String id, String layer) {
    return allocation(require(id), layer);
  }

  private Allocation allocation(Entry entry, String layer) {
    Partition partition = partition(entry.proposal(), layer);
    return cached(entry, "allocation", partition.layer().date(), () -> Allocation.of(entry.proposal(), partition));
  }

  /** The area report of a proposal on a layer (see {@link #allocation}). */
  public AreaReport report(String id, String layer) {
    return report(require(id), layer);
  }

  private AreaReport report(Entry entry, String layer) {
    Allocation allocation = allocation(entry, layer);
    return cached(entry, "report", allocation.partition().layer().date(), () -> AreaReport.of(allocation));
  }

  /**
   * The proposal as a GeoJSON FeatureCollection for a map ({@link ProposalFeatures}). Made on each
   * call from the cached allocation: a collection is large (megabytes at full detail), and the web
   * layer keeps the rendered bytes of those it serves again and again.
   */
  public JsonNode features(String id, String layer, Detail detail) {
    Entry entry = require(id);
    return ProposalFeatures.of(allocation(entry, layer), report(entry, layer), detail);
  }

  /**
   * The control layer itself as a report: the proposal that changes nothing, so that
   * {@code parties.russia} is the occupied territory.
   *
   * @param layer {@code YYYY-MM-DD} or {@code latest}
   */
  public AreaReport layerReport(String layer) {
    Partition partition = atlas.partition(layer);
    LocalDate date = partition.layer().date();
    Proposal unchanged = new Proposal("layer-" + date, "Control on " + date, date, "The control layer as it is.",
        List.of(), date, UnassignedRule.STATUS_QUO, List.of(), null);
    return cached(new Entry(unchanged, "layer", true), "report", date,
        () -> AreaReport.of(Allocation.of(unchanged, partition)));
  }

  /** The comparison of two or three proposals on one layer (the first one's layer if null). */
  public Comparison compare(List<String> ids, String layer) {
    List<Entry> entries = ids.stream().map(this::require).toList();
    String date = partition(entries.get(0).proposal(), layer).layer().date().toString();
    List<Allocation> allocations = entries.stream().map(e -> allocation(e, date)).toList();
    List<AreaReport> reports = entries.stream().map(e -> report(e, date)).toList();
    return Comparison.of(allocations, reports);
  }
}
