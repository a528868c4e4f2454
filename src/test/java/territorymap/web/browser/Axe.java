package territorymap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (Deque, MPL-2.0), the accessibility engine, run in the page the browser shows: its
 * {@code axe.min.js} comes from the test class path (the {@code com.deque.html.axe-core:selenium}
 * jar, version 4.11.1; no network at test time), is injected into the page and run with axe's
 * default rules: WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices.
 */
final class Axe {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A long page with a map of thousands of SVG paths, on two shared cores. */
  private static final Duration RUN = Duration.ofSeconds(90);

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  /** The engine from the class path; fails where the jar is missing (a broken build, not a skip). */
  static Axe load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js not on the test class path: com.deque.html.axe-core:selenium is missing");
      }
      return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One rule broken, with the elements that break it. */
  record Violation(String id, String impact, String help, List<Node> nodes) {

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(id).append(" (").append(impact).append("): ").append(help);
      nodes.forEach(node -> text.append("\n    ").append(node));
      return text.toString();
    }
  }

  /** An element at fault: its CSS path (through frames) and what axe says is wrong with it. */
  record Node(String target, String summary) {

    @Override
    public String toString() {
      return target + " — " + summary.replace("\n", " ");
    }
  }

  /**
   * What axe found: rules broken, rules it could not decide (to be reviewed by a person), and how
   * many elements passed (every one only where the options ask for {@code passes} in {@code resultTypes}).
   */
  record Result(List<Violation> violations, List<Violation> incomplete, int passedNodes) {}

  /** Runs axe with its default rules on the document the browser shows (and the frames in it). */
  List<Violation> violations(Browser browser) {
    return run(browser, "document", "{}").violations();
  }

  /**
   * Runs axe.
   *
   * @param context axe's context, as JavaScript: {@code document}, or an object with {@code include}/{@code exclude}
   * @param options axe's run options, as JavaScript (e.g. {@code {runOnly: ['color-contrast']}})
   */
  Result run(Browser browser, String context, String options) {
    browser.driver.manage().timeouts().scriptTimeout(RUN);
    browser.script(source);
    String answer = (String) browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const found = (results) => results.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target),
            summary: n.failureSummary || [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ') })) }));
        axe.run(%s, Object.assign({ resultTypes: ['violations', 'incomplete'] }, %s))
          .then((r) => done(JSON.stringify({ violations: found(r.violations), incomplete: found(r.incomplete),
            passed: r.passes.reduce((n, v) => n + v.nodes.length, 0) })))
          .catch((e) => done(JSON.stringify({ error: String(e && e.stack || e) })));""".formatted(context, options));
    try {
      JsonNode tree = JSON.readTree(answer);
      if (tree.has("error")) {
        throw new AssertionError("axe failed to run: " + tree.get("error").asText());
      }
      return new Result(read(tree.get("violations")), read(tree.get("incomplete")), tree.get("passed").asInt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Violation> read(JsonNode results) {
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : results) {
      List<Node> nodes = new ArrayList<>();
      v.get("nodes").forEach(n -> nodes.add(new Node(n.get("target").asText(), n.get("summary").asText())));
      violations.add(new Violation(v.get("id").asText(), v.path("impact").asText("none"), v.get("help").asText(), nodes));
    }
    return violations;
  }
}
