package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /embed} framed by a page of another origin, and the page's Embed button. */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class EmbedTest {

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  @Test
  void theEmbedRendersInAnIframeOnAnotherOrigin() throws Exception {
    // A newsroom's page: another origin (127.0.0.1 and its own port, the service is on localhost).
    String src = browser.url("/embed?p=alaska-2025-08-15");
    byte[] article = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An article</title>"
        + "<link rel=\"icon\" href=\"data:,\"></head><body><h1>An article</h1>"
        + "<iframe id=\"map\" src=\"" + src + "\" width=\"640\" height=\"400\" title=\"The map\" style=\"border:0\">"
        + "</iframe></body></html>").getBytes(StandardCharsets.UTF_8);
    HttpServer newsroom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    newsroom.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, article.length);
      exchange.getResponseBody().write(article);
      exchange.close();
    });
    newsroom.start();
    try {
      browser.driver.get("http://127.0.0.1:" + newsroom.getAddress().getPort() + "/");
      browser.driver.switchTo().frame(browser.driver.findElement(By.id("map")));
      // The map image has loaded (an SVG of 1200×630) and the credits and the link are there.
      WebElement image = browser.waitFor(d -> {
        WebElement img = d.findElement(By.cssSelector("figure img"));
        return ((Number) browser.script("return arguments[0].naturalWidth", img)).intValue() > 0 ? img : null;
      });
      assertEquals(1200, ((Number) browser.script("return arguments[0].naturalWidth", image)).intValue());
      assertTrue(image.getDomAttribute("alt").startsWith("Putin's Alaska terms"), image.getDomAttribute("alt"));
      WebElement full = browser.driver.findElement(By.cssSelector(".full a"));
      assertEquals(browser.url("/?p=alaska-2025-08-15"), full.getDomProperty("href"));
      String credits = browser.driver.findElement(By.cssSelector(".credits")).getText();
      assertTrue(credits.contains("OpenStreetMap") && credits.contains("GeoNames"), credits);
      // Framed, it fits its iframe: no horizontal scroll.
      assertTrue(((Number) browser.script("return document.documentElement.scrollWidth")).intValue() <= 640);
      browser.driver.switchTo().defaultContent();
      browser.screenshot("embed-in-article", false);
    } finally {
      browser.driver.switchTo().defaultContent();
      newsroom.stop(0);
    }
  }

  @Test
  void theEmbedShowsThePagesLanguageAndBasis() {
    browser.driver.get(browser.url("/embed?p=alaska-2025-08-15&lang=uk&basis=geodesic"));
    WebElement image = browser.waitFor(d -> {
      WebElement img = d.findElement(By.cssSelector("figure img"));
      return ((Number) browser.script("return arguments[0].naturalWidth", img)).intValue() > 0 ? img : null;
    });
    assertEquals(browser.url("/proposals/alaska-2025-08-15/map.svg?basis=geodesic&lang=uk"), image.getDomProperty("src"));
    assertEquals("uk", browser.script("return document.documentElement.lang"));
    assertTrue(browser.driver.findElement(By.cssSelector(".credits")).getText().startsWith("Лінія фронту: "));
    WebElement full = browser.driver.findElement(By.cssSelector(".full a"));
    assertEquals(browser.url("/?p=alaska-2025-08-15&basis=geodesic&lang=uk"), full.getDomProperty("href"));
    // The full view it opens is in Ukrainian, on the geodesic basis.
    browser.open("/?p=alaska-2025-08-15&basis=geodesic&lang=uk");
    assertEquals("uk", browser.script("return document.documentElement.lang"));
    assertTrue(browser.driver.findElement(By.cssSelector("input[name='basis'][value='geodesic']")).isSelected());
  }

  @Test
  void theEmbedButtonGivesTheIframeSnippetOfTheView() {
    browser.open("/?p=alaska-2025-08-15&lang=en");
    browser.driver.findElement(By.cssSelector(".embed-code summary")).click();
    String snippet = browser.driver.findElement(By.cssSelector(".embed-snippet")).getDomProperty("value");
    assertTrue(snippet.startsWith("<iframe src=\"" + browser.url("/embed?p=alaska-2025-08-15&amp;lang=en") + "\""), snippet);
    assertTrue(snippet.contains("width=\"640\" height=\"400\""), snippet);
    assertTrue(snippet.contains("title=\"Putin's Alaska terms"), snippet);
    assertEquals(browser.url("/proposals/alaska-2025-08-15/map.png"),
        browser.driver.findElement(By.cssSelector(".exports a[type='image/png']")).getDomProperty("href"));

    browser.open("/?p=alaska-2025-08-15,russia-demand-2024-06-14&lang=en");
    String compared = browser.driver.findElement(By.cssSelector(".embed-snippet")).getDomProperty("value");
    assertTrue(compared.startsWith("<iframe src=\"" + browser.url("/embed?p=alaska-2025-08-15,russia-demand-2024-06-14")
        + "&amp;lang=en\""), compared);
    assertEquals(1, browser.driver.findElements(By.cssSelector(
        ".exports a[href='/compare/map.png?ids=alaska-2025-08-15,russia-demand-2024-06-14']")).size());

    // The embed in the page's language and basis.
    browser.open("/?p=alaska-2025-08-15&lang=uk&basis=geodesic");
    String ukrainian = browser.driver.findElement(By.cssSelector(".embed-snippet")).getDomProperty("value");
    assertTrue(ukrainian.startsWith("<iframe src=\"" + browser.url("/embed?p=alaska-2025-08-15&amp;basis=geodesic&amp;lang=uk")
        + "\""), ukrainian);
    // The exported images too, and the comparison's figures as CSV.
    assertEquals("/proposals/alaska-2025-08-15/map.png?lang=uk&basis=geodesic",
        browser.driver.findElement(By.cssSelector(".exports a[type='image/png']")).getDomAttribute("href"));
    browser.open("/?p=alaska-2025-08-15,russia-demand-2024-06-14&lang=uk");
    assertEquals(1, browser.driver.findElements(By.cssSelector(
        ".exports a[href='/compare/map.png?ids=alaska-2025-08-15,russia-demand-2024-06-14&lang=uk']")).size());
    String compareCsv = "/compare/area.csv?ids=alaska-2025-08-15,russia-demand-2024-06-14";
    assertEquals(1, browser.driver.findElements(By.cssSelector(".exports a[href='" + compareCsv + "']")).size());
    assertEquals(200, browser.get(compareCsv).statusCode());
  }
}
