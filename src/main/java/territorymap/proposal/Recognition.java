package territorymap.proposal;

import java.util.Optional;

/** How a proposal says a holding is recognised. */
public enum Recognition implements WireName {
  /** Recognised in law as the holder's (e.g. formal recognition as Russian). */
  IN_LAW("in-law"),
  /** Accepted as the holder's without legal recognition. */
  DE_FACTO("de-facto"),
  /** Left where the front runs, pending later talks. */
  FROZEN("frozen"),
  /** The proposal does not say. */
  NOT_MENTIONED("not-mentioned");

  private final String id;

  Recognition(String id) {
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

  public static Optional<Recognition> of(String id) {
    return WireName.find(values(), id);
  }
}
