package territorymap.proposal;

import java.util.Optional;
import territorymap.territory.Side;

/** What happens to territory that none of a proposal's assignments names. */
public enum UnassignedRule implements WireName {
  /** It stays with whoever holds it in the control layer (status {@code status-quo}). */
  STATUS_QUO("status-quo"),
  /** It is Ukraine's: held parts stay ({@code unchanged}), occupied parts are {@code returned}. */
  UKRAINE("ukraine");

  private final String id;

  UnassignedRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** Who gets the territory on {@code side} of the line that no term names. */
  public Party party(Side side) {
    return side == Side.OCCUPIED && this == STATUS_QUO ? Party.RUSSIA : Party.UKRAINE;
  }

  /** On what terms: held parts {@code unchanged}; occupied ones {@code status-quo} or {@code returned}. */
  public Status status(Side side) {
    if (side == Side.HELD) {
      return Status.UNCHANGED;
    }
    return this == STATUS_QUO ? Status.STATUS_QUO : Status.RETURNED;
  }

  @Override
  public String toString() {
    return id;
  }

  public static Optional<UnassignedRule> of(String id) {
    return WireName.find(values(), id);
  }
}
