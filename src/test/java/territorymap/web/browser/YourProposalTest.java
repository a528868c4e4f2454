package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * "Your proposal": a proposal built on the page, its figures as the preview gives them, saved with
 * the token into an embedded store of this class's own server, then opened from its link. User text
 * is shown as text, problems next to the control at fault.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class YourProposalTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-5Gq2";
  private static final String XSS = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

  private static ServerWithStore server;
  private Browser shared;
  private Browser browser;

  @BeforeAll
  static void startWithAStoreAndAToken() throws IOException {
    server = ServerWithStore.start(TOKEN);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void desktopWindow(Browser browser) {
    shared = browser;
    this.browser = browser.on(server.server());
    this.browser.desktop();
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  /** The editor on a clean slate: no draft, no token from an earlier test. */
  private void openEditor(Browser on) {
    openEditor(on, "");
  }

  /** The same, with more of the URL's query (e.g. "&v=LAT,LON,ZOOM"). */
  private void openEditor(Browser on, String query) {
    on.open("/?mode=edit&lang=en");
    on.script("sessionStorage.clear()");
    on.open("/?mode=edit&lang=en" + query);
    on.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
    waitForFigures(on);
  }

  /** Waits until the preview asked for by the last change has answered. */
  private static void waitForFigures(Browser on) {
    on.waitFor(d -> {
      WebElement box = d.findElement(By.id("editor-figures"));
      String classes = box.getDomAttribute("class");
      return !classes.contains("stale") && !box.findElements(By.cssSelector("[data-party='russia'] .km2")).isEmpty()
          ? true : null;
    });
  }

  /** The preview's shares on the editor's map. */
  private static final String SHARES = "#maps .leaflet-overlay-pane path.share";

  /** Features with an area: the ones a map draws. */
  private static int drawable(JsonNode features) {
    int n = 0;
    for (JsonNode feature : features) {
      n += feature.get("geometry").get("coordinates").isEmpty() ? 0 : 1;
    }
    return n;
  }

  private void term(String region, String scope) {
    new Select(find(".term[data-region='" + region + "'] select[name='scope']")).selectByValue(scope);
  }

  private static HttpResponse<String> post(Browser on, String path, String body, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.url(path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertHeadline(String scope, JsonNode report) {
    for (String party : List.of("russia", "ukraine")) {
      JsonNode figure = report.get("parties").get(party);
      String row = scope + " [data-party='" + party + "'] ";
      assertEquals(Browser.km2(figure.get("officialKm2").asDouble()), Browser.number(text(row + ".km2")), party + " km²");
      assertEquals(Browser.pct(figure.get("officialPercent").asDouble()), Browser.number(text(row + ".pct")), party + " %");
    }
    for (String change : List.of("cededByUkraine", "returnedByRussia", "netForUkraine")) {
      assertEquals(Browser.km2(report.get("change").get(change).get("officialKm2").asDouble()),
          Browser.number(text(scope + " [data-change='" + change + "'] .km2")), change);
    }
  }

  /** The values of a select's options, in order. */
  private List<String> options(String css) {
    return new Select(find(css)).getOptions().stream().map(o -> o.getDomAttribute("value")).toList();
  }

  @Test
  void eachTermOffersTheHoldersRegimesAndRecognitionsOfTheServer() {
    openEditor(browser);
    JsonNode vocabulary = browser.api("/vocabulary");
    String row = ".term[data-region='UA-23'] ";
    String a = row + ".pair[data-part='a'] ";
    term("UA-23", "parts");
    assertEquals(texts(vocabulary.get("holders")), options(a + "select[name='holder']"));
    assertEquals(texts(vocabulary.get("regimes")), options(a + "select[name='regime']"));
    assertEquals(texts(vocabulary.get("recognitions")), options(a + "select[name='recognition']"));
    // A holder picked anew gets its default terms; a third party is named in a field shown for it only.
    Map<String, List<String>> defaults = Map.of("russia", List.of("none", "in-law"),
        "ukraine", List.of("none", "not-mentioned"), "undetermined", List.of("demilitarized", "not-mentioned"),
        "third-party", List.of("none", "not-mentioned"));
    for (String holder : texts(vocabulary.get("holders"))) {
      new Select(find(a + "select[name='holder']")).selectByValue(holder);
      browser.waitFor(d -> defaults.get(holder).equals(List.of(selected(a + "select[name='regime']"),
          selected(a + "select[name='recognition']"))) ? true : null);
      assertEquals(holder.equals("third-party"), find(a + "input[name='thirdParty']").isDisplayed(), holder);
    }
    find(a + "input[name='thirdParty']").sendKeys("United States");
    new Select(find(a + "select[name='regime']")).selectByValue("international-monitoring");
    assertEquals("ukraine", selected(row + ".pair[data-part='b'] select[name='holder']"), "the held part is Ukraine's at first");
    new Select(find(row + ".pair[data-part='b'] select[name='holder']")).selectByValue("russia");
    new Select(find(row + ".pair[data-part='b'] select[name='regime']")).selectByValue("demilitarized");
    waitForFigures(browser);
    JsonNode definition = json((String) browser.script("return document.getElementById('editor-json').textContent"));
    assertEquals(2, definition.get("version").asInt());
    assertEquals(json("""
        [{"territory": {"occupied": "UA-23"}, "holder": "third-party", "thirdParty": {"en": "United States"},
          "regime": "international-monitoring", "recognition": "not-mentioned"},
         {"territory": {"held": "UA-23"}, "holder": "russia", "regime": "demilitarized", "recognition": "in-law"}]"""),
        definition.get("assignments"));
    // The preview draws them as the server's images do: Russia's demilitarized part in its stripes.
    assertFalse(browser.driver.findElements(By.cssSelector(SHARES + ".party-russia.regime-demilitarized.recognition-in-law"))
        .isEmpty());
    assertFalse(browser.driver.findElements(By.cssSelector(SHARES + ".party-third-party.regime-international-monitoring"))
        .isEmpty());
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** A JSON array of strings as a list. */
  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  /** The value of a select's selected option. */
  private String selected(String css) {
    return new Select(find(css)).getFirstSelectedOption().getDomAttribute("value");
  }

  @Test
  void theOccupiedPartOfZaporizhzhiaToRussiaShowsThePreviewFiguresIsSavedAndOpensFromItsLink() {
    openEditor(browser);
    term("UA-23", "occupied");
    assertEquals("russia", selected(".term[data-region='UA-23'] select[name='holder']"));
    assertEquals("none", selected(".term[data-region='UA-23'] select[name='regime']"));
    assertEquals("in-law", selected(".term[data-region='UA-23'] select[name='recognition']"));
    waitForFigures(browser);

    // The page's definition is the one meant, and its figures are the preview's.
    JsonNode definition = json((String) browser.script("return document.getElementById('editor-json').textContent"));
    assertEquals(json("[{\"territory\":{\"occupied\":\"UA-23\"},\"holder\":\"russia\",\"recognition\":\"in-law\"}]"),
        definition.get("assignments"));
    // The editor works on the latest layer (the shipped layers are 23 February 2022 and 15 August 2025).
    JsonNode layers = browser.api("/layers");
    String layer = layers.get(layers.size() - 1).get("date").asText();
    assertEquals(layer, definition.get("layer").asText());
    String body = "{\"id\":\"check\",\"title\":\"Check\",\"date\":\"2026-01-01\",\"summary\":\"Check\",\"sources\":[],"
        + "\"layer\":\"" + layer + "\",\"unassigned\":\"status-quo\",\"assignments\":[{\"territory\":{\"occupied\":\"UA-23\"},"
        + "\"party\":\"russia\",\"status\":\"de-jure\"}]}";
    HttpResponse<String> preview = post(browser, "/proposals/preview", body, null);
    assertEquals(200, preview.statusCode(), preview.body());
    JsonNode report = json(preview.body()).get("report");
    assertHeadline("#editor", report);

    // The map draws the preview's shares, one path each, styled as a saved proposal's, and current.
    JsonNode features = json(preview.body()).get("geojson").get("features");
    assertTrue(drawable(features) >= 2, "Russia's share and the rest: " + features.size());
    assertEquals(drawable(features), browser.driver.findElements(By.cssSelector(SHARES)).size(), "one path per share");
    assertFalse(browser.driver.findElements(By.cssSelector(SHARES + ".party-russia.recognition-in-law")).isEmpty(),
        "the occupied part, Russia's in law");
    assertTrue(browser.driver.findElements(By.cssSelector(".map.shares-stale, .map.shares-failed, .stale-flag")).isEmpty(),
        "the shapes are current");

    // Saved with the token, which stays in the tab's session storage and out of the URL.
    String id = "zaporizhzhia-occupied-test";
    String title = "The occupied part of Zaporizhzhia to Russia (test)";
    find("#ed-title").sendKeys(title);
    find("#ed-summary").sendKeys("Russia keeps what it holds in Zaporizhzhia oblast; nothing else changes.");
    find("#ed-id").sendKeys(id);
    assertEquals("password", find("#ed-token").getDomAttribute("type"));
    find("#ed-token").sendKeys(TOKEN);
    browser.screenshot("editor-desktop", false);
    find("#ed-save").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("p=" + id) && !d.getCurrentUrl().contains("mode=edit"));
    browser.waitReady();
    assertEquals(title, text("#panel .proposal-title"));
    assertFalse(browser.driver.getCurrentUrl().contains(TOKEN), "no token in the URL");
    assertEquals(TOKEN, browser.script("return sessionStorage.getItem('territorymap.token')"));
    assertEquals(0L, browser.script("return Object.keys(localStorage).filter(k => localStorage.getItem(k).includes(arguments[0])).length", TOKEN));
    assertEquals(id, new Select(find("#p0")).getFirstSelectedOption().getDomAttribute("value"), "in the picker");
    boolean listed = false;
    for (JsonNode p : browser.api("/proposals")) {
      listed |= p.get("id").asText().equals(id);
    }
    assertTrue(listed, "GET /proposals lists it");
    assertHeadline("#headline", browser.api("/proposals/" + id + "/area"));

    // Its link, in a fresh tab.
    String original = browser.driver.getWindowHandle();
    browser.driver.switchTo().newWindow(WindowType.TAB);
    try {
      browser.open("/?p=" + id + "&lang=en");
      assertEquals(title, text("#panel .proposal-title"));
      assertEquals(id, new Select(find("#p0")).getFirstSelectedOption().getDomAttribute("value"));
      assertHeadline("#headline", report);
      assertFalse(browser.driver.findElements(By.cssSelector("path.share.party-russia.recognition-in-law")).isEmpty());
      assertEquals(null, browser.script("return sessionStorage.getItem('territorymap.token')"), "a new tab has no token");
    } finally {
      browser.driver.close();
      browser.driver.switchTo().window(original);
    }
  }

  @Test
  void userTextIsShownAsTextNeverRun() {
    openEditor(browser);
    term("UA-14", "whole");
    waitForFigures(browser);
    String title = XSS + " title";
    find("#ed-title").sendKeys(title);
    find("#ed-summary").sendKeys("<b>not bold</b> " + XSS);
    find("#ed-id").sendKeys("xss-from-the-page");
    find("#ed-token").sendKeys(TOKEN);
    find("#ed-save").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("p=xss-from-the-page"));
    browser.waitReady();
    assertEquals("undefined", browser.script("return typeof window.__xss"));
    assertEquals(title, text("#panel .proposal-title"));
    assertTrue(text("#panel .summary").startsWith("<b>not bold</b> <script>"), text("#panel .summary"));
    assertTrue(browser.driver.findElements(By.cssSelector("#panel .summary b, #panel img, #p0 img")).isEmpty());
    assertEquals(title, new Select(find("#p0")).getFirstSelectedOption().getText());
    assertTrue(browser.driver.getTitle().startsWith(title), browser.driver.getTitle());

    // Made through the API: notes, sources and a quote in a link, in both views.
    ObjectNode definition = (ObjectNode) json("""
        {"id": "xss-from-the-api", "title": "T", "date": "2026-01-01", "summary": "S", "layer": "LAYER",
         "sources": [{"publisher": "P", "title": "T", "date": "2026-01-01",
                      "url": "https://example.org/\\"><img src=x onerror=window.__xss=3>"}],
         "assignments": [{"territory": "UA-09", "party": "russia", "status": "de-jure", "note": "N"}]}""");
    definition.put("title", XSS);
    definition.put("summary", XSS);
    definition.put("layer", browser.api("/layers").get(0).get("date").asText());
    ((ObjectNode) definition.get("sources").get(0)).put("publisher", XSS).put("title", XSS);
    ((ObjectNode) definition.get("assignments").get(0)).put("note", XSS);
    HttpResponse<String> created = post(browser, "/proposals", definition.toString(), TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    browser.open("/?p=xss-from-the-api&lang=en");
    assertEquals(XSS, text("#panel .proposal-title"));
    assertEquals(XSS, text("#panel .legend .note"));
    assertTrue(text("#panel .sources").contains(XSS + ": " + XSS), text("#panel .sources"));
    assertEquals("https://example.org/\"><img src=x onerror=window.__xss=3>",
        find("#panel .sources a").getDomAttribute("href"));
    browser.open("/?p=xss-from-the-api,xss-from-the-page&lang=en");
    assertTrue(text(".map-box figcaption").contains(XSS), text(".map-box figcaption"));
    assertTrue(browser.driver.findElements(By.cssSelector("img[src='x'], #main script")).isEmpty(), "no element made from data");
    assertEquals("undefined", browser.script("return typeof window.__xss"));
  }

  @Test
  void problemsAreShownNextToTheControlAtFault() {
    openEditor(browser);
    // Two drawn areas that overlap: the server names the second, shown with it.
    WebElement map = find(".leaflet-container");
    find("[data-editor='draw']").click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".draw-toolbar")).isEmpty() ? null : true);
    new Actions(browser.driver)
        .moveToElement(map, -40, -40).click().pause(120)
        .moveToElement(map, 40, -40).click().pause(120)
        .moveToElement(map, 40, 40).click().pause(120)
        .moveToElement(map, -40, 40).click().pause(120).perform();
    assertEquals("4", (String) browser.script("return document.querySelector('.draw-hint').textContent.match(/\\d+/)[0]"));
    find(".draw-toolbar [data-draw='finish']").click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".areas .area")).size() == 1 ? true : null);
    waitForFigures(browser);
    assertTrue(text("#editor-figures").contains("Undetermined") && text("#editor-figures").contains("Demilitarized"),
        "the drawn area counts, held by no one, demilitarized: " + text("#editor-figures"));
    assertEquals(1, browser.driver.findElements(By.cssSelector(SHARES + ".party-undetermined")).size());
    assertEquals(1, browser.driver.findElements(By.cssSelector("path.drawn-outline")).size());

    find("[data-editor='draw']").click();
    new Actions(browser.driver)
        .moveToElement(map, 0, 0).click().pause(120)
        .moveToElement(map, 80, 0).click().pause(120)
        .moveToElement(map, 80, 80).click().pause(120)
        .moveToElement(map, 0, 80).doubleClick().perform();
    browser.waitFor(d -> d.findElements(By.cssSelector(".areas .area")).size() == 2 ? true : null);
    assertTrue(text(".areas .area:nth-child(2) .area-size").startsWith("4 "), "a double-click closes the area");
    browser.waitFor(d -> d.findElement(By.id("ed-area-1-error")).getText().contains("overlaps") ? true : null);
    assertTrue(find("#editor-figures").getDomAttribute("class").contains("failed"));
    // The map keeps the last good shapes, marked out of date; the new area shows as drawn.
    assertTrue(find("#maps .map").getDomAttribute("class").contains("shares-failed"));
    assertTrue(text(".stale-flag").contains("Not updated"), text(".stale-flag"));
    assertEquals(1, browser.driver.findElements(By.cssSelector(SHARES + ".party-undetermined")).size());
    assertEquals(2, browser.driver.findElements(By.cssSelector("path.drawn-outline")).size());
    assertEquals(List.of(), browser.consoleErrorsExcept("422"));

    // Saving: the title first, then the token, then the overlap again.
    find("#ed-save").click();
    browser.waitFor(d -> d.findElement(By.id("ed-title-error")).isDisplayed() ? true : null);
    assertEquals("ed-title", browser.script("return document.activeElement.id"));
    assertEquals("true", find("#ed-title").getDomAttribute("aria-invalid"));
    find("#ed-title").sendKeys("Two areas");
    find("#ed-summary").sendKeys("Two demilitarized areas that overlap.");
    find("#ed-token").sendKeys("wrong");
    find("#ed-save").click();
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor-result .problem[data-status='401']")).isEmpty() ? null : true);
    assertTrue(text("#ed-token-error").contains("Authorization"), text("#ed-token-error"));
    assertEquals("ed-token", browser.script("return document.activeElement.id"));
    assertEquals(List.of(), browser.consoleErrorsExcept("401", "422"));

    find("#ed-token").clear();
    find("#ed-token").sendKeys(TOKEN);
    find("#ed-save").click();
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor-result .problem[data-status='422']")).isEmpty() ? null : true);
    assertTrue(text("#editor-result").contains("assignments[1].territory"), text("#editor-result"));
    assertTrue(text("#ed-area-1-error").contains("overlaps"));
    // The problem's reason, with the assignment it names shown as the control it came from.
    assertTrue(text("#ed-area-1-error").startsWith("overlaps Area 1 by "), text("#ed-area-1-error"));
    assertTrue(find(".areas .area:nth-child(2)").getDomAttribute("class").contains("invalid"));
    browser.screenshot("editor-problem-desktop", false);

    // An id that is taken: 409, next to the id.
    find(".areas .area:nth-child(2) [data-editor='remove-area']").click();
    waitForFigures(browser);
    browser.waitFor(d -> d.findElements(By.cssSelector(".map.shares-failed, .map.shares-stale, .stale-flag")).isEmpty() ? true : null);
    find("#ed-id").sendKeys("alaska-2025-08-15");
    find("#ed-save").click();
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor-result .problem[data-status='409']")).isEmpty() ? null : true);
    assertTrue(text("#ed-id-error").contains("alaska-2025-08-15"), text("#ed-id-error"));
    assertEquals(List.of(), browser.consoleErrorsExcept("401", "409", "422"));
  }

  @Test
  void aProposalWrittenOnAUkrainianPageIsSavedInUkrainianAndShownAsSuchInEnglish() {
    browser.open("/?mode=edit&lang=uk");
    browser.script("sessionStorage.clear()");
    browser.open("/?mode=edit&lang=uk");
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
    term("UA-14", "whole");
    waitForFigures(browser);
    String title = "Донецька область — Росії";
    find("#ed-title").sendKeys(title);
    find("#ed-summary").sendKeys("Уся Донецька область відходить Росії.");
    find("#ed-id").sendKeys("written-in-ukrainian");
    find("#ed-token").sendKeys(TOKEN);
    find("#ed-save").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("p=written-in-ukrainian") && !d.getCurrentUrl().contains("mode=edit"));
    JsonNode stored = browser.api("/proposals/written-in-ukrainian");
    assertEquals(2, stored.get("version").asInt());
    assertEquals(json("{\"uk\": \"" + title + "\"}"), stored.get("title"), "in the language it was written in only");
    assertEquals("uk", find("#panel .proposal-title span").getDomAttribute("lang"));
    assertTrue(browser.driver.findElements(By.cssSelector("#panel .proposal-title .lang-tag")).isEmpty());

    browser.open("/?p=written-in-ukrainian&lang=en");
    assertEquals(title, find("#panel .proposal-title span[lang='uk']").getText());
    assertEquals("УКР", find("#panel .proposal-title .lang-tag [aria-hidden='true']").getDomProperty("textContent"));
    assertEquals("(in Ukrainian)", find("#panel .proposal-title .lang-tag .visually-hidden").getDomProperty("textContent"));
    assertEquals("uk", find("#p0 option[value='written-in-ukrainian']").getDomAttribute("lang"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  /** A draft kept by a page that wrote version 1 (party and status) opens in version 2's words. */
  @Test
  void aVersion1DraftOpensInVersion2Words() {
    openEditor(browser);
    browser.script("""
        sessionStorage.setItem('territorymap.draft', JSON.stringify({id: '', tag: 'abcdef', title: 'Old', date: '2026-01-01',
          summary: 'Old draft', unassigned: 'status-quo', sources: [],
          terms: {'UA-23': {scope: 'parts', party: 'russia', status: 'frozen', party2: 'ukraine', status2: 'unchanged'}},
          areas: []}));""");
    browser.open("/?mode=edit&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor .term")).size() == 27 ? true : null);
    waitForFigures(browser);
    String row = ".term[data-region='UA-23'] ";
    assertEquals(List.of("russia", "none", "frozen"), List.of(selected(row + ".pair[data-part='a'] select[name='holder']"),
        selected(row + ".pair[data-part='a'] select[name='regime']"), selected(row + ".pair[data-part='a'] select[name='recognition']")));
    assertEquals(List.of("ukraine", "not-mentioned"), List.of(selected(row + ".pair[data-part='b'] select[name='holder']"),
        selected(row + ".pair[data-part='b'] select[name='recognition']")));
    JsonNode definition = json((String) browser.script("return document.getElementById('editor-json').textContent"));
    assertEquals(json("""
        [{"territory": {"occupied": "UA-23"}, "holder": "russia", "recognition": "frozen"},
         {"territory": {"held": "UA-23"}, "holder": "ukraine", "recognition": "not-mentioned"}]"""), definition.get("assignments"));
    assertEquals(json("{\"en\": \"Old\"}"), definition.get("title"));
  }

  @Test
  void aServerWithoutATokenSaysHowToEnableWrites() {
    shared.desktop();
    openEditor(shared);
    new Select(shared.driver.findElement(By.cssSelector(".term[data-region='UA-23'] select[name='scope']"))).selectByValue("whole");
    waitForFigures(shared);
    shared.driver.findElement(By.id("ed-title")).sendKeys("Refused");
    shared.driver.findElement(By.id("ed-summary")).sendKeys("The shared server takes no writes.");
    shared.driver.findElement(By.id("ed-token")).sendKeys("anything");
    shared.driver.findElement(By.id("ed-save")).click();
    shared.waitFor(d -> d.findElements(By.cssSelector("#editor-result .problem[data-status='403']")).isEmpty() ? null : true);
    String result = shared.driver.findElement(By.id("editor-result")).getText();
    assertTrue(result.contains("does not accept") && result.contains("--write-token"), result);
    assertEquals(List.of(), shared.consoleErrorsExcept("403"));
  }

  @Test
  void everyControlOfTheEditorHasALabel() {
    openEditor(browser);
    term("UA-23", "parts");
    find("[data-editor='add-source']").click();
    waitForFigures(browser);
    String unlabelled = (String) browser.script("""
        return [...document.querySelectorAll('#editor select, #editor input, #editor textarea, #editor button')]
          .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
          .filter(e => !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim()
                         || e.getAttribute('aria-labelledby')))
          .map(e => e.outerHTML.slice(0, 80)).join('\\n');""");
    assertEquals("", unlabelled, "controls without a label");
    assertEquals("Zaporizhzhia, held part: who gets it",
        find(".term[data-region='UA-23'] .pair[data-part='b'] select[name='holder']").getDomAttribute("aria-label"));
    assertEquals("Held part:", text(".term[data-region='UA-23'] .pair[data-part='b'] .part-name"));
  }

  @Test
  void anAreaDrawnAcrossTheBorderIsShownClippedToUkraine() {
    openEditor(browser, "&v=51.0,24.3,7"); // Volyn, in the middle of the map
    term("UA-23", "occupied");
    waitForFigures(browser);
    find("[data-editor='draw']").click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".draw-toolbar")).isEmpty() ? null : true);

    // A square from the middle of Volyn to Poland, west of it: two corners outside Ukraine, none on a control.
    List<?> volyn = rect("path.region-UA-07");
    int cx = (int) Math.round((at(volyn, 0) + at(volyn, 2)) / 2);
    int cy = (int) Math.round((at(volyn, 1) + at(volyn, 3)) / 2);
    int west = (int) Math.round(at(volyn, 0) - 40);
    int[][] corners = {{cx, cy}, {west, cy}, {west, cy - 60}, {cx, cy - 60}};
    for (int[] c : corners) {
      Object where = browser.script("const at = document.elementsFromPoint(arguments[0], arguments[1]);"
          + " return at.some(e => e.closest('.leaflet-control')) ? 'control'"
          + " : at.some(e => e.matches('path.region')) ? 'Ukraine' : 'abroad'", c[0], c[1]);
      assertEquals(c[0] == cx ? "Ukraine" : "abroad", where, "corner " + c[0] + "," + c[1]);
    }
    Actions clicks = new Actions(browser.driver);
    for (int i = 0; i < 2; i++) {
      clicks.moveToLocation(corners[i][0], corners[i][1]).click().pause(150);
    }
    clicks.perform();

    // A preview that comes in meanwhile is drawn under the corners and line being drawn.
    term("UA-14", "whole");
    waitForFigures(browser);
    assertTrue(text(".draw-hint").contains("2 so far"), text(".draw-hint"));
    assertEquals(4L, browser.script("return document.querySelectorAll('.leaflet-drawing-pane path').length"),
        "the line, the guide and two corners in the drawing's pane");
    assertEquals(Boolean.TRUE, browser.script("""
        const z = (name) => Number(getComputedStyle(document.querySelector('.leaflet-' + name + '-pane')).zIndex);
        return ['overlay', 'outlines', 'labels'].every(p => z('drawing') > z(p));"""), "the drawing on top");
    clicks = new Actions(browser.driver);
    for (int i = 2; i < 4; i++) {
      clicks.moveToLocation(corners[i][0], corners[i][1]).click().pause(150);
    }
    clicks.perform();
    find(".draw-toolbar [data-draw='finish']").click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".areas .area")).size() == 1 ? true : null);
    waitForFigures(browser);
    browser.waitFor(d -> d.findElements(By.cssSelector(SHARES + ".party-undetermined")).isEmpty() ? null : true);
    assertTrue(text("#editor-warnings").contains("clipped"), text("#editor-warnings"));

    // One path per share of the page's own definition, previewed from here.
    ObjectNode definition = (ObjectNode) json((String) browser.script("return document.getElementById('editor-json').textContent"));
    definition.put("id", "check").put("title", "Check").put("summary", "Check");
    HttpResponse<String> preview = post(browser, "/proposals/preview", definition.toString(), null);
    assertEquals(200, preview.statusCode(), preview.body());
    JsonNode features = json(preview.body()).get("geojson").get("features");
    assertEquals(drawable(features), browser.driver.findElements(By.cssSelector(SHARES)).size(), "one path per share");

    // The area's share ends at the border, west of where it was clicked; the dotted outline is the square as clicked.
    List<?> share = rect(SHARES + ".party-undetermined");
    List<?> drawn = rect("path.drawn-outline");
    assertTrue(at(share, 0) > west + 15, "clipped on the west: the share starts at " + at(share, 0) + ", the clicks at " + west);
    assertEquals(cx, at(share, 2), 4, "the side inside Ukraine as clicked");
    assertEquals(cy, at(share, 3), 4, "the side inside Ukraine as clicked");
    assertEquals(west, at(drawn, 0), 4, "the outline as clicked");
    assertEquals(cy - 60, at(drawn, 1), 4, "the outline as clicked");
    browser.screenshot("editor-area-desktop", false);

    // The same draft on a phone (it lives in the tab's session storage).
    browser.phone();
    browser.open("/?mode=edit&lang=en");
    browser.waitFor(d -> d.findElements(By.cssSelector(".areas .area")).size() == 1 ? true : null);
    waitForFigures(browser);
    browser.waitFor(d -> d.findElements(By.cssSelector(SHARES + ".party-undetermined")).isEmpty() ? null : true);
    assertEquals(drawable(features), browser.driver.findElements(By.cssSelector(SHARES)).size(), "one path per share");
    browser.screenshot("editor-area-phone", false);
    String before = browser.driver.getCurrentUrl();
    find(".areas .area [data-editor='zoom-area']").click();
    browser.waitFor(d -> d.getCurrentUrl().equals(before) ? null : true); // the view is in the URL once the map has moved
    browser.script("document.querySelector('#maps .map').scrollIntoView()");
    browser.screenshot("editor-area-phone-zoomed", false);
  }

  /** An element's box on the screen: left, top, right, bottom. */
  private List<?> rect(String css) {
    return (List<?>) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return [r.left, r.top, r.right, r.bottom];", css);
  }

  private static double at(List<?> values, int i) {
    return ((Number) values.get(i)).doubleValue();
  }

  @Test
  void thePageIsServedWithAContentSecurityPolicy() {
    HttpResponse<String> page = browser.get("/");
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self'") && policy.contains("object-src 'none'"), policy);
    assertFalse(policy.contains("unsafe-eval") || policy.contains("script-src 'self' 'unsafe-inline'"), policy);
    assertFalse(page.body().contains("<script>"), "no inline script in the page");
  }

  @Test
  void screenshotsOfTheEditorOnAPhone() {
    browser.phone();
    openEditor(browser);
    term("UA-23", "parts");
    waitForFigures(browser);
    Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    browser.screenshot("editor-phone", false);
    browser.script("document.querySelector('.term[data-region=\"UA-23\"]').scrollIntoView()");
    browser.screenshot("editor-phone-terms", false);
    browser.screenshot("editor-phone-full", true);
  }
}
