package territorymap.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Ukraine's boundaries and every loaded control layer, each already cut into atoms: what all
 * area figures are computed from. Built once at start-up; immutable.
 */
public final class Atlas {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Atlas.class);

  private final Boundaries boundaries;
  private final NavigableMap<LocalDate, Partition> partitions;

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
   * The partition of a layer.
   *
   * @param date {@code YYYY-MM-DD} or {@code latest}
   * @throws UnknownLayerException if there is no such layer (or no layer at all)
   */
  public Partition partition(String date) {
    Partition partition = null;
    if ("latest".equals(date)) {
      partition = partitions.isEmpty() ? null : partitions.lastEntry().getValue();
    } else {
      try {
        partition = partitions.get(LocalDate.parse(date));
      } catch (java.time.DateTimeException e) {
        // Not a date: reported below as unknown, with the dates there are.
      }
    }
    if (partition == null) {
      throw new UnknownLayerException(date, dates());
    }
    return partition;
  }

  public boolean hasLayer(LocalDate date) {
    return partitions.containsKey(date);
  }
}
