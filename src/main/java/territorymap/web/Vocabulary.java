package territorymap.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalReader;
import territorymap.proposal.Recognition;
import territorymap.proposal.Regime;
import territorymap.proposal.UnassignedRule;
import territorymap.proposal.WireName;
import territorymap.territory.Side;

/**
 * The words of a proposal definition (version 2) as the server reads them ({@code GET
 * /vocabulary}), made from the enums and rules of {@code proposal}, so that a client (the page's
 * editor) offers what the server accepts and never keeps a copy of its rules.
 *
 * @param version the definition language version the server writes
 * @param holders who may hold a piece of territory, in the order of {@link Party}
 * @param regimes every regime, in the order of {@link Regime}; the first is the default
 * @param recognitions every recognition, in the order of {@link Recognition}
 * @param idPattern what a proposal id must match, anchored, as an ECMAScript (and Java) regular
 *     expression
 * @param unassigned the rules for territory no term names, and the one a definition without
 *     {@code unassigned} gets
 */
record Vocabulary(int version, List<String> holders, List<String> regimes, List<String> recognitions,
    String idPattern, Unassigned unassigned) {

  /**
   * The rules for territory no term names.
   *
   * @param rules each rule, in the order of {@link UnassignedRule}
   * @param defaultRule the rule of a definition that names none ({@code "default"} on the wire)
   */
  record Unassigned(List<Rule> rules, @JsonProperty("default") String defaultRule) {}

  /** One rule: who holds territory no term names, and on what terms, on each side of the line. */
  record Rule(String id, Term occupied, Term held) {}

  /** A holder, regime and recognition. */
  record Term(String holder, String regime, String recognition) {}

  /** The vocabulary of this server's reader. */
  static Vocabulary of() {
    List<Rule> rules = Arrays.stream(UnassignedRule.values())
        .map(rule -> new Rule(rule.id(), term(rule, Side.OCCUPIED), term(rule, Side.HELD))).toList();
    return new Vocabulary(2, ids(Party.values()), ids(Regime.values()), ids(Recognition.values()),
        "^(?:" + ProposalReader.ID.pattern() + ")$",
        new Unassigned(rules, ProposalReader.DEFAULT_UNASSIGNED.id()));
  }

  private static List<String> ids(WireName[] values) {
    return Arrays.stream(values).map(WireName::id).toList();
  }

  private static Term term(UnassignedRule rule, Side side) {
    var terms = rule.terms(side);
    return new Term(terms.holder().id(), terms.regime().id(), terms.recognition().id());
  }
}
