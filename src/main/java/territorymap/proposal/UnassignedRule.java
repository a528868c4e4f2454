package territorymap.proposal;

import java.util.Optional;
import territorymap.territory.Side;

/** What happens to territory that none of a proposal's assignments names. */
public enum UnassignedRule implements WireName {
  /** It stays with whoever holds it in the control layer. */
  STATUS_QUO("status-quo"),
  /** It is Ukraine's: held parts stay, occupied parts are returned. */
  UKRAINE("ukraine");

  private final String id;

  UnassignedRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * On what terms the territory on {@code side} of the line that no term names is held: Russia keeps
   * the occupied part under {@link #STATUS_QUO}, everything else is Ukraine's; the proposal does not
   * say how that is recognised.
   */
  public Terms terms(Side side) {
    Party holder = side == Side.OCCUPIED && this == STATUS_QUO ? Party.RUSSIA : Party.UKRAINE;
    return Terms.of(holder, Recognition.NOT_MENTIONED);
  }

  @Override
  public String toString() {
    return id;
  }

  public static Optional<UnassignedRule> of(String id) {
    return WireName.find(values(), id);
  }
}
