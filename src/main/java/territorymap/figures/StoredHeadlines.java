package territorymap.figures;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headlines of stored proposals, one per id, each filed with the revision it is of: a
 * headline is computed once per version (an id and a revision, which every write draws anew) on
 * its own layer. A newer revision replaces the entry; a deleted id drops it. Bounded by the
 * number of ids ever seen by this instance, each a few hundred bytes and its summary text.
 */
final class StoredHeadlines {

  private record Entry(long revision, Headline headline) {}

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();

  /** The headline of a version, if it is known. */
  Headline get(String id, long revision) {
    Entry entry = byId.get(id);
    return entry != null && entry.revision() == revision ? entry.headline() : null;
  }

  void put(String id, long revision, Headline headline) {
    byId.put(id, new Entry(revision, headline));
  }

  void remove(String id) {
    byId.remove(id);
  }
}
