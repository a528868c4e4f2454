package territorymap.proposal;

/**
 * One version of a proposal: the definition as one text. What figures are filed under, so that a
 * changed definition is never answered with the figures of its old text.
 *
 * @param proposal the definition as read
 * @param fingerprint names this text: {@code seed:ID} for a seeded proposal (read-only), or
 *     {@code user:ID:SHA-256 of the text} for a stored one
 * @param seeded whether it is one of the seeded, read-only proposals
 */
public record ProposalVersion(Proposal proposal, String fingerprint, boolean seeded) {

  public String id() {
    return proposal.id();
  }
}
