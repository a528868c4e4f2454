package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The URL holds the proposals, the layer, the basis, the language and the map view. */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class PermalinkTest {

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private String value(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getDomProperty("value");
  }

  @Test
  void aPermalinkRestoresItsView() {
    String layer = browser.api("/layers").get(0).get("date").asText();
    String link = "/?p=alaska-2025-08-15,russia-demand-2024-06-14&layer=" + layer
        + "&basis=geodesic&lang=uk&v=48.0000,36.5000,7";
    browser.open(link);

    assertEquals("compare", browser.driver.findElement(By.cssSelector("input[name='mode']:checked")).getDomProperty("value"));
    assertEquals("alaska-2025-08-15", value("#p0"));
    assertEquals("russia-demand-2024-06-14", value("#p1"));
    assertEquals(layer, browser.driver.findElement(By.id("layer")).getDomAttribute("data-date"));
    assertEquals("geodesic", browser.driver.findElement(By.cssSelector("input[name='basis']:checked")).getDomProperty("value"));
    assertEquals("uk", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertTrue(browser.driver.getCurrentUrl().contains("v=48.0000,36.5000,7"), "the view is kept: " + browser.driver.getCurrentUrl());

    // Geodesic figures, in Ukrainian number format (narrow spaces between thousands, decimal comma).
    JsonNode report = browser.api("/proposals/alaska-2025-08-15/area?layer=" + layer);
    String shown = browser.driver.findElement(By.cssSelector(
        "#compare-figures tr[data-party='russia'] td[data-proposal='0'] .km2")).getText();
    assertEquals(Browser.km2(report.get("parties").get("russia").get("km2").asDouble()),
        Double.parseDouble(shown.replaceAll("[\\s\u00a0\u202f≈]", "").replace(',', '.')));
    browser.screenshot("permalink-uk-desktop", false);
  }

  @Test
  void choicesOnThePageGoIntoTheUrlAndBackGoesBack() {
    browser.open("/?p=line-of-contact-2025-08-15&lang=en");
    new Select(browser.driver.findElement(By.id("p0"))).selectByValue("russia-demand-2024-06-14");
    browser.waitFor(d -> d.getCurrentUrl().contains("p=russia-demand-2024-06-14"));
    browser.waitReady();
    String chosen = browser.driver.getCurrentUrl();
    browser.driver.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
    browser.waitFor(d -> !d.getCurrentUrl().equals(chosen));
    String url = browser.driver.getCurrentUrl();
    String title = browser.driver.findElement(By.cssSelector("#panel .proposal-title")).getText();

    browser.driver.navigate().back();
    browser.waitFor(d -> "line-of-contact-2025-08-15".equals(value("#p0")));
    browser.waitReady();

    browser.open(url.substring(url.indexOf('/', "http://".length())));
    assertEquals("russia-demand-2024-06-14", value("#p0"));
    assertEquals(title, browser.driver.findElement(By.cssSelector("#panel .proposal-title")).getText());
    assertEquals(url, browser.driver.getCurrentUrl(), "the reopened link keeps its view");
  }
}
