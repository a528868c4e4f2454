package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * axe-core on every view of the page, with all of axe's default rules (WCAG 2.x A and AA and best
 * practices): no violation of any impact. A failure lists each rule broken, its impact and the
 * elements at fault.
 *
 * <p>No rule is turned off and nothing is left out of those runs. One limit of axe is worked around,
 * in a run of its own ({@link #theTextOutsideTheMapsHasEnoughContrastOnEveryView}): Leaflet draws each
 * map pane's SVG 10 % beyond the map on every side (so that a pan shows drawing at once), and the
 * map's {@code overflow: hidden} clips it; axe stacks elements by their unclipped boxes, so it
 * takes the controls above the map for covered by the map's SVG and leaves their contrast
 * undecided ("incomplete": background overlapped) instead of checking it.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class AccessibilityTest {

  private static final String A = "alaska-2025-08-15";
  private static final String B = "russia-demand-2024-06-14";
  private static final String C = "us-28-point-2025-11";

  private static Axe axe;
  private Browser browser;

  @BeforeAll
  static void loadAxe() {
    axe = Axe.load();
  }

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private void assertNoViolations(String view) {
    List<Axe.Violation> violations = axe.violations(browser);
    assertTrue(violations.isEmpty(), view + ": " + violations.size() + " axe violation(s)\n"
        + violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")));
  }

  /**
   * The contrast of every text outside the maps, checked for real: the maps' SVGs hidden (see the
   * class comment) and the maps left out (text on a map lies over fills and hatching, which axe
   * cannot judge). Every such text must pass, none be left undecided for an overlap.
   */
  @Test
  void theTextOutsideTheMapsHasEnoughContrastOnEveryView() {
    String[] views = {"/?p=" + A + "&lang=en", "/?p=" + A + "," + B + "," + C + "&lang=uk",
        "/?p=" + A + "&chart=UA-14&lang=en", "/?mode=edit&lang=en"};
    for (boolean phone : new boolean[] {false, true}) {
      for (String view : views) {
        if (phone) {
          browser.viewport(390, 844, true);
        }
        browser.open(view);
        if (view.contains("mode=edit")) {
          browser.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
        }
        browser.script("""
            const style = document.createElement('style');
            style.textContent = '.leaflet-pane > svg { visibility: hidden !important; }';
            document.head.append(style);""");
        Axe.Result result = axe.run(browser, "{ exclude: [['.leaflet-container']] }",
            "{ runOnly: ['color-contrast'], resultTypes: ['violations', 'incomplete', 'passes'] }");
        String where = (phone ? "phone " : "desktop ") + view;
        // Checked, not skipped: the controls alone hold some twenty texts.
        assertTrue(result.passedNodes() >= 20, where + ": " + result.passedNodes() + " texts passed");
        System.out.println("contrast " + where + ": " + result.passedNodes() + " texts pass");
        assertTrue(result.violations().isEmpty(), where + ": " + result.violations());
        List<Axe.Node> undecided = result.incomplete().stream().flatMap(v -> v.nodes().stream())
            .filter(n -> n.summary().contains("overlapped")).toList();
        assertTrue(undecided.isEmpty(), where + ": contrast not decided for " + undecided);
      }
    }
  }

  /** The map's credits: links told from the text around them by more than colour (WCAG 1.4.1). */
  @Test
  void theMapsCreditLinksStandOutFromTheirText() {
    browser.open("/?p=" + A + "&lang=en");
    Axe.Result result = axe.run(browser, "{ include: [['.leaflet-control-attribution']] }",
        "{ runOnly: ['link-in-text-block'], resultTypes: ['violations', 'incomplete', 'passes'] }");
    assertTrue(result.violations().isEmpty() && result.incomplete().isEmpty(), result.toString());
    assertTrue(result.passedNodes() >= 3, result.passedNodes() + " links passed");
  }

  /**
   * The letters A, B, C in their badges: one letter is too short for axe to call it text, so it
   * leaves their contrast undecided; it is computed here from the badges' own colours (WCAG 2.x
   * relative luminance; the badges are opaque), at least 4.5:1 as for small text.
   */
  @Test
  void theProposalBadgesHaveEnoughContrast() {
    browser.open("/?p=" + A + "," + B + "," + C + "&lang=en");
    @SuppressWarnings("unchecked")
    List<List<String>> badges = (List<List<String>>) browser.script("""
        return [...document.querySelectorAll('#panel .badge')].map((b) => {
          const style = getComputedStyle(b);
          return [b.className, style.color, style.backgroundColor];
        });""");
    assertTrue(badges.size() >= 3, badges.toString());
    for (List<String> badge : badges) {
      double ratio = contrast(badge.get(1), badge.get(2));
      assertTrue(ratio >= 4.5, badge + ": " + ratio + ":1");
    }
  }

  /** The WCAG 2.x contrast ratio of two opaque CSS colours given as {@code rgb(r, g, b)}. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
    double[] linear = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(parts[i]) / 255.0;
      linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  @Test
  void theFirstViewHasNoViolations() {
    browser.open("/");
    assertNoViolations("first view");
  }

  @Test
  void aProposalWithItsRegionBoxHasNoViolations() {
    browser.open("/?p=" + A + "&lang=en");
    browser.driver.findElement(By.cssSelector("path.region")).click();
    browser.waitFor(d -> d.findElement(By.id("region-info")).isDisplayed() ? true : null);
    assertNoViolations("a proposal with a region's box");
  }

  @Test
  void theComparisonOfTwoHasNoViolations() {
    browser.open("/?p=" + A + "," + B + "&lang=en");
    assertNoViolations("compare two");
  }

  @Test
  void theComparisonOfThreeHasNoViolations() {
    browser.open("/?p=" + A + "," + B + "," + C + "&lang=en");
    assertNoViolations("compare three");
  }

  @Test
  void theRegionChartAndItsTableHaveNoViolations() {
    browser.open("/?p=" + A + "&chart=UA-14&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#chart canvas")).isEmpty() ? null : true);
    browser.script("document.querySelector('#timeline .timeline-table').open = true");
    assertNoViolations("region chart");
  }

  @Test
  void theEditorHasNoViolations() {
    browser.open("/?mode=edit&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
    browser.waitReady();
    assertNoViolations("editor");
  }

  @Test
  void theEmbedHasNoViolations() {
    browser.driver.get(browser.url("/embed?p=" + A));
    browser.waitFor(d -> ((Number) browser.script("return document.querySelector('figure img').naturalWidth"))
        .intValue() > 0 ? true : null);
    assertNoViolations("embed");
    browser.driver.get(browser.url("/embed?p=" + A + "," + B));
    assertNoViolations("embed of a comparison");
    browser.driver.get(browser.url("/embed?p=" + A + "&lang=uk&basis=geodesic"));
    assertNoViolations("embed in Ukrainian");
  }

  @Test
  void theUkrainianPageHasNoViolations() {
    browser.open("/?p=" + A + "&lang=uk");
    assertNoViolations("Ukrainian, one proposal");
    browser.open("/?p=" + A + "," + B + "&lang=uk");
    assertNoViolations("Ukrainian, compare two");
  }

  @Test
  void aPhoneHasNoViolations() {
    browser.viewport(390, 844, true);
    browser.open("/?p=" + A + "&lang=en");
    assertNoViolations("phone, one proposal");
    browser.open("/?p=" + A + "," + B + "&lang=uk");
    assertNoViolations("phone, Ukrainian, compare two");
    browser.open("/?p=" + A + "&chart=UA-14&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#chart canvas")).isEmpty() ? null : true);
    assertNoViolations("phone, region chart");
    browser.open("/?mode=edit&lang=uk");
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
    assertNoViolations("phone, Ukrainian, editor");
    // A region's box, opened from its button in the table (on a phone it sits at the foot of the screen).
    browser.open("/?p=" + A + "&lang=en");
    browser.script("document.querySelector('#panel .region-button').click()");
    browser.waitFor(d -> d.findElement(By.id("region-info")).isDisplayed() ? true : null);
    assertNoViolations("phone, a region's box");
  }
}
