package territorymap.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalReader;
import territorymap.proposal.Status;
import territorymap.proposal.UnassignedRule;
import territorymap.territory.Side;

/**
 * The words of a proposal definition as the server reads them ({@code GET /vocabulary}), made
 * from the enums and rules of {@code proposal}, so that a client (the page's editor) offers what
 * the server accepts and never keeps a copy of its rules.
 *
 * @param parties who a term may give territory to, in the order of {@link Party}
 * @param statuses every status, in the order of {@link Status}
 * @param allowed for each party, the statuses a term may give it ({@link ProposalReader#agree})
 * @param idPattern what a proposal id must match, anchored, as an ECMAScript (and Java) regular
 *     expression
 * @param unassigned the rules for territory no term names, and the one a definition without
 *     {@code unassigned} gets
 */
record Vocabulary(List<String> parties, List<String> statuses, Map<String, List<String>> allowed,
    String idPattern, Unassigned unassigned) {

  /**
   * The rules for territory no term names.
   *
   * @param rules each rule, in the order of {@link UnassignedRule}
   * @param defaultRule the rule of a definition that names none ({@code "default"} on the wire)
   */
  record Unassigned(List<Rule> rules, @JsonProperty("default") String defaultRule) {}

  /** One rule: who gets territory no term names, and on what terms, on each side of the line. */
  record Rule(String id, Term occupied, Term held) {}

  /** A party and a status. */
  record Term(String party, String status) {}

  /** The vocabulary of this server's reader. */
  static Vocabulary of() {
    Map<String, List<String>> allowed = new LinkedHashMap<>();
    for (Party party : Party.values()) {
      allowed.put(party.id(), Arrays.stream(Status.values())
          .filter(status -> ProposalReader.agree(party, status)).map(Status::id).toList());
    }
    List<Rule> rules = Arrays.stream(UnassignedRule.values())
        .map(rule -> new Rule(rule.id(), term(rule, Side.OCCUPIED), term(rule, Side.HELD))).toList();
    return new Vocabulary(Arrays.stream(Party.values()).map(Party::id).toList(),
        Arrays.stream(Status.values()).map(Status::id).toList(), allowed,
        "^(?:" + ProposalReader.ID.pattern() + ")$",
        new Unassigned(rules, ProposalReader.DEFAULT_UNASSIGNED.id()));
  }

  private static Term term(UnassignedRule rule, Side side) {
    return new Term(rule.party(side).id(), rule.status(side).id());
  }
}
