package territorymap.proposal;

import java.util.Optional;

/**
 * Who holds a piece of territory under a proposal. Reports sum areas by holder; a third party's name
 * is in its {@link Terms}.
 */
public enum Party implements WireName {
  RUSSIA("russia"),
  UKRAINE("ukraine"),
  /** Neither side's: its status is left to talks, or it is a buffer no one holds. */
  UNDETERMINED("undetermined"),
  /** A named party other than Russia and Ukraine (the United States operating a nuclear plant). */
  THIRD_PARTY("third-party");

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
