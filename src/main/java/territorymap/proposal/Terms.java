package territorymap.proposal;

/**
 * On what terms a proposal gives a piece of territory: who holds it, what regime applies there and
 * how the holding is recognised, each apart from the others.
 *
 * @param holder who holds it
 * @param thirdParty who the third party is, iff {@code holder} is {@link Party#THIRD_PARTY}
 * @param regime what regime applies
 * @param recognition how the holding is recognised
 */
public record Terms(Party holder, Text thirdParty, Regime regime, Recognition recognition) {

  public Terms {
    if ((holder == Party.THIRD_PARTY) != (thirdParty != null)) {
      throw new IllegalArgumentException("a third party is named iff the holder is " + Party.THIRD_PARTY);
    }
  }

  /** Held by {@code holder} with no special regime. */
  public static Terms of(Party holder, Recognition recognition) {
    return new Terms(holder, null, Regime.NONE, recognition);
  }
}
