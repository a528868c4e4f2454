package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import territorymap.TestData;
import territorymap.web.WebApp;

/**
 * Control over time: the front-line slider, the layer in the link, the chart of the occupied area.
 *
 * <p>The server of this class holds four layers: the two shipped ones, the line of 23 February 2022
 * and the line of 15 August 2025 (both approximate), and two synthetic ones made from the 2025 line
 * at test time, moved east by 0.12° and 0.05° (so less of Ukraine is held on the earlier dates) and
 * marked as not approximate.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class TimelineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "alaska-2025-08-15";
  private static final List<String> DATES = List.of("2022-02-23", "2024-11-01", "2025-03-01", "2025-08-15");

  private static Path layers;
  private static Javalin server;
  private Browser browser;

  @BeforeAll
  static void startWithSeveralLayers() throws IOException {
    Path shipped = Browser.CONTROL_DIR.resolve("2025-08-15-approximate.geojson");
    if (!Files.exists(shipped)) {
      return; // the extension skips each test, saying so
    }
    layers = Files.createTempDirectory("territorymap-layers");
    JsonNode line = JSON.readTree(shipped.toFile());
    Files.writeString(layers.resolve(DATES.get(1) + ".geojson"), shifted(line, 0.12).toString());
    Files.writeString(layers.resolve(DATES.get(2) + ".geojson"), shifted(line, 0.05).toString());
    server = WebApp.create(TestData.load("--control-dir", layers.toString())).start(0);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.stop();
    }
    if (layers != null) {
      try (Stream<Path> files = Files.walk(layers)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** The line moved east by {@code dx} degrees, as a layer of its own (not approximate, no date inside). */
  private static JsonNode shifted(JsonNode line, double dx) {
    JsonNode copy = line.deepCopy();
    for (JsonNode feature : copy.get("features")) {
      ObjectNode properties = (ObjectNode) feature.get("properties");
      properties.put("approximate", false);
      properties.put("source", "Synthetic test layer: the shipped line moved " + dx + "° east");
      properties.remove("date");
      shift(feature.get("geometry").get("coordinates"), dx);
    }
    return copy;
  }

  private static void shift(JsonNode node, double dx) {
    if (node.size() > 0 && node.get(0).isNumber()) {
      ((ArrayNode) node).set(0, node.get(0).asDouble() + dx);
    } else {
      node.forEach(child -> shift(child, dx));
    }
  }

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared.on(server);
    browser.desktop();
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private String shownLayer() {
    return browser.driver.findElement(By.id("layer")).getDomAttribute("data-date");
  }

  /** The page's headline figures are those of the proposal's report on the layer. */
  private void assertFiguresOf(String layer) {
    JsonNode report = browser.api("/proposals/" + ID + "/area?layer=" + layer);
    assertEquals(layer, report.get("layer").get("date").asText());
    // On an approximate line the page rounds km² to 100 and says so; on the others it shows 0.1 km².
    boolean approximate = report.get("layer").get("approximate").asBoolean();
    assertEquals(approximate, !browser.driver.findElements(By.cssSelector("#panel .rounded-note")).isEmpty());
    for (String party : List.of("russia", "ukraine")) {
      JsonNode figure = report.get("parties").get(party);
      String row = "#headline [data-party='" + party + "'] ";
      assertEquals(approximate, text(row + ".km2").startsWith("≈"), layer + " " + text(row + ".km2"));
      assertEquals(Browser.km2(figure.get("officialKm2").asDouble(), approximate), Browser.number(text(row + ".km2")),
          layer + " " + party + " km²");
      assertEquals(Browser.pct(figure.get("officialPercent").asDouble()), Browser.number(text(row + ".pct")),
          layer + " " + party + " %");
    }
    JsonNode ceded = report.get("change").get("cededByUkraine");
    assertEquals(Browser.km2(ceded.get("officialKm2").asDouble(), approximate),
        Browser.number(text("#headline [data-change='cededByUkraine'] .km2")), layer + " ceded");
    assertEquals(approximate, !browser.driver.findElements(By.cssSelector(".leaflet-container .approx-flag")).isEmpty(),
        layer + ": the map says approximate exactly when the layer is");
  }

  @Test
  void theServerHoldsTheFourLayers() {
    List<String> dates = new ArrayList<>();
    browser.api("/layers").forEach(l -> dates.add(l.get("date").asText()));
    assertEquals(DATES, dates);
    JsonNode points = browser.api("/timeline").get("points");
    assertTrue(points.get(1).get("occupied").get("km2").asDouble() < points.get(3).get("occupied").get("km2").asDouble(),
        "the line moved east holds less: " + points);
    assertTrue(points.get(0).get("occupied").get("km2").asDouble() < points.get(1).get("occupied").get("km2").asDouble(),
        "the line of 2022 holds least: " + points);
  }

  @Test
  void theSliderReevaluatesTheProposalOnTheChosenLayerByKeyboard() {
    browser.open("/?p=" + ID + "&lang=en");
    WebElement slider = browser.driver.findElement(By.id("layer"));
    assertTrue(slider.isDisplayed(), "a slider where there are several layers");
    assertEquals("range", slider.getDomAttribute("type"));
    assertEquals("Front line", browser.driver.findElement(By.cssSelector("label[for='layer']")).getText());
    assertEquals("2025-08-15", shownLayer(), "the proposal's own layer at first");
    assertTrue(slider.getDomAttribute("aria-valuetext").contains("Approximate"), slider.getDomAttribute("aria-valuetext"));
    assertFiguresOf("2025-08-15");

    slider.sendKeys(Keys.HOME);
    browser.waitFor(d -> d.getCurrentUrl().contains("layer=" + DATES.get(0)));
    browser.waitReady();
    assertEquals(DATES.get(0), shownLayer());
    assertTrue(slider.getDomAttribute("aria-valuetext").startsWith("23 Feb 2022"), slider.getDomAttribute("aria-valuetext"));
    assertTrue(slider.getDomAttribute("aria-valuetext").contains("Approximate"), slider.getDomAttribute("aria-valuetext"));
    assertFiguresOf(DATES.get(0));

    slider.sendKeys(Keys.ARROW_RIGHT);
    browser.waitFor(d -> d.getCurrentUrl().contains("layer=" + DATES.get(1)));
    browser.waitReady();
    assertEquals(DATES.get(1), shownLayer());
    assertEquals("1 Nov 2024", slider.getDomAttribute("aria-valuetext"));
    assertEquals("1 Nov 2024", text("#layer-date"));
    assertFiguresOf(DATES.get(1));

    slider.sendKeys(Keys.ARROW_RIGHT);
    browser.waitFor(d -> d.getCurrentUrl().contains("layer=" + DATES.get(2)));
    browser.waitReady();
    assertFiguresOf(DATES.get(2));

    // Back to the proposal's own line.
    browser.driver.findElement(By.id("layer-own")).click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("layer="));
    browser.waitReady();
    assertEquals("2025-08-15", shownLayer());
    assertFiguresOf("2025-08-15");
  }

  @Test
  void aPermalinkRestoresTheLayerInBothViews() {
    browser.open("/?p=" + ID + "&layer=" + DATES.get(2) + "&lang=en");
    assertEquals(DATES.get(2), shownLayer());
    assertEquals("1 Mar 2025", text("#layer-date"));
    assertFiguresOf(DATES.get(2));

    String other = "russia-demand-2024-06-14";
    browser.open("/?p=" + ID + "," + other + "&layer=" + DATES.get(1) + "&lang=en");
    assertEquals(DATES.get(1), shownLayer());
    JsonNode report = browser.api("/proposals/" + other + "/area?layer=" + DATES.get(1));
    assertEquals(Browser.km2(report.get("parties").get("russia").get("officialKm2").asDouble(), false), Browser.number(text(
        "#compare-figures tr[data-party='russia'] td[data-proposal='1'] .km2")));
  }

  @Test
  void theChartDrawsEveryLayerLoadingItsLibraryOnlyWhenOpened() {
    browser.open("/?p=" + ID + "&lang=en");
    WebElement details = browser.driver.findElement(By.id("timeline"));
    assertTrue(details.isDisplayed());
    assertEquals(Boolean.FALSE, browser.script("return typeof window.uPlot !== 'undefined' || performance"
        + ".getEntriesByType('resource').some(e => e.name.includes('/webjars/uplot/'))"), "uPlot not loaded before the chart is shown");

    details.findElement(By.tagName("summary")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("chart=all"));
    WebElement chart = browser.waitFor(d -> {
      List<WebElement> canvas = d.findElements(By.cssSelector("#chart canvas"));
      return canvas.isEmpty() ? null : d.findElement(By.id("chart"));
    });
    JsonNode points = browser.api("/timeline").get("points");
    assertEquals(String.valueOf(points.size()), chart.getDomAttribute("data-points"));
    Number width = (Number) browser.script("return document.querySelector('#chart canvas').width");
    assertTrue(width.intValue() > 150, "the chart has a size: " + width);
    assertTrue(chart.getDomAttribute("aria-label").contains("23 Feb 2022"), chart.getDomAttribute("aria-label"));

    // The table under it: one row per layer, the approximate one marked, figures as the API has them.
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#timeline-table tbody tr"));
    assertEquals(points.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode point = points.get(i);
      WebElement row = rows.get(i);
      assertEquals(point.get("date").asText(), row.getDomAttribute("data-date"));
      assertEquals(point.get("approximate").asBoolean(), !row.findElements(By.cssSelector(".approx-badge")).isEmpty());
      assertEquals(Browser.km2(point.get("occupied").get("officialKm2").asDouble(), point.get("approximate").asBoolean()),
          Browser.number((String) browser.script("return arguments[0].querySelector('.km2').textContent", row)));
    }
    assertTrue(text("#chart-key").contains("Approximate"), "the key names the approximate line: " + text("#chart-key"));
    assertTrue(text("#chart-readout").startsWith("15 Aug 2025: "), "the readout shows the line on the map: " + text("#chart-readout"));

    // One region: the chart follows the picker, and the link keeps it.
    new Select(browser.driver.findElement(By.id("timeline-region"))).selectByValue("UA-23");
    browser.waitFor(d -> "UA-23".equals(d.findElement(By.id("chart")).getDomAttribute("data-region")));
    assertTrue(browser.driver.getCurrentUrl().contains("chart=UA-23"));
    JsonNode zaporizhzhia = browser.api("/timeline?region=UA-23").get("points");
    String first = (String) browser.script("return document.querySelector('#timeline-table tbody tr .km2').textContent");
    assertEquals(Browser.km2(zaporizhzhia.get(0).get("occupied").get("officialKm2").asDouble(),
        zaporizhzhia.get(0).get("approximate").asBoolean()), Browser.number(first));
    // A region's chart is in % of the region, its y-axis from zero.
    String readout = text("#chart-readout");
    assertTrue(readout.contains("of the region"), readout);
    double ofRegion = zaporizhzhia.get(zaporizhzhia.size() - 1).get("percentOfRegion").asDouble();
    assertTrue(ofRegion > 50, "most of Zaporizhzhia oblast is held on the last line: " + ofRegion);
    String shownPct = readout.substring(readout.indexOf('(') + 1, readout.indexOf('%'));
    assertEquals(ofRegion, Browser.number(shownPct), 0.05, readout);
    assertEquals("0", browser.driver.findElement(By.id("chart")).getDomAttribute("data-y-from"));
    browser.screenshot("timeline-desktop", false);

    browser.open("/?p=" + ID + "&chart=UA-23&lang=uk");
    browser.waitFor(d -> "UA-23".equals(d.findElement(By.id("chart")).getDomAttribute("data-region")));
    assertEquals("UA-23", new Select(browser.driver.findElement(By.id("timeline-region"))).getFirstSelectedOption()
        .getDomAttribute("value"));
    browser.screenshot("timeline-uk-desktop", false);
  }

  @Test
  void theSliderIsSpacedByTimeWithDateLabels() {
    browser.open("/?p=" + ID + "&lang=en");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ticks = (List<Map<String, Object>>) browser.script("""
        return [...document.querySelectorAll('#layer-ticks .tick')].map((e) => ({
          left: parseFloat(e.style.left), x: e.getBoundingClientRect().left }));""");
    assertEquals(DATES.size(), ticks.size());
    // Each tick where its date falls between the first and the last.
    LocalDate start = LocalDate.parse(DATES.get(0));
    long span = ChronoUnit.DAYS.between(start, LocalDate.parse(DATES.get(DATES.size() - 1)));
    for (int i = 0; i < DATES.size(); i++) {
      long days = ChronoUnit.DAYS.between(start, LocalDate.parse(DATES.get(i)));
      assertEquals(100.0 * days / span, ((Number) ticks.get(i).get("left")).doubleValue(), 0.01, DATES.get(i));
    }
    List<String> labels = browser.driver.findElements(By.cssSelector("#layer-ticks .tick-label")).stream()
        .map(WebElement::getText).toList();
    assertEquals("Feb 2022", labels.get(0), labels.toString());
    assertEquals("Aug 2025", labels.get(labels.size() - 1), labels.toString());
    // The slider's value is days: on the proposal's own (last) layer, the whole span.
    WebElement slider = browser.driver.findElement(By.id("layer"));
    assertEquals(String.valueOf(span), slider.getDomAttribute("max"));
    assertEquals(String.valueOf(span), browser.script("return arguments[0].value", slider));
    browser.screenshot("slider-desktop", false);
  }

  @Test
  void aPointOfTheChartPicksItsLayer() {
    browser.open("/?p=" + ID + "&chart=all&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#chart .u-over")).isEmpty() ? null : true);
    // The first point is at the left edge of the plot: point at it (uPlot snaps to the nearest), click.
    WebElement over = browser.driver.findElement(By.cssSelector("#chart .u-over"));
    new Actions(browser.driver).moveToElement(over, -over.getRect().getWidth() / 2 + 3, 0).click().perform();
    browser.waitFor(d -> d.getCurrentUrl().contains("layer=" + DATES.get(0)));
    browser.waitReady();
    assertFiguresOf(DATES.get(0));
  }

  @Test
  void screenshotsOfTheTimelineOnAPhone() {
    browser.phone();
    browser.open("/?p=" + ID + "&layer=" + DATES.get(0) + "&chart=all&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#chart canvas")).isEmpty() ? null : true);
    Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    assertFalse(browser.driver.findElement(By.id("layer")).getRect().getWidth() < 100, "a slider wide enough to use");
    browser.screenshot("timeline-phone", false);
    browser.script("document.getElementById('timeline').scrollIntoView()");
    browser.screenshot("timeline-phone-chart", false);
    browser.screenshot("timeline-phone-full", true);
  }
}
