package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The map page with one proposal: what it draws, the figures it shows, language, region box, export. */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class MapPageTest {

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private double shown(String css) {
    return Browser.number(text(css));
  }

  /** The proposals' ids, as the API lists them. */
  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    browser.api("/proposals").forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  @Test
  void thePageLoadsWithoutConsoleErrorsAndShowsAProposal() {
    browser.open("/");
    assertEquals(List.of(), browser.consoleErrors());
    assertFalse(text("#panel .proposal-title").isBlank());
    assertEquals(1, browser.driver.findElements(By.cssSelector(".leaflet-container")).size());
    assertEquals(27, browser.driver.findElements(By.cssSelector("path.region")).size(), "27 region outlines");
  }

  @Test
  void everyCreditIsALinkAndTheProjectsSourcesAreAPageOfTheService() {
    browser.open("/?lang=en&p=alaska-2025-08-15");
    List<String> links = browser.driver.findElements(By.cssSelector(".leaflet-control-attribution a")).stream()
        .map(a -> a.getText() + " " + a.getDomAttribute("href")).toList();
    assertTrue(links.contains("GeoNames https://www.geonames.org/"), links.toString());
    assertTrue(links.contains("CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"), links.toString());
    // The boundaries' coast and border are OpenStreetMap's: ODbL asks for this credit on the map.
    assertTrue(links.contains("© OpenStreetMap contributors https://www.openstreetmap.org/copyright"), links.toString());
    assertTrue(text(".leaflet-control-attribution").contains("Boundaries: © OpenStreetMap contributors (ODbL)"),
        text(".leaflet-control-attribution"));
    // The shipped line is the project's own approximation: its credit links to /sources, not a path.
    assertTrue(links.contains("sources of Territory Map /sources"), links.toString());
    assertFalse(text(".leaflet-control-attribution").contains("SOURCES.md"), text(".leaflet-control-attribution"));
    assertFalse(text("#panel .layer-line").contains("SOURCES.md"), text("#panel .layer-line"));
    assertEquals("/sources", browser.driver.findElement(By.cssSelector("#panel .layer-line a")).getDomAttribute("href"));
    HttpResponse<String> sources = browser.get("/sources");
    assertEquals(200, sources.statusCode());
    assertTrue(sources.body().contains("GeoNames"));
    // Figures on the approximate line: to 100 km² with "≈", % to one decimal, and the page says so.
    String km2 = text("#headline [data-party='russia'] .km2");
    assertTrue(km2.matches("≈[0-9,]+00"), km2);
    assertTrue(text("#headline [data-party='russia'] .pct").matches("[0-9]+\\.[0-9]"), text("#headline [data-party='russia'] .pct"));
    assertTrue(text("#panel .rounded-note").contains("rounded to 100 km²"), text("#panel .rounded-note"));
  }

  @Test
  void theAnswerCacheForgetsTheLeastRecentlyUsedFirst() {
    browser.open("/");
    Object kept = browser.script("""
        return import('/js/api.js').then(({ LruCache, CACHE_SIZE }) => {
          const cache = new LruCache(3);
          ['a', 'b', 'c'].forEach((key, i) => cache.set(key, i));
          cache.get('a'); // a is now the most recently used
          cache.set('d', 3); // b, the least recently used, goes
          cache.set('c', 9); // c is replaced, and now the most recent
          return `${[...cache.keys()]} ${cache.length} ${cache.get('b')} ${cache.get('c')} ${CACHE_SIZE}`;
        });""");
    assertEquals("a,d,c 3 undefined 9 64", kept);
  }

  @Test
  void pickingEachProposalDrawsItsSharesAndShowsTheApiFigures() {
    browser.open("/?lang=en");
    for (String id : ids()) {
      new Select(browser.driver.findElement(By.id("p0"))).selectByValue(id);
      JsonNode proposal = browser.api("/proposals/" + id);
      browser.waitFor(d ->
          text("#panel .proposal-title").equals(Browser.english(proposal.get("title"))));
      browser.waitReady();
      assertTrue(browser.driver.getCurrentUrl().contains("p=" + id), "the URL names the proposal");

      JsonNode features = browser.api("/proposals/" + id + "/geojson").get("features");
      long withArea = StreamSupport.stream(features.spliterator(), false)
          .filter(f -> f.get("geometry").get("coordinates").size() > 0).count();
      assertEquals(withArea, browser.driver.findElements(By.cssSelector("path.share")).size(), id + ": share polygons");
      for (JsonNode f : features) {
        if (f.get("geometry").get("coordinates").isEmpty()) {
          continue; // a share of slivers too small for the display geometry: not drawn
        }
        String css = "path.share.party-" + f.get("properties").get("party").asText()
            + ".regime-" + f.get("properties").get("regime").asText()
            + ".recognition-" + f.get("properties").get("recognition").asText();
        assertFalse(browser.driver.findElements(By.cssSelector(css)).isEmpty(), id + ": " + css);
      }

      JsonNode report = browser.api("/proposals/" + id + "/area");
      for (String party : List.of("russia", "ukraine")) {
        JsonNode figure = report.get("parties").get(party);
        String row = "#headline [data-party='" + party + "'] ";
        assertEquals(Browser.km2(figure.get("officialKm2").asDouble()), shown(row + ".km2"), id + " " + party + " km²");
        assertEquals(Browser.pct(figure.get("officialPercent").asDouble()), shown(row + ".pct"), id + " " + party + " %");
      }
      for (String change : List.of("cededByUkraine", "returnedByRussia", "netForUkraine")) {
        JsonNode figure = report.get("change").get(change);
        String row = "#headline [data-change='" + change + "'] ";
        assertEquals(Browser.km2(figure.get("officialKm2").asDouble()), shown(row + ".km2"), id + " " + change);
        assertEquals(Browser.pct(figure.get("officialPercent").asDouble()), shown(row + ".pct"), id + " " + change + " %");
      }
      JsonNode sources = proposal.get("sources");
      assertEquals(sources.size(), browser.driver.findElements(By.cssSelector(".sources li")).size());
      for (JsonNode source : sources) {
        assertTrue(text(".sources").contains(source.get("publisher").asText()));
        if (!source.get("url").isNull()) {
          assertFalse(browser.driver.findElements(By.cssSelector(
              ".sources a[href='" + source.get("url").asText() + "']")).isEmpty(), "a link to " + source);
        }
      }
      boolean approximate = report.get("layer").get("approximate").asBoolean();
      assertEquals(approximate, !browser.driver.findElements(By.cssSelector(".leaflet-container .approx-flag")).isEmpty(),
          "the map says approximate exactly when the layer is");
    }
  }

  @Test
  void theGeodesicBasisShowsTheGeodesicFiguresAndTheRegionTableFollows() {
    String id = ids().get(0);
    browser.open("/?p=" + id + "&lang=en");
    browser.driver.findElement(By.cssSelector("input[name='basis'][value='geodesic']")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("basis=geodesic"));
    browser.waitReady();
    JsonNode report = browser.api("/proposals/" + id + "/area");
    assertEquals(Browser.km2(report.get("parties").get("russia").get("km2").asDouble()), shown("#headline [data-party='russia'] .km2"));
    assertEquals(Browser.pct(report.get("parties").get("russia").get("percent").asDouble()), shown("#headline [data-party='russia'] .pct"));
    for (JsonNode region : report.get("regions")) {
      String row = "table.regions tr[data-region='" + region.get("code").asText() + "'] ";
      assertEquals(Browser.km2(region.get("parties").get("russia").get("km2").asDouble()), shown(row + "td[data-party='russia'] .km2"));
      assertEquals(Browser.km2(region.get("parties").get("ukraine").get("km2").asDouble()), shown(row + "td[data-party='ukraine'] .km2"));
    }
    assertEquals(Browser.km2(report.get("parties").get("ukraine").get("km2").asDouble()),
        shown("table.regions tr[data-region='total'] td[data-party='ukraine'] .km2"));
  }

  @Test
  void pointingAtARegionShowsItsFiguresUnderTheProposal() {
    String id = "alaska-2025-08-15";
    browser.open("/?p=" + id + "&lang=en");
    WebElement donetsk = browser.driver.findElement(By.cssSelector("path.region-UA-14"));
    new Actions(browser.driver).moveToElement(donetsk).perform();
    WebElement box = browser.driver.findElement(By.id("region-info"));
    browser.waitFor(d -> box.isDisplayed());
    JsonNode region = regionOf(browser.api("/proposals/" + id + "/area"), "UA-14");
    assertEquals("Donetsk", box.findElement(By.tagName("h2")).getText());
    assertEquals(Browser.km2(region.get("parties").get("russia").get("officialKm2").asDouble()),
        shown("#region-info [data-party='russia'] .km2"));
    assertEquals(Browser.pct(region.get("percentOfRegion").get("russia").asDouble()), shown("#region-info [data-party='russia'] .pct"));
    browser.screenshot("region-desktop", false);

    // By keyboard: the region's button in the table opens the same box, Escape closes it.
    new Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1"))).perform();
    WebElement kyiv = browser.driver.findElement(By.cssSelector("tr[data-region='UA-32'] .region-button"));
    kyiv.sendKeys(" ");
    browser.waitFor(d ->
        box.isDisplayed() && box.findElement(By.tagName("h2")).getText().equals("Kyiv Oblast"));
    kyiv.sendKeys(Keys.ESCAPE);
    browser.waitFor(d -> !box.isDisplayed());
  }

  private static JsonNode regionOf(JsonNode report, String code) {
    for (JsonNode region : report.get("regions")) {
      if (region.get("code").asText().equals(code)) {
        return region;
      }
    }
    throw new AssertionError("no region " + code);
  }

  @Test
  void theLanguageSwitchTranslatesThePageAndTheRegionNames() {
    browser.open("/?p=alaska-2025-08-15&lang=en");
    assertEquals("Territory Map", text("h1"));
    browser.driver.findElement(By.cssSelector("button[data-lang='uk']")).click();
    browser.waitFor(d -> text("h1").equals("Карта територій"));
    browser.waitReady();
    assertEquals("uk", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("true", browser.driver.findElement(By.cssSelector("button[data-lang='uk']")).getDomAttribute("aria-pressed"));
    JsonNode donetsk = browser.api("/regions/UA-14");
    assertEquals(donetsk.get("nameUk").asText(), text("tr[data-region='UA-14'] .region-button"));
    assertTrue(text("#maps").contains("Донецька"), "map labels in Ukrainian");
    assertTrue(browser.driver.getCurrentUrl().contains("lang=uk"));
    browser.screenshot("single-uk-desktop", false);
    browser.driver.findElement(By.cssSelector("button[data-lang='en']")).click();
    browser.waitFor(d -> text("h1").equals("Territory Map"));
    assertEquals(donetsk.get("name").asText(), text("tr[data-region='UA-14'] .region-button"));
  }

  @Test
  void everyControlHasALabelAndTheKeyboardReachesThem() {
    browser.open("/?p=alaska-2025-08-15&lang=en");
    String unlabelled = (String) browser.script("""
        return [...document.querySelectorAll('select, input, button, a[href], [tabindex]')]
          .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
          .filter(e => !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim()
                         || e.getAttribute('aria-labelledby')))
          .map(e => e.outerHTML.slice(0, 80)).join('\\n');""");
    assertEquals("", unlabelled, "controls without a label");
    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      reached.add((String) browser.script("""
          const e = document.activeElement;
          return e.id || e.dataset.lang || (e.name ? e.name + '=' + e.value : '') || e.className;"""));
    }
    for (String control : List.of("en", "uk", "mode=single", "p0", "basis=official")) {
      assertTrue(reached.contains(control), control + " by Tab: " + reached);
    }
    assertTrue(reached.stream().anyMatch(c -> c.contains("leaflet-container")), "the map by Tab: " + reached);
  }

  @Test
  void exportLinksGiveTheGeojsonAndTheCsv() {
    String id = "us-28-point-2025-11";
    browser.open("/?p=" + id + "&lang=en");
    List<String> links = browser.driver.findElements(By.cssSelector(".exports a")).stream()
        .map(a -> a.getDomAttribute("href")).toList();
    assertEquals(List.of("/proposals/" + id + "/geojson", "/proposals/" + id + "/area.csv",
        "/proposals/" + id + "/map.png", "/proposals/" + id + "/map.svg"), links);
    for (String link : links) {
      HttpResponse<String> response = browser.get(link);
      assertEquals(200, response.statusCode(), link);
    }
    HttpResponse<String> csv = browser.get(links.get(1));
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertFalse(browser.driver.findElements(By.cssSelector("button[data-action='print']")).isEmpty());

    // The CSV (AreaCsvTest has the details): a byte-order mark, #metadata rows, a header, the 27
    // regions, a total; each party's km² and % on both bases, as the report has them.
    JsonNode report = browser.api("/proposals/" + id + "/area");
    assertTrue(csv.body().startsWith("\uFEFF#territory-map,"));
    List<String> lines = csv.body().substring(1).lines().filter(l -> !l.startsWith("#")).toList();
    assertEquals(1 + 27 + 1, lines.size());
    assertTrue(lines.get(0).startsWith("code,name,name_uk,area_geodesic_km2,area_official_km2,area_geodesic_pct,"),
        lines.get(0));
    JsonNode donetsk = regionOf(report, "UA-14");
    String[] row = lines.stream().filter(l -> l.startsWith("UA-14,")).findFirst().orElseThrow().split(",");
    assertEquals(donetsk.get("nameUk").asText(), row[2]);
    assertEquals(donetsk.get("parties").get("undetermined").get("km2").asDouble(), Double.parseDouble(row[17]));
    assertEquals(donetsk.get("parties").get("undetermined").get("officialKm2").asDouble(), Double.parseDouble(row[18]));
    String[] total = lines.get(lines.size() - 1).split(",");
    assertEquals("total", total[0]);
    assertEquals(report.get("total").get("officialKm2").asDouble(), Double.parseDouble(total[4]));
    assertEquals(report.get("parties").get("russia").get("officialKm2").asDouble(), Double.parseDouble(total[8]));
  }

  @Test
  void theFirstViewWeighsAtMost300KbCompressedLeafletAside() {
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    try {
      browser.open("/");
      Number bytes = (Number) browser.script("""
          const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          return all.filter(e => !new URL(e.name).pathname.startsWith('/webjars/'))
                    .reduce((sum, e) => sum + e.transferSize, 0);""");
      String list = (String) browser.script("""
          return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
            .map(e => new URL(e.name).pathname + ' ' + e.transferSize).join('\\n');""");
      System.out.printf("First view: %.1f KB transferred (Leaflet aside)%n%s%n", bytes.doubleValue() / 1024, list);
      assertTrue(bytes.longValue() > 50_000, "the measure saw the data: " + list);
      assertTrue(bytes.longValue() <= 300 * 1024, "first view " + bytes + " bytes:\n" + list);
    } finally {
      browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
  }

  /** The GeoJSON the page has requested, by path and query. */
  @SuppressWarnings("unchecked")
  private List<String> geojsonRequests() {
    return (List<String>) browser.script("""
        return performance.getEntriesByType('resource').map(e => new URL(e.name))
          .filter(u => u.pathname.endsWith('geojson')).map(u => u.pathname + u.search);""");
  }

  private double urlZoom() {
    String v = browser.driver.getCurrentUrl().replaceAll(".*[?&]v=([^&]*).*|.*", "$1");
    return v.isEmpty() ? 0 : Double.parseDouble(v.split(",")[2]);
  }

  private void zoomBy(String control) {
    double before = urlZoom();
    new Actions(browser.driver).keyDown(Keys.SHIFT)
        .click(browser.driver.findElement(By.cssSelector(".leaflet-control-zoom-" + control))).keyUp(Keys.SHIFT).perform();
    browser.waitFor(d -> urlZoom() != before);
  }

  @Test
  void theFirstViewIsCoarseAndZoomingInSwapsInTheFineGeometry() {
    String id = "alaska-2025-08-15";
    browser.open("/?p=" + id + "&lang=en");
    List<String> first = geojsonRequests();
    assertTrue(first.contains("/regions.geojson?detail=coarse"), "coarse regions first: " + first);
    assertTrue(first.contains("/proposals/" + id + "/geojson?detail=coarse"), "coarse shares first: " + first);
    assertTrue(first.stream().noneMatch(u -> u.contains("detail=fine") || u.contains("detail=medium")), first.toString());
    int shares = browser.driver.findElements(By.cssSelector("path.share")).size();

    // Zoomed in with the + control (shift: three steps a click) to 9 or more: the fine geometry, in place.
    for (int i = 0; i < 10 && urlZoom() < 9; i++) {
      zoomBy("in");
    }
    assertTrue(urlZoom() >= 9, "zoomed in: " + browser.driver.getCurrentUrl());
    browser.waitFor(d -> geojsonRequests().containsAll(
        List.of("/regions.geojson?detail=fine", "/proposals/" + id + "/geojson?detail=fine")));
    browser.waitFor(d -> d.findElements(By.cssSelector("path.region")).size() == 27
        && d.findElements(By.cssSelector("path.share")).size() == shares);

    // Back out to the whole country: the coarse geometry again, from memory.
    for (int i = 0; i < 10 && urlZoom() >= 7; i++) {
      zoomBy("out");
    }
    List<String> all = geojsonRequests();
    assertEquals(all.size(), all.stream().distinct().count(), "each detail fetched once: " + all);
    assertEquals(27, browser.driver.findElements(By.cssSelector("path.region")).size());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void screenshotsOfTheSingleViewOnADesktopAndAPhone() {
    browser.open("/?p=alaska-2025-08-15&lang=en");
    browser.screenshot("single-desktop", false);
    browser.a4();
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertFalse(browser.driver.findElement(By.id("controls")).isDisplayed(), "no controls on paper");
      assertTrue(browser.driver.findElement(By.cssSelector(
          ".leaflet-control-attribution a[href='https://www.openstreetmap.org/copyright']")).isDisplayed(),
          "the boundaries' OpenStreetMap credit is on paper too");
      browser.screenshot("single-print", true);
    } finally {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    browser.phone();
    browser.open("/?p=alaska-2025-08-15&lang=en");
    Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    browser.screenshot("single-phone", false);
    browser.screenshot("single-phone-full", true);
    browser.driver.findElement(By.cssSelector("tr[data-region='UA-23'] .region-button")).click();
    browser.waitFor(d -> d.findElement(By.id("region-info")).isDisplayed());
    browser.screenshot("region-phone", false);
  }
}
