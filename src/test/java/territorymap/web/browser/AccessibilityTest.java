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
  }
}
