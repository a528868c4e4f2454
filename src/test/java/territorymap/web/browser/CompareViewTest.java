package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Two or three proposals side by side: synchronised maps, the territory they assign differently, the figures. */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class CompareViewTest {

  private static final String A = "line-of-contact-2025-08-15";
  private static final String B = "alaska-2025-08-15";
  private static final String C = "us-28-point-2025-11";

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private double shown(String css) {
    return Browser.number(browser.driver.findElement(By.cssSelector(css)).getText());
  }

  private int count(String css) {
    return browser.driver.findElements(By.cssSelector(css)).size();
  }

  @Test
  void comparingTwoProposalsShowsTheirMapsTheDifferenceAndTheApiFigures() {
    browser.open("/?p=" + A + "&lang=en");
    browser.driver.findElement(By.cssSelector("input[name='mode'][value='compare']")).click();
    new Select(browser.driver.findElement(By.id("p1"))).selectByValue(B);
    browser.waitFor(d -> d.getCurrentUrl().contains("p=" + A + "," + B));
    browser.waitReady();

    assertEquals(3, count(".leaflet-container"), "a map for each proposal and one of the difference");
    assertEquals(2, count(".map-box:not(.difference-map)"));
    assertEquals(1, count(".difference-map"));
    JsonNode comparison = browser.api("/compare?ids=" + A + "," + B);
    JsonNode difference = comparison.get("differences").get(0);
    assertEquals(difference.get("geojson").get("features").size(), count(".difference-map path.transfer"));
    assertTrue(count(".map-box:nth-child(1) path.share") > 0 && count(".map-box:nth-child(2) path.share") > 0);

    for (int i = 0; i < 2; i++) {
      JsonNode report = comparison.get("reports").get(i);
      for (String party : List.of("russia", "ukraine")) {
        String cell = "#compare-figures tr[data-party='" + party + "'] td[data-proposal='" + i + "'] ";
        assertEquals(Browser.km2(report.get("parties").get(party).get("officialKm2").asDouble()), shown(cell + ".km2"));
        assertEquals(Browser.pct(report.get("parties").get(party).get("officialPercent").asDouble()), shown(cell + ".pct"));
      }
      for (String change : List.of("cededByUkraine", "returnedByRussia", "netForUkraine")) {
        String cell = "#compare-figures tr[data-change='" + change + "'] td[data-proposal='" + i + "'] .km2";
        assertEquals(Browser.km2(report.get("change").get(change).get("officialKm2").asDouble()), shown(cell));
      }
    }
    for (String party : List.of("russia", "ukraine")) {
      String cell = "#compare-figures tr[data-party='" + party + "'] td[data-diff='0'] ";
      assertEquals(Browser.km2(difference.get("parties").get(party).get("officialKm2").asDouble()), shown(cell + ".km2"));
    }
    assertEquals(Browser.km2(difference.get("total").get("officialKm2").asDouble()),
        shown("#compare-figures tr[data-total='different'] td[data-diff='0'] .km2"));
    for (JsonNode transfer : difference.get("transfers")) {
      String item = ".difference[data-diff='0'] li[data-from='" + transfer.get("fromParty").asText()
          + "'][data-to='" + transfer.get("toParty").asText() + "'] .km2";
      assertEquals(Browser.km2(transfer.get("area").get("officialKm2").asDouble()), shown(item));
    }
    for (JsonNode region : difference.get("regions")) {
      String row = ".difference[data-diff='0'] tr[data-region='" + region.get("code").asText() + "'] .km2";
      assertEquals(Browser.km2(region.get("area").get("officialKm2").asDouble()), shown(row));
    }
    browser.screenshot("compare-desktop", false);

    // A region picked from the table: its figures under each proposal, from each report's regions[].
    browser.driver.findElement(By.cssSelector("table.compare-regions tr[data-region='UA-14'] .region-button")).click();
    List<WebElement> blocks = browser.waitFor(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#region-info .per-proposal ul"));
      return found.size() == 2 ? found : null;
    });
    for (int i = 0; i < 2; i++) {
      JsonNode region = null;
      for (JsonNode r : comparison.get("reports").get(i).get("regions")) {
        region = r.get("code").asText().equals("UA-14") ? r : region;
      }
      assertEquals(Browser.km2(region.get("parties").get("russia").get("officialKm2").asDouble()),
          Browser.number(blocks.get(i).findElement(By.cssSelector("[data-party='russia'] .km2")).getText()));
    }
  }

  /** A box on the page: {x0, x1, y0, y1} in viewport pixels. */
  private double[] box(String css) {
    @SuppressWarnings("unchecked")
    List<Number> r = (List<Number>) browser.script("""
        const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return [r.left, r.right, r.top, r.bottom];""", css);
    return r.stream().mapToDouble(Number::doubleValue).toArray();
  }

  @Test
  void atDesktopSizeTheFiguresAreInFullWithAStickyHeaderTheLegendUnderTheMapsAndNamesOnEachMap() {
    browser.open("/?p=" + A + "," + B + "&lang=en");
    // Names on every small map.
    for (int i = 0; i < 3; i++) {
      Number names = (Number) browser.script(
          "return document.querySelectorAll('.map')[arguments[0]].querySelectorAll('.place-label').length", i);
      assertTrue(names.intValue() >= 5, "map " + i + ": " + names + " place names");
    }
    // No scroll box between the figures and the page: each ancestor is as tall as its content.
    Object boxed = browser.script("""
        for (let e = document.getElementById('compare-figures').parentElement; e; e = e.parentElement) {
          if (e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible'
              && e !== document.documentElement && e !== document.body) return e.className || e.id || e.tagName;
        }
        return null;""");
    assertEquals(null, boxed, "the figures scroll with the page, not in a box");
    // The legend starts right under the maps.
    double mapsBottom = box(".maps")[3];
    double legendTop = box("#panel .compare-legend")[2];
    assertTrue(legendTop - mapsBottom < 80, "legend " + (legendTop - mapsBottom) + " px under the maps");
    // Scrolled past the table's top, its header stays at the top of the window.
    browser.script("window.scrollTo(0, document.getElementById('compare-figures').getBoundingClientRect().top"
        + " + window.scrollY + 60)");
    double headerTop = box("#compare-figures thead th")[2];
    assertTrue(Math.abs(headerTop) < 2, "sticky header at " + headerTop);
    browser.screenshot("compare-desktop-scrolled", false);
    // A region pointed at on a map: its box never covers the figures.
    browser.script("window.scrollTo(0, 0)");
    browser.script("document.querySelectorAll('.map')[0].querySelector('path.region-UA-14')"
        + ".dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))");
    browser.waitFor(d -> d.findElement(By.id("region-info")).isDisplayed() ? true : null);
    double[] info = box("#region-info");
    double[] table = box("#compare-figures");
    boolean covers = info[0] < table[1] && table[0] < info[1] && info[2] < table[3] && table[2] < info[3];
    assertTrue(!covers, "the region box covers the figures");
    browser.screenshot("compare-desktop-hover", false);
  }

  @Test
  void theMapsPanAndZoomTogether() {
    browser.open("/?p=" + A + "," + B + "&lang=en&v=48.5,31.5,6");
    List<WebElement> maps = browser.driver.findElements(By.cssSelector(".leaflet-container"));
    String before = pane(0);
    maps.get(1).sendKeys(Keys.ARROW_RIGHT);
    // The maps follow one another within a frame or two: wait for all three to settle together.
    browser.waitFor(d -> !pane(0).equals(before) && pane(0).equals(pane(1)) && pane(1).equals(pane(2)));
    assertEquals(pane(1), pane(2), "the difference map follows too");

    maps.get(1).findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains(",6.5"));
  }

  /** Where a map's pane sits: the same on maps of one size showing the same view. */
  private String pane(int map) {
    return (String) browser.script("return document.querySelectorAll('.leaflet-map-pane')[arguments[0]].style.transform", map);
  }

  @Test
  void threeProposalsGiveTwoDifferences() {
    browser.open("/?p=" + A + "," + B + "," + C + "&lang=en");
    assertEquals(5, count(".leaflet-container"));
    assertEquals(2, count(".difference"));
    JsonNode comparison = browser.api("/compare?ids=" + A + "," + B + "," + C);
    JsonNode second = comparison.get("differences").get(1);
    assertEquals(Browser.km2(second.get("total").get("officialKm2").asDouble()),
        shown("#compare-figures tr[data-total='different'] td[data-diff='1'] .km2"));
    assertEquals(Browser.km2(second.get("parties").get("russia").get("officialKm2").asDouble()),
        shown("#compare-figures tr[data-party='russia'] td[data-diff='1'] .km2"));
    browser.screenshot("compare-three-desktop", false);
  }

  @Test
  void screenshotsOfTheCompareViewOnAPhone() {
    browser.phone();
    browser.open("/?p=" + A + "," + B + "&lang=en");
    Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    browser.screenshot("compare-phone", false);
    browser.screenshot("compare-phone-full", true);
  }
}
