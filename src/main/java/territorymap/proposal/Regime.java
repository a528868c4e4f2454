package territorymap.proposal;

import java.util.Optional;

/**
 * What regime a proposal puts on a piece of territory, apart from who holds it: a zone recognised as
 * Russian may still be demilitarized (the US 28-point draft, point 21(d)).
 */
public enum Regime implements WireName {
  /** No special regime. */
  NONE("none"),
  /** No armed forces (a buffer zone). */
  DEMILITARIZED("demilitarized"),
  /** A free economic zone. */
  FREE_ECONOMIC_ZONE("free-economic-zone"),
  /** Administered jointly by more than one party. */
  JOINT_ADMINISTRATION("joint-administration"),
  /** Under international monitoring or presence. */
  INTERNATIONAL_MONITORING("international-monitoring");

  private final String id;

  Regime(String id) {
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

  public static Optional<Regime> of(String id) {
    return WireName.find(values(), id);
  }
}
