package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the page shows of a proposal's content, over the shipped seeds and two version-2 definitions
 * of the tests' own (in two languages, with sources cited per term, a named point, one a variant of
 * the other), stored through the API: the picker by year with variants under their proposal, the
 * search, the terms with their sources, the Ukrainian texts, the named point on the map.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class ProposalContentTest {

  private static final String TOKEN = "content-test-token";
  private static final String ID = "test-plant-zone-2023";
  private static final String VARIANT = "test-plant-zone-2023-second";

  private static ServerWithStore server;
  private Browser browser;

  @BeforeAll
  static void startWithTwoVersion2Proposals() throws Exception {
    server = ServerWithStore.start(TOKEN);
    for (String file : List.of("proposal-v2-test.json", "proposal-v2-test-variant.json")) {
      String body;
      try (InputStream in = ProposalContentTest.class.getResourceAsStream(file)) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + server.server().port() + "/proposals"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), file + ": " + created.body());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared.on(server.server());
    browser.desktop();
  }

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private String text(String css) {
    return find(css).getText();
  }

  private List<String> attributes(String css, String attribute) {
    return browser.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  @Test
  void thePickerGroupsTheProposalsByYearWithEachVariantUnderItsProposal() {
    browser.open("/?lang=en");
    Map<String, String> dates = new HashMap<>();
    browser.api("/proposals").forEach(p -> dates.put(p.get("id").asText(), p.get("date").asText()));
    TreeSet<String> years = new TreeSet<>();
    dates.values().forEach(d -> years.add(d.substring(0, 4)));
    assertEquals(new ArrayList<>(years.descendingSet()), attributes("#p0 optgroup", "label"), "the latest year first");
    int options = 0;
    for (WebElement group : browser.driver.findElements(By.cssSelector("#p0 optgroup"))) {
      for (WebElement option : group.findElements(By.tagName("option"))) {
        assertTrue(dates.get(option.getDomAttribute("value")).startsWith(group.getDomAttribute("label")),
            option.getDomAttribute("value") + " in " + group.getDomAttribute("label"));
        options++;
      }
    }
    assertEquals(dates.size(), options, "every proposal listed once");
    List<String> in2023 = attributes("#p0 optgroup[label='2023'] option", "value");
    assertEquals(List.of(ID, VARIANT), in2023, "the variant (dated later) right under its proposal");
    assertEquals("\u21b3 As the second report tells it",
        text("#p0 optgroup[label='2023'] option[value='" + VARIANT + "']"), "shown by its variant label");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theSearchFindsAProposalByAWordOfItsUkrainianTitle() {
    browser.open("/?lang=uk");
    WebElement search = find("#proposal-search");
    assertTrue(search.isDisplayed());
    search.sendKeys("атомної");
    browser.waitFor(d -> attributes("#p0 option", "value").contains(ID)
        && !attributes("#p0 option", "value").contains("alaska-2025-08-15") ? true : null);
    assertEquals("Тестова пропозиція: зона навколо атомної станції під наглядом",
        text("#p0 option[value='" + ID + "']"));
    assertEquals("uk", find("#p0 option[value='" + ID + "']").getDomAttribute("lang"));
  }

  @Test
  void eachTermIsListedWithLinksToTheSourcesThatSayIt() {
    browser.open("/?p=" + ID + "&lang=en");
    List<WebElement> terms = browser.driver.findElements(By.cssSelector("#panel .terms li"));
    assertEquals(2, terms.size(), "one item per assignment");
    assertTrue(terms.get(0).getText().startsWith("within 20 km of Zaporizhzhia nuclear power plant: "
        + "International Atomic Energy Agency (a third party): recognition not mentioned, international monitoring. "
        + "Both reports say the plant is monitored."), terms.get(0).getText());
    assertEquals(List.of("https://example.org/first", "https://example.org/second"),
        attributes("#panel .terms li[data-assignment='0'] .cited a", "href"));
    assertEquals(List.of("Example Wire", "Example Daily"), browser.driver.findElements(
        By.cssSelector("#panel .terms li[data-assignment='0'] .cited a")).stream().map(WebElement::getText).toList());
    assertEquals(List.of("https://example.org/second"), attributes("#panel .terms li[data-assignment='1'] .cited a", "href"));
    assertTrue(terms.get(1).getText().contains("Russia: recognised in law. Only the second report says so."),
        terms.get(1).getText());
    // The headline sums by holder, and by regime where a regime other than none has any territory.
    JsonNode report = browser.api("/proposals/" + ID + "/area");
    assertEquals(Browser.km2(report.at("/parties/third-party/officialKm2").asDouble()),
        Browser.number(text("#headline [data-party='third-party'] .km2")));
    assertEquals(Browser.km2(report.at("/regimes/international-monitoring/officialKm2").asDouble()),
        Browser.number(text("#headline [data-regime='international-monitoring'] .km2")));
    assertTrue(report.at("/regimes/international-monitoring/officialKm2").asDouble() > 0);
    assertEquals(1, browser.driver.findElements(By.cssSelector("#headline [data-regime]")).size(), "none and empty regimes not shown");
    // The sources themselves: publisher, title as a link, date.
    assertEquals(List.of("https://example.org/first", "https://example.org/second"), attributes("#panel .sources a", "href"));
    assertTrue(text("#panel .sources li[data-source='first']").startsWith("Example Wire: A first report"),
        text("#panel .sources li[data-source='first']"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aUkrainianPageShowsTheUkrainianTextsAndMarksAnEnglishOnlyOne() {
    JsonNode definition = browser.api("/proposals/" + ID);
    browser.open("/?p=" + ID + "&lang=uk");
    assertEquals(definition.at("/title/uk").asText(), text("#panel .proposal-title"));
    assertEquals(definition.at("/summary/uk").asText(), text("#panel .summary"));
    assertEquals("uk", find("#panel .summary span").getDomAttribute("lang"));
    assertEquals("Карта: " + definition.at("/title/uk").asText(), find("#maps .map").getDomAttribute("aria-label"));
    assertTrue(text("#panel .terms li[data-assignment='0']").contains("Обидва повідомлення кажуть про нагляд за станцією."),
        text("#panel .terms li[data-assignment='0']"));
    assertTrue(text("#panel .terms li[data-assignment='0']").startsWith("у радіусі 20 км від Запорізька АЕС: МАГАТЕ"),
        text("#panel .terms li[data-assignment='0']"));
    assertTrue(browser.driver.findElements(By.cssSelector("#panel .summary .lang-tag")).isEmpty(), "in the page's language");
    browser.screenshot("proposal-terms-uk", true);
    // A note in English only: in its language, with a tag that says so.
    WebElement english = find("#panel .terms li[data-assignment='1'] .note span[lang='en']");
    assertEquals("Only the second report says so.", english.getText());
    String tag = "#panel .terms li[data-assignment='1'] .note .lang-tag ";
    assertEquals("EN", find(tag + "[aria-hidden='true']").getDomProperty("textContent"), "seen");
    assertEquals("(англійською)", find(tag + ".visually-hidden").getDomProperty("textContent"), "heard");

    // The variant has an English title only: shown in English, marked so, in the picker in English.
    browser.open("/?p=" + VARIANT + "&lang=uk");
    assertEquals("en", find("#panel .proposal-title span[lang='en']").getDomAttribute("lang"));
    assertEquals("Test proposal, as the second report tells it", find("#panel .proposal-title span[lang='en']").getText());
    assertFalse(browser.driver.findElements(By.cssSelector("#panel .proposal-title .lang-tag")).isEmpty());
    assertEquals("Як розповідає друге повідомлення", text("#p0 option[value='" + VARIANT + "']").substring(2));
    // A label read out as a whole stays in one language: the map is named without the English title.
    assertEquals("Карта: Пропозиція A", find("#maps .map").getDomAttribute("aria-label"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aNamedPointIsShownOnTheProposalsMapByItsName() {
    browser.open("/?p=" + ID + "&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector(".named-point[data-place='plant']")).isEmpty() ? null : true);
    WebElement label = find(".named-point[data-place='plant']");
    assertEquals("Zaporizhzhia nuclear power plant", label.getText());
    assertTrue(label.isDisplayed());
    assertEquals(1, browser.driver.findElements(By.cssSelector("path.named-point-marker")).size());
    assertTrue(text("#panel .legend").contains("Places the proposal names"), text("#panel .legend"));
    browser.screenshot("proposal-named-point", false);
    browser.open("/?p=" + ID + "&lang=uk");
    assertEquals("Запорізька АЕС", text(".named-point[data-place='plant']"));
    // A proposal that names none shows none.
    browser.open("/?p=" + VARIANT + "&lang=en");
    assertTrue(browser.driver.findElements(By.cssSelector(".named-point")).isEmpty());
  }
}
