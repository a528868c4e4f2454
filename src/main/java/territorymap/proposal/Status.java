package territorymap.proposal;

import java.util.Optional;

/** On what terms a proposal gives a piece of territory to its party. */
public enum Status implements WireName {
  /** Recognised in law as the party's (e.g. formal recognition as Russian). */
  DE_JURE("de-jure"),
  /** Controlled by the party and accepted as such, without legal recognition. */
  DE_FACTO("de-facto"),
  /** Left where the front runs, pending later talks. */
  FROZEN("frozen"),
  /** Given back by the party that holds it in the control layer. */
  RETURNED("returned"),
  /** Placed in a demilitarized or buffer zone. */
  DEMILITARIZED("demilitarized"),
  /** Not named by the proposal: stays with whoever holds it in the control layer. */
  STATUS_QUO("status-quo"),
  /** Held by Ukraine in the layer and staying so. */
  UNCHANGED("unchanged");

  private final String id;

  Status(String id) {
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

  public static Optional<Status> of(String id) {
    return WireName.find(values(), id);
  }
}
