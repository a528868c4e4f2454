package territorymap.territory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values made from one partition (figures, rendered bytes), filed under a key that names the layer
 * by its name, and made again when asked with another partition under the same key: a layer that a
 * later atlas replaces ({@link Atlas#with}: a mapped layer superseding an approximation, a later
 * snapshot of the same day) is never answered from the values of the one it replaced, while the
 * values of every other layer stay valid.
 *
 * @param <K> the key: a layer name, or a subject key that contains one
 * @param <V> the value
 */
public final class PartitionCache<K, V> {

  private record Entry<V>(Partition partition, V value) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  /** The value for a key made from {@code partition}, made now if there is none or it was made from another. */
  public V get(K key, Partition partition, Function<Partition, V> make) {
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.partition() == partition) {
      return entry.value();
    }
    return entries.compute(key, (k, e) -> e != null && e.partition() == partition
        ? e : new Entry<>(partition, make.apply(partition))).value();
  }
}
