package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The pre-war population, estimate, in the figures panel, the region box and the comparison. */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class PeopleOnThePageTest {

  private static final String ALASKA = "alaska-2025-08-15";

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  /** Persons as the page shows them: "≈" and to 1,000. */
  private static double persons(long api) {
    return Math.round(api / 1000.0) * 1000.0;
  }

  @Test
  void theFiguresShowThePeopleBesideTheKm2AndTheLargestSettlementsChangingHands() {
    browser.open("/?p=" + ALASKA + "&lang=en");
    browser.waitReady();
    JsonNode people = browser.api("/proposals/" + ALASKA + "/area").get("people");
    for (String party : List.of("russia", "ukraine")) {
      String row = "#headline [data-party='" + party + "'] .people";
      assertEquals(persons(people.at("/parties/" + party + "/persons").asLong()), Browser.number(text(row + " .persons")));
      assertTrue(text(row).contains("pre-war population, estimate"), text(row));
    }
    for (String change : List.of("cededByUkraine", "returnedByRussia", "netForUkraine")) {
      assertEquals(persons(people.at("/change/" + change + "/persons").asLong()),
          Browser.number(text("#headline [data-change='" + change + "'] .people .persons")), change);
    }
    assertTrue(text(".people-note").contains("1 January 2014, the last figures Ukraine published"));
    List<WebElement> places = browser.driver.findElements(By.cssSelector("ol.settlements li"));
    assertEquals(10, places.size());
    assertEquals("Kramatorsk: 173,700 · Ukraine → Russia", places.get(0).getText());
    assertEquals("Sloviansk: 124,800 · Ukraine → Russia", places.get(1).getText());
    assertTrue(text("section.settlements").contains("23 cities and towns change hands"), text("section.settlements"));
    browser.screenshot("people-single-desktop", true);

    // The region box: Donetsk oblast's official figure, all of it Russia's under these terms.
    new Actions(browser.driver).moveToElement(browser.driver.findElement(By.cssSelector("path.region-UA-14"))).perform();
    WebElement box = browser.driver.findElement(By.id("region-info"));
    browser.waitFor(d -> box.isDisplayed());
    assertEquals(4_059_000, Browser.number(box.findElement(By.cssSelector("[data-party='russia'] .persons")).getText()));
  }

  @Test
  void inUkrainianThePlacesHaveTheirUkrainianNames() {
    browser.open("/?p=" + ALASKA + "&lang=uk");
    browser.waitReady();
    String first = text("ol.settlements li");
    assertTrue(first.startsWith("Краматорськ: 173"), first);
    assertTrue(text("#headline [data-party='russia'] .people").contains("довоєнне населення, оцінка"));
  }

  @Test
  void ukraineInIts1991BordersShowsUkraineAt100PercentAndTheComparisonShowsPeople() {
    browser.open("/?p=ukraine-1991-borders&lang=en");
    browser.waitReady();
    assertEquals(100.0, Browser.number(text("#headline [data-party='ukraine'] .pct")));
    browser.open("/?p=" + ALASKA + ",russia-demand-2024-06-14&lang=en");
    browser.waitReady();
    JsonNode comparison = browser.api("/compare?ids=" + ALASKA + ",russia-demand-2024-06-14");
    for (int i = 0; i < 2; i++) {
      assertEquals(persons(comparison.at("/reports/" + i + "/people/parties/russia/persons").asLong()),
          Browser.number(text("#compare-figures tr[data-party='russia'] td[data-proposal='" + i + "'] .persons")));
    }
  }
}
