package territorymap.figures;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import territorymap.proposal.Party;

/** Maps keyed by party: always every party, in {@link Party} order, unmodifiable. */
final class Parties {

  private Parties() {}

  static <V> Map<Party, V> copy(Map<Party, V> byParty) {
    if (byParty.size() != Party.values().length) {
      throw new IllegalArgumentException("a value for each party is needed, not " + byParty.keySet());
    }
    return Collections.unmodifiableMap(new EnumMap<>(byParty));
  }
}
