package territorymap.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ukraine's boundaries and every loaded control layer, each already cut into atoms: what all
 * area figures are computed from. Immutable: a layer added later makes a new atlas
 * ({@link #with}) that shares the partitions of this one.
 */
public final class Atlas {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Atlas.class);

  private final Boundaries boundaries;
  private final NavigableMap<LocalDate, Partition> partitions;

  private Atlas(Boundaries boundaries, NavigableMap<LocalDate, Partition> partitions) {
    this.boundaries = boundaries;
    this.partitions = java.util.Collections.unmodifiableNavigableMap(partitions);
  }

  /** @param layers at most one per date; a later one for the same date replaces an earlier one */
  public Atlas(Boundaries boundaries, Collection<ControlLayer> layers) {
    this.boundaries = boundaries;
    TreeMap<LocalDate, Partition> byDate = new TreeMap<>();
    layers.parallelStream()
        .map(layer -> Partition.of(boundaries, layer))
        .toList()
        .forEach(partition -> {
          Partition replaced = byDate.put(partition.layer().date(), partition);
          if (replaced != null) {
            LOG.warn("Two control layers for {}: {} replaces {}", partition.layer().date(),
                partition.layer().source(), replaced.layer().source());
          }
        });
    this.partitions = java.util.Collections.unmodifiableNavigableMap(byDate);
  }

  public Boundaries boundaries() {
    return boundaries;
  }

  /** The layer dates, oldest first. */
  public List<LocalDate> dates() {
    return List.copyOf(partitions.keySet());
  }

  /** The partitions, oldest first. */
  public Collection<Partition> partitions() {
    return partitions.values();
  }

  /**
   * The partition a reference names.
   *
   * @param own the date of the layer {@link LayerRef.Own} stands for
   * @throws UnknownLayerException if there is no such layer (or no layer at all), naming the
   *     reference's field
   */
  public Partition partition(LayerRef ref, LocalDate own) {
    LocalDate date;
    if (ref instanceof LayerRef.OnDate on) {
      date = on.date();
    } else if (ref instanceof LayerRef.Latest) {
      date = partitions.isEmpty() ? null : partitions.lastKey();
    } else {
      date = own;
    }
    Partition partition = date == null ? null : partitions.get(date);
    if (partition == null) {
      throw new UnknownLayerException(ref instanceof LayerRef.Latest ? "latest" : String.valueOf(date),
          ref.field(), dates());
    }
    return partition;
  }

  /** The partition of one day's layer, if loaded. */
  public Optional<Partition> find(LocalDate date) {
    return Optional.ofNullable(partitions.get(date));
  }

  /**
   * This atlas with one more layer (replacing any of the same date): a new snapshot that shares
   * every other partition, so that figures computed on them stay valid. Made for layers added
   * while the service runs; the atlas in use is swapped for the new one as a whole.
   */
  public Atlas with(ControlLayer layer) {
    TreeMap<LocalDate, Partition> byDate = new TreeMap<>(partitions);
    byDate.put(layer.date(), Partition.of(boundaries, layer));
    return new Atlas(boundaries, byDate);
  }

  public boolean hasLayer(LocalDate date) {
    return partitions.containsKey(date);
  }
}
