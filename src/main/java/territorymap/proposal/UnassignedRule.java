package territorymap.proposal;

import java.util.Optional;

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

  @Override
  public String toString() {
    return id;
  }

  public static Optional<UnassignedRule> of(String id) {
    return WireName.find(values(), id);
  }
}
