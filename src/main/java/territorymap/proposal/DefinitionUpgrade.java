package territorymap.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Rewrites a version-1 definition as version 2 ({@code docs/definition-language.md}), so that one
 * reader reads both and the store holds one version. Party and status become holder, regime and
 * recognition; sources are numbered {@code s1}, {@code s2}, …; strings stay strings, which version 2
 * reads as English. The figures by holder are the same as version 1's by party.
 *
 * <p>The upgrade works on the JSON tree and checks nothing it does not change: what it leaves in
 * place (territories, dates) is checked by the reader as for any version-2 document, and a
 * version-1 field it cannot upgrade (an unknown party or status) is left for the reader to refuse
 * with its version-1 path.
 */
public final class DefinitionUpgrade {

  private DefinitionUpgrade() {}

  /** Whether a document is version 1: it has no {@code version} member. */
  public static boolean isVersion1(JsonNode root) {
    return root != null && root.isObject() && !root.has("version");
  }

  /**
   * The version-2 form of a version-1 document: a new tree for what changes, sharing the rest (the
   * territories, which may nest deeper than a copy's recursion could go) with the argument, which
   * is not changed.
   *
   * @throws DefinitionException for a version-1 party and status that contradict each other, named
   *     by the version-1 path
   */
  public static ObjectNode toVersion2(JsonNode v1, String source) {
    ObjectNode v2 = JsonNodeFactory.instance.objectNode();
    v2.put("version", 2);
    for (Iterator<Map.Entry<String, JsonNode>> fields = v1.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "sources" -> v2.set("sources", sources(value));
        case "assignments" -> v2.set("assignments", assignments(value, source));
        default -> v2.set(field.getKey(), value);
      }
    }
    return v2;
  }

  private static JsonNode sources(JsonNode value) {
    if (!value.isArray()) {
      return value;
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < value.size(); i++) {
      JsonNode source = value.get(i);
      if (source.isObject() && !source.has("id")) {
        ObjectNode numbered = JsonNodeFactory.instance.objectNode().put("id", "s" + (i + 1));
        numbered.setAll((ObjectNode) source);
        result.add(numbered);
      } else {
        result.add(source);
      }
    }
    return result;
  }

  private static JsonNode assignments(JsonNode value, String source) {
    if (!value.isArray()) {
      return value;
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < value.size(); i++) {
      JsonNode assignment = value.get(i);
      result.add(assignment.isObject() ? assignment((ObjectNode) assignment, "assignments[" + i + "]", source)
          : assignment);
    }
    return result;
  }

  private static JsonNode assignment(ObjectNode v1, String path, String source) {
    ObjectNode v2 = JsonNodeFactory.instance.objectNode();
    JsonNode party = v1.get("party");
    JsonNode status = v1.get("status");
    for (Iterator<Map.Entry<String, JsonNode>> fields = v1.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      switch (field.getKey()) {
        case "party", "status" -> { }
        default -> v2.set(field.getKey(), field.getValue());
      }
    }
    if (party == null || !party.isTextual() || status == null || !status.isTextual()) {
      // Left as written: the reader names the missing or malformed version-1 field.
      if (party != null) {
        v2.set("party", party);
      }
      if (status != null) {
        v2.set("status", status);
      }
      return v2;
    }
    String p = party.asText();
    String s = status.asText();
    boolean demilitarized = p.equals("demilitarized");
    if (demilitarized != s.equals("demilitarized")) {
      throw new DefinitionException(source, path + ".status", "the party demilitarized goes with the status"
          + " demilitarized, and only with it; not " + p + " with " + s);
    }
    if ((s.equals("returned") || s.equals("unchanged")) && !p.equals("ukraine")) {
      throw new DefinitionException(source, path + ".status", "territory " + s + " is Ukraine's; " + p
          + " with " + s + " contradicts itself");
    }
    String recognition = switch (s) {
      case "de-jure" -> "in-law";
      case "de-facto" -> "de-facto";
      case "frozen" -> "frozen";
      case "returned", "unchanged", "status-quo", "demilitarized" -> "not-mentioned";
      default -> null;
    };
    if (recognition == null) {
      throw new DefinitionException(source, path + ".status", "unknown status \"" + s
          + "\"; known: de-jure, de-facto, frozen, returned, demilitarized, status-quo, unchanged");
    }
    String holder = switch (p) {
      case "russia", "ukraine" -> p;
      case "demilitarized" -> "undetermined";
      default -> throw new DefinitionException(source, path + ".party", "unknown party \"" + p
          + "\"; known: russia, ukraine, demilitarized");
    };
    v2.put("holder", holder);
    v2.put("regime", demilitarized ? "demilitarized" : "none");
    v2.put("recognition", recognition);
    return v2;
  }
}
