package territorymap.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * A reported (or user-made) proposal for the territorial terms of a settlement, as polygon sets:
 * which territory goes to whom.
 *
 * @param id URL-safe identifier, e.g. {@code alaska-2025-08-15}
 * @param title short title
 * @param date when the proposal was made or reported
 * @param summary what it says, in the project's own words
 * @param sources the published reports it rests on
 * @param layer the date of the control layer its terms refer to
 * @param unassigned what happens to territory no assignment names
 * @param assignments the terms; they must not overlap
 * @param definition the definition as read, compact JSON text: what is stored and shown
 */
public record Proposal(String id, String title, LocalDate date, String summary, List<Source> sources,
    LocalDate layer, UnassignedRule unassigned, List<Assignment> assignments, String definition) {

  public Proposal {
    sources = List.copyOf(sources);
    assignments = List.copyOf(assignments);
  }
}
