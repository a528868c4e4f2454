package territorymap.figures;

import java.time.LocalDate;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.Partition;

/**
 * What is evaluated: one version of a proposal on one control layer. Its {@link #key} is what
 * figures, and rendered answers, are filed under.
 *
 * @param version the proposal's definition as one text
 * @param partition the layer, cut into atoms
 */
public record Subject(ProposalVersion version, Partition partition) {

  /** The date of the layer. */
  public LocalDate layer() {
    return partition.layer().date();
  }

  /**
   * What a subject's figures are filed under: the version's fingerprint and the layer's name (its
   * date, or {@code DATE-approximate} for the project's approximation: {@link
   * territorymap.territory.ControlLayer#name}). Written {@code fingerprint@name}.
   */
  public record Key(String fingerprint, String layer) {
    @Override
    public String toString() {
      return fingerprint + "@" + layer;
    }
  }

  /** The key this subject's figures are filed under. */
  public Key key() {
    return new Key(version.fingerprint(), partition.layer().name());
  }

  /**
   * The one rule of what is kept for good: a seeded proposal on its own layer, however the layer
   * was named. A set bounded by the seeds; everything else (stored proposals, which another
   * instance may change, and other layers, which may be hundreds) is kept only while recent.
   */
  public boolean keptForGood() {
    return version.seeded() && layer().equals(version.proposal().layer());
  }
}
