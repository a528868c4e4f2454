package territorymap.proposal;

import java.util.Optional;

/** Who a proposal gives a piece of territory to. */
public enum Party implements WireName {
  RUSSIA("russia"),
  UKRAINE("ukraine"),
  /** Neither side's forces: a demilitarized or buffer zone. */
  DEMILITARIZED("demilitarized");

  private final String id;

  Party(String id) {
    this.id = id;
  }

  /** The name used in definitions and reports, e.g. {@code "russia"}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static Optional<Party> of(String id) {
    return WireName.find(values(), id);
  }
}
