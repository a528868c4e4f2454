package territorymap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ukraine's boundaries and every loaded control layer, each already cut into atoms: what all
 * area figures are computed from. Immutable: a layer added later makes a new atlas
 * ({@link #with}) that shares the partitions of this one.
 *
 * <p>One layer per date, with one exception: a mapped layer (e.g. DeepStateMap's) of the date of
 * one of the project's approximations supersedes it (the date names the mapped layer, whose
 * source says so), and the approximation stays available under a name of its own,
 * {@code YYYY-MM-DD-approximate} ({@link LayerRef.Approximation}), so that the two can be
 * compared. A proposal that names the date (every seeded one names 15 August 2025, the date of the
 * shipped approximation) is evaluated on the mapped layer: it supersedes the approximation. Two
 * mapped layers of one date: the later one replaces the earlier.
 */
public final class Atlas {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Atlas.class);

  private final Boundaries boundaries;
  /** One layer per date: the mapped one where there is one. */
  private final NavigableMap<LocalDate, Partition> partitions;
  /** The approximations a mapped layer of their date supersedes, by date. */
  private final NavigableMap<LocalDate, Partition> superseded;

  private Atlas(Boundaries boundaries, NavigableMap<LocalDate, Partition> partitions,
      NavigableMap<LocalDate, Partition> superseded) {
    this.boundaries = boundaries;
    this.partitions = java.util.Collections.unmodifiableNavigableMap(partitions);
    this.superseded = java.util.Collections.unmodifiableNavigableMap(superseded);
  }

  /**
   * @param layers one per date, but for an approximation and a mapped layer of one date (the
   *     mapped one supersedes the approximation, which stays available by name); of two mapped
   *     layers of one date, the later one replaces the earlier
   */
  public Atlas(Boundaries boundaries, Collection<ControlLayer> layers) {
    this.boundaries = boundaries;
    TreeMap<LocalDate, ControlLayer> current = new TreeMap<>();
    TreeMap<LocalDate, ControlLayer> approximations = new TreeMap<>();
    for (ControlLayer layer : layers) {
      ControlLayer other = current.get(layer.date());
      if (other == null) {
        current.put(layer.date(), layer);
      } else if (other.approximate() != layer.approximate()) {
        ControlLayer mapped = layer.approximate() ? other : layer;
        approximations.put(layer.date(), layer.approximate() ? layer : other);
        current.put(layer.date(), mapped.superseding());
        logSuperseded(mapped);
      } else {
        LOG.warn("Two control layers for {}: {} replaces {}", layer.date(), layer.source(), other.source());
        current.put(layer.date(), approximations.containsKey(layer.date()) ? layer.superseding() : layer);
      }
    }
    List<ControlLayer> all = new ArrayList<>(current.values());
    all.addAll(approximations.values());
    Map<ControlLayer, Partition> cut = new java.util.IdentityHashMap<>();
    all.parallelStream().map(layer -> Map.entry(layer, Partition.of(boundaries, layer))).toList()
        .forEach(e -> cut.put(e.getKey(), e.getValue()));
    TreeMap<LocalDate, Partition> byDate = new TreeMap<>();
    current.forEach((date, layer) -> byDate.put(date, cut.get(layer)));
    TreeMap<LocalDate, Partition> replaced = new TreeMap<>();
    approximations.forEach((date, layer) -> replaced.put(date, cut.get(layer)));
    this.partitions = java.util.Collections.unmodifiableNavigableMap(byDate);
    this.superseded = java.util.Collections.unmodifiableNavigableMap(replaced);
  }

  private static void logSuperseded(ControlLayer mapped) {
    LOG.info("Control layer for {}: {} supersedes the project's approximation of that day, which stays"
        + " available as layer {}{}", mapped.date(), mapped.source(), mapped.date(), ControlLayer.APPROXIMATE_SUFFIX);
  }

  public Boundaries boundaries() {
    return boundaries;
  }

  /** The layer dates, oldest first. */
  public List<LocalDate> dates() {
    return List.copyOf(partitions.keySet());
  }

  /** The partitions, one per date, oldest first. */
  public Collection<Partition> partitions() {
    return partitions.values();
  }

  /** The approximations superseded by a mapped layer of their date, oldest first. */
  public Collection<Partition> superseded() {
    return superseded.values();
  }

  /**
   * The partition a reference names.
   *
   * @param own the date of the layer {@link LayerRef.Own} stands for
   * @throws UnknownLayerException if there is no such layer (or no layer at all), naming the
   *     reference's field
   */
  public Partition partition(LayerRef ref, LocalDate own) {
    Partition partition;
    String requested;
    if (ref instanceof LayerRef.OnDate on) {
      partition = partitions.get(on.date());
      requested = on.date().toString();
    } else if (ref instanceof LayerRef.Latest) {
      partition = latest().orElse(null);
      requested = "latest";
    } else if (ref instanceof LayerRef.Approximation approximation) {
      partition = approximation(approximation.date()).orElse(null);
      requested = approximation.date() + ControlLayer.APPROXIMATE_SUFFIX;
    } else {
      partition = own == null ? null : partitions.get(own);
      requested = String.valueOf(own);
    }
    if (partition == null) {
      throw new UnknownLayerException(requested, ref.field(), dates());
    }
    return partition;
  }

  /** The project's approximation of a date, superseded or not, if there is one. */
  private Optional<Partition> approximation(LocalDate date) {
    Partition replaced = superseded.get(date);
    if (replaced != null) {
      return Optional.of(replaced);
    }
    return Optional.ofNullable(partitions.get(date)).filter(p -> p.layer().approximate());
  }

  /** The latest layer's partition (what {@code latest} names), if there is any layer. */
  public Optional<Partition> latest() {
    return partitions.isEmpty() ? Optional.empty() : Optional.of(partitions.lastEntry().getValue());
  }

  /** The partition of one day's layer, if loaded (the mapped one where there are two). */
  public Optional<Partition> find(LocalDate date) {
    return Optional.ofNullable(partitions.get(date));
  }

  /**
   * This atlas with one more layer: a new snapshot that shares every other partition, so that
   * figures computed on them stay valid. Made for layers added while the service runs; the atlas
   * in use is swapped for the new one as a whole. A mapped layer of an approximation's date
   * supersedes it (the approximation stays available by name); a mapped layer replaces a mapped
   * layer of its date, and an approximation one of its date.
   */
  public Atlas with(ControlLayer layer) {
    TreeMap<LocalDate, Partition> byDate = new TreeMap<>(partitions);
    TreeMap<LocalDate, Partition> replaced = new TreeMap<>(superseded);
    Partition other = partitions.get(layer.date());
    if (other != null && other.layer().approximate() && !layer.approximate()) {
      replaced.put(layer.date(), other);
      byDate.put(layer.date(), Partition.of(boundaries, layer.superseding()));
      logSuperseded(layer);
    } else if (other != null && !other.layer().approximate() && layer.approximate()) {
      replaced.put(layer.date(), Partition.of(boundaries, layer));
    } else {
      byDate.put(layer.date(), Partition.of(boundaries,
          replaced.containsKey(layer.date()) ? layer.superseding() : layer));
    }
    return new Atlas(boundaries, byDate, replaced);
  }

  public boolean hasLayer(LocalDate date) {
    return partitions.containsKey(date);
  }
}
