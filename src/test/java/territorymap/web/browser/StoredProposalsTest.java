package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import territorymap.TestData;

/**
 * Many stored proposals on the page: the pickers hold the first page, more on demand, and a search
 * finds the rest; a stored proposal is changed in the editor with {@code If-Match}, and a change
 * made meanwhile by someone else is shown as a conflict, never overwritten unseen.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class StoredProposalsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-Lst7";

  private static ServerWithStore server;
  private static String layer;
  private Browser browser;

  @BeforeAll
  static void startWithAStoreAndAToken() throws IOException {
    server = ServerWithStore.start(TOKEN);
    layer = TestData.shipped().atlas().dates().get(0).toString();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void desktopWindow(Browser browser) {
    this.browser = browser.on(server.server());
    this.browser.desktop();
  }

  private static String definition(String id, String title) {
    return """
        {"id": "%s", "title": "%s", "date": "2026-11-28", "summary": "Donetsk to Russia.", "sources": [],
         "layer": "%s", "assignments": [{"territory": "UA-14", "party": "russia", "status": "de-jure"}]}
        """.formatted(id, title, layer);
  }

  private HttpResponse<String> send(String method, String id, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url(id == null ? "/proposals" : "/proposals/" + id)))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private String storedTitle(String id) {
    return Browser.english(browser.api("/proposals/" + id).get("title"));
  }

  /** Opens a stored proposal and its editor, on a clean slate. */
  private void editFromItsPage(String id, String expectedTitle) {
    browser.open("/?lang=en");
    browser.script("sessionStorage.clear()");
    browser.open("/?p=" + id + "&lang=en");
    find("[data-action='edit-stored']").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("mode=edit")
        && !d.findElements(By.cssSelector("#editor .editing-note")).isEmpty() ? true : null);
    assertEquals(expectedTitle, find("#ed-title").getDomProperty("value"));
    assertEquals(id, find("#ed-id").getDomProperty("value"));
    assertEquals("true", find("#ed-id").getDomProperty("readOnly"));
    assertEquals("whole", new Select(find(".term[data-region='UA-14'] select[name='scope']"))
        .getFirstSelectedOption().getDomAttribute("value"));
  }

  private void retitleAndSave(String title) {
    WebElement field = find("#ed-title");
    field.clear();
    field.sendKeys(title);
    WebElement token = find("#ed-token");
    token.clear();
    token.sendKeys(TOKEN);
    find("#ed-save").click();
  }

  @Test
  void aStoredProposalChangedMeanwhileIsAConflictThatOverwritesOnlyWhenAsked() {
    assertEquals(201, send("POST", null, definition("edit-me", "Before")).statusCode());
    editFromItsPage("edit-me", "Before");

    // Someone else changes it after the page loaded it (no If-Match: the last writer wins for them).
    assertEquals(200, send("PUT", "edit-me", definition("edit-me", "Theirs")).statusCode());
    retitleAndSave("Mine");
    WebElement conflict = browser.waitFor(d -> d.findElements(By.cssSelector("#editor-result .conflict")).stream()
        .findFirst().orElse(null));
    assertTrue(conflict.getText().contains("Someone changed edit-me after you loaded it"), conflict.getText());
    assertEquals("Theirs", storedTitle("edit-me"), "their change is kept");
    assertEquals(List.of(), browser.consoleErrorsExcept("412"));

    find("[data-editor='conflict-overwrite']").click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("mode=edit") && d.getCurrentUrl().contains("p=edit-me"));
    browser.waitReady();
    assertEquals("Mine", find("#panel .proposal-title").getText());
    assertEquals("Mine", storedTitle("edit-me"));
    assertEquals("Mine", new Select(find("#p0")).getFirstSelectedOption().getText(), "the picker has the new title");
  }

  /**
   * What the form does not show of a stored definition (notes in the other language, the sources
   * each term cites, named places) is written back as it was: an edit changes what was edited only.
   */
  @Test
  void anEditKeepsWhatTheFormDoesNotShow() {
    String stored = """
        {"version": 2, "id": "keep-me", "title": {"en": "Kept", "uk": "Збережено"}, "date": "2026-11-28",
         "summary": {"en": "Donetsk to Russia.", "uk": "Донеччина Росії."},
         "sources": [{"id": "a", "publisher": "P", "title": "T", "date": "2026-11-28", "url": "https://example.org/a"}],
         "places": [{"id": "kramatorsk", "name": {"en": "Kramatorsk", "uk": "Краматорськ"}, "lon": 37.56, "lat": 48.72}],
         "layer": "%s",
         "assignments": [{"territory": "UA-14", "holder": "russia", "recognition": "in-law",
                          "note": {"en": "All of Donetsk.", "uk": "Уся Донеччина."}, "sources": ["a"]}]}
        """.formatted(layer);
    assertEquals(201, send("POST", null, stored).statusCode(), "stored");
    editFromItsPage("keep-me", "Kept");
    retitleAndSave("Kept and retitled");
    browser.waitFor(d -> !d.getCurrentUrl().contains("mode=edit") && d.getCurrentUrl().contains("p=keep-me"));
    var definition = browser.api("/proposals/keep-me");
    assertEquals("Kept and retitled", definition.at("/title/en").asText());
    assertEquals("Збережено", definition.at("/title/uk").asText());
    assertEquals("Уся Донеччина.", definition.at("/assignments/0/note/uk").asText());
    assertEquals("All of Donetsk.", definition.at("/assignments/0/note/en").asText());
    assertEquals("a", definition.at("/assignments/0/sources/0").asText());
    assertEquals("a", definition.at("/sources/0/id").asText());
    assertEquals("Краматорськ", definition.at("/places/0/name/uk").asText());
  }

  @Test
  void aConflictCanBeResolvedByLoadingTheirVersion() {
    assertEquals(201, send("POST", null, definition("reload-me", "First")).statusCode());
    editFromItsPage("reload-me", "First");
    assertEquals(200, send("PUT", "reload-me", definition("reload-me", "Theirs again")).statusCode());
    retitleAndSave("Mine again");
    browser.waitFor(d -> d.findElements(By.cssSelector("#editor-result .conflict")).isEmpty() ? null : true);
    assertEquals(List.of(), browser.consoleErrorsExcept("412"));

    find("[data-editor='conflict-reload']").click();
    browser.waitFor(d -> "Theirs again".equals(d.findElement(By.id("ed-title")).getDomProperty("value")) ? true : null);
    assertTrue(find("#editor-result").getText().startsWith("Their version is loaded"), find("#editor-result").getText());
    assertEquals("Theirs again", storedTitle("reload-me"));
    // Saved now, it is a change of their version: accepted.
    retitleAndSave("Mine on theirs");
    browser.waitFor(d -> !d.getCurrentUrl().contains("mode=edit") && d.getCurrentUrl().contains("p=reload-me"));
    assertEquals("Mine on theirs", storedTitle("reload-me"));
  }

  @Test
  void manyStoredProposalsArePagedIntoThePickersAndFoundBySearch() {
    for (int i = 0; i < 60; i++) {
      assertEquals(201, send("POST", null, definition(String.format("zz-many-%02d", i), "Many number " + i))
          .statusCode());
    }
    int stored = browser.api("/proposals?limit=200").size() - 6;
    browser.open("/?lang=en");
    assertEquals(50, new Select(find("#p0")).getOptions().size(), "the first page");
    assertTrue(find("#proposal-finder").isDisplayed());
    find("#proposals-more").click();
    browser.waitFor(d -> new Select(d.findElement(By.id("p0"))).getOptions().size() == 6 + stored ? true : null);
    assertTrue(!find("#proposals-more").isDisplayed() || stored > 94, "no more once all are listed");

    find("#proposal-search").sendKeys("number 59");
    browser.waitFor(d -> {
      List<String> ids = new Select(d.findElement(By.id("p0"))).getOptions().stream()
          .map(o -> o.getDomAttribute("value")).toList();
      return ids.contains("zz-many-59") && !ids.contains("zz-many-58") ? true : null;
    });

    // A link to a proposal beyond the first page opens it.
    browser.open("/?p=zz-many-58&lang=en");
    assertEquals("Many number 58", find("#panel .proposal-title").getText());
    assertEquals("zz-many-58", new Select(find("#p0")).getFirstSelectedOption().getDomAttribute("value"));
  }
}
