package territorymap.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * A reported (or user-made) proposal for the territorial terms of a settlement, as polygon sets:
 * which territory goes to whom, on what terms. Written in the definition language
 * ({@code docs/definition-language.md}); version 1 is read as its version-2 upgrade.
 *
 * @param id URL-safe identifier, e.g. {@code alaska-2025-08-15}
 * @param variantOf the id of the proposal this one is a variant of (the same talks as another
 *     source reported them), or {@code null}
 * @param variant what distinguishes this variant, iff {@code variantOf} is set
 * @param title short title
 * @param date when the proposal was made or reported
 * @param summary what it says, in the project's own words
 * @param sources the published reports it rests on
 * @param places the named points its terms use, shown on its map
 * @param layer the date of the control layer its terms refer to
 * @param unassigned what happens to territory no assignment names
 * @param assignments the terms; they must not overlap
 * @param definition the definition as read, in version 2, compact JSON text: what is stored and shown
 */
public record Proposal(String id, String variantOf, Text variant, Text title, LocalDate date, Text summary,
    List<Source> sources, List<NamedPoint> places, LocalDate layer, UnassignedRule unassigned,
    List<Assignment> assignments, String definition) {

  public Proposal {
    sources = List.copyOf(sources);
    places = List.copyOf(places);
    assignments = List.copyOf(assignments);
  }
}
