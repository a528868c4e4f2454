package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page says which front line the figures are on (its date, its source as a link, its age) and
 * offers the choice between the terms on the line of the day they were reported and today's line.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class LineChoiceTest {

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private List<WebElement> radios() {
    return browser.driver.findElements(By.cssSelector("#panel .line-choice input[name='line']"));
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void theLineIsNamedWithItsDateSourceAndAgeAndTodaysLineIsAVisibleChoice() {
    browser.open("/?lang=en&p=alaska-2025-08-15");
    String latest = browser.api("/health").get("latestLayer").asText();
    long days = ChronoUnit.DAYS.between(LocalDate.parse(latest), LocalDate.now());
    // The line's date, its source as a link, and its age.
    String line = text("#panel .layer-line");
    assertTrue(line.contains("Front line of"), line);
    assertTrue(line.contains(days + " days old"), line + " (expected " + days + " days)");
    assertEquals("/sources", browser.driver.findElement(By.cssSelector("#panel .layer-line a")).getDomAttribute("href"));
    // The choice: the terms as reported (checked: the proposal's own line), or today's line.
    List<WebElement> radios = radios();
    assertEquals(2, radios.size());
    assertTrue(radios.get(0).isSelected());
    assertFalse(radios.get(1).isSelected());
    String labels = text("#panel .line-choice");
    assertTrue(labels.contains("Terms as reported on"), labels);
    assertTrue(labels.contains("Today's line"), labels);

    radios.get(1).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("layer=latest"));
    browser.waitReady();
    assertTrue(radios().get(1).isSelected(), "today's line stays chosen");
    assertEquals(latest, browser.driver.findElement(By.id("layer")).getDomAttribute("data-date"));
    assertTrue(text("#panel .layer-line").contains(days + " days old"));
    browser.screenshot("line-choice-today-desktop", false);
    // Back to the terms as reported.
    radios().get(0).click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("layer="));
    browser.waitReady();
    assertTrue(radios().get(0).isSelected());
  }

  @Test
  void aLinkToTodaysLineStaysOnTheLatestLine() {
    browser.open("/?lang=uk&p=line-of-contact-2025-08-15,alaska-2025-08-15&layer=latest");
    List<WebElement> radios = radios();
    assertEquals(2, radios.size(), "the choice is offered in a comparison too");
    assertTrue(radios.get(1).isSelected());
    assertTrue(text("#panel .line-choice").contains("Сьогоднішня лінія"), text("#panel .line-choice"));
    assertTrue(text("#panel .layer-line").contains("давність:"), text("#panel .layer-line"));
    assertTrue(browser.driver.getCurrentUrl().contains("layer=latest"));
  }
}
