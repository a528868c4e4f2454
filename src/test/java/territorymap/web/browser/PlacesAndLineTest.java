package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Place names and the line of contact over the maps (issue 15, deliver 1). */
@ExtendWith(Browser.Extension.class)
@Tag("slow")
class PlacesAndLineTest {

  private static final String ALASKA = "alaska-2025-08-15";

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  /**
   * The URL view (v=lat,lng,zoom) that frames Donetsk oblast on the page's map: Leaflet's own
   * getBoundsZoom on a map of the same size, floored to the page's zoom step (0.25).
   */
  private String donetskView() {
    browser.open("/?p=" + ALASKA);
    return (String) browser.script("""
        const done = arguments[arguments.length - 1];
        return fetch('/regions/UA-14/geojson').then((r) => r.json()).then((donetsk) => {
          const shown = document.querySelector('.map').getBoundingClientRect();
          const box = document.createElement('div');
          box.style.cssText = `position:absolute;left:-9999px;width:${shown.width}px;height:${shown.height}px`;
          document.body.append(box);
          const map = L.map(box);
          const bounds = L.geoJSON(donetsk).getBounds();
          const zoom = Math.floor(map.getBoundsZoom(bounds) * 4) / 4;
          map.remove();
          box.remove();
          const c = bounds.getCenter();
          return `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${zoom}`;
        });""");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> labels(String css) {
    return (List<Map<String, Object>>) browser.script("""
        return [...document.querySelectorAll(arguments[0])].map((e) => {
          const r = e.getBoundingClientRect();
          const shown = getComputedStyle(e).visibility !== 'hidden';
          return { text: e.textContent, lang: e.lang, shown, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
        }).filter((b) => b.shown && b.x1 > b.x0);""", css);
  }

  private static double d(Map<String, Object> box, String key) {
    return ((Number) box.get(key)).doubleValue();
  }

  /** No two of the boxes overlap (a pixel of anti-aliasing allowed). */
  private static void assertNoOverlap(List<Map<String, Object>> boxes) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Map<String, Object> a = boxes.get(i);
        Map<String, Object> b = boxes.get(j);
        boolean overlap = d(a, "x0") < d(b, "x1") - 1 && d(b, "x0") < d(a, "x1") - 1
            && d(a, "y0") < d(b, "y1") - 1 && d(b, "y0") < d(a, "y1") - 1;
        assertTrue(!overlap, a.get("text") + " overlaps " + b.get("text"));
      }
    }
  }

  /**
   * No label overlaps another, and no place's or settlement's name a ring (rings may overlap each
   * other, the towns lie close; a region's name may lie over a ring, which is drawn under it).
   */
  private static void assertNoOverlapButRings(List<Map<String, Object>> boxes) {
    assertNoOverlap(boxes.stream().filter(b -> !"ring".equals(b.get("kind"))).toList());
    List<Map<String, Object>> names = boxes.stream().filter(b -> "name".equals(b.get("kind"))).toList();
    for (Map<String, Object> ring : boxes.stream().filter(b -> "ring".equals(b.get("kind"))).toList()) {
      List<Map<String, Object>> one = new java.util.ArrayList<>(names);
      one.add(ring);
      assertNoOverlap(one);
    }
  }

  /** The rings, the places' and settlements' names, and the regions' names shown, each with its kind. */
  private List<Map<String, Object>> marksAndLabels() {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (Map<String, Object> box : labels(".settlement-ring")) {
      all.add(kind(box, "ring"));
    }
    for (Map<String, Object> box : labels(".place-label, .settlement-label")) {
      all.add(kind(box, "name"));
    }
    for (Map<String, Object> box : labels(".region-label span")) {
      all.add(kind(box, "region"));
    }
    return all;
  }

  private static Map<String, Object> kind(Map<String, Object> box, String kind) {
    Map<String, Object> copy = new java.util.HashMap<>(box);
    copy.put("kind", kind);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, String>> rings() {
    return (List<Map<String, String>>) browser.script("""
        return [...document.querySelectorAll(arguments[0])].map((e) => ({
          title: e.title, label: e.getAttribute('aria-label'), role: e.getAttribute('role'),
          colour: getComputedStyle(e).borderTopColor }));""", ".settlement-ring");
  }

  private List<String> texts(List<Map<String, Object>> boxes) {
    return boxes.stream().map(b -> (String) b.get("text")).toList();
  }

  @Test
  void kramatorskAndSlovianskAreNamedWhereTheMapFramesDonetskOblast() {
    String view = donetskView();
    browser.open("/?lang=en&p=" + ALASKA + "&v=" + view);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    browser.screenshot("places-donetsk-desktop", false);
    // Kramatorsk and Sloviansk change hands under these terms: named beside their rings.
    List<Map<String, Object>> places = labels(".place-label, .settlement-label");
    List<String> names = texts(places);
    assertTrue(names.contains("Kramatorsk") && names.contains("Sloviansk"), view + ": " + names);
    assertTrue(names.contains("Donetsk"), "the oblast centre is always named: " + names);
    List<Map<String, Object>> all = new java.util.ArrayList<>(places);
    all.addAll(labels(".region-label span"));
    assertNoOverlap(all);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theSettlementsTheAlaskaTermsMoveAreRingedTitledAndKeyedInTheLegend() {
    String view = donetskView();
    browser.open("/?lang=en&p=" + ALASKA + "&v=" + view);
    browser.waitFor(d -> d.findElements(By.cssSelector(".settlement-ring")).isEmpty() ? null : true);
    List<Map<String, String>> rings = rings();
    assertEquals(10, rings.size(), "the ten largest of the report");
    Map<String, String> kramatorsk = rings.get(0);
    assertEquals("Kramatorsk, 173,700 people: Ukraine → Russia", kramatorsk.get("title"));
    assertEquals(kramatorsk.get("title"), kramatorsk.get("label"));
    assertEquals("img", kramatorsk.get("role"));
    assertEquals("rgb(194, 94, 0)", kramatorsk.get("colour"), "Russia's orange: the side it goes to");
    assertEquals("Sloviansk, 124,800 people: Ukraine → Russia", rings.get(1).get("title"));
    // Vovchansk goes back to Ukraine: its ring is Ukraine's blue.
    assertTrue(rings.stream().anyMatch(r -> r.get("title").endsWith("Russia → Ukraine")
        && r.get("colour").equals("rgb(11, 95, 165)")), rings.toString());
    // Named once: beside the ring, not again as a place; no label covers another or a ring.
    assertTrue(!texts(labels(".place-label")).contains("Kramatorsk"), "Kramatorsk labelled twice");
    assertNoOverlapButRings(marksAndLabels());
    WebElement key = browser.driver.findElement(By.cssSelector("#panel .legend-settlements"));
    assertEquals("Settlements changing hands, ringed in the colour of the side they go to", key.getText());
    assertEquals(List.of(), browser.consoleErrors());

    browser.open("/?lang=uk&p=" + ALASKA + "&v=" + view);
    browser.waitFor(d -> d.findElements(By.cssSelector(".settlement-ring")).isEmpty() ? null : true);
    String title = rings().get(0).get("title");
    assertTrue(title.startsWith("Краматорськ, 173") && title.endsWith("осіб: Україна → Росія"), title);

    // The comparison: each proposal's map rings its own settlements.
    browser.open("/?lang=en&p=" + ALASKA + ",russia-demand-2024-06-14");
    browser.waitFor(d -> d.findElements(By.cssSelector(".settlement-ring")).size() >= 20 ? true : null);
    List<WebElement> maps = browser.driver.findElements(By.cssSelector(".map"));
    assertTrue(maps.get(0).findElement(By.cssSelector(".settlement-ring")).getAttribute("title").startsWith("Kramatorsk, "));
    assertTrue(maps.get(1).findElement(By.cssSelector(".settlement-ring")).getAttribute("title").startsWith("Zaporizhzhia, "));
    assertTrue(browser.driver.findElement(By.cssSelector(".compare-legend .legend-settlements")).isDisplayed());
  }

  @Test
  void theCountryViewNamesTheOblastCentresOnlyAndMoreAppearOnZooming() {
    browser.open("/?lang=en&p=" + ALASKA);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    browser.screenshot("places-country-desktop", false);
    List<String> far = texts(labels(".place-label"));
    assertTrue(far.contains("Kyiv") && far.contains("Lviv"), far.toString());
    assertTrue(!far.contains("Sloviansk"), "a town is not named on the whole country: " + far);
    browser.open("/?lang=en&p=" + ALASKA + "&v=" + donetskView());
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    assertTrue(labels(".place-label").size() > 10, "more places when zoomed in");
  }

  @Test
  void inUkrainianThePlacesHaveTheirUkrainianNames() {
    String view = donetskView();
    browser.open("/?lang=uk&p=" + ALASKA + "&v=" + view);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    List<Map<String, Object>> places = labels(".place-label, .settlement-label");
    assertTrue(texts(places).contains("Краматорськ") && texts(places).contains("Слов’янськ"), texts(places).toString());
    assertTrue(places.stream().allMatch(p -> "uk".equals(p.get("lang"))), "labels in one language");
  }

  @Test
  void onAPhoneThePlaceNamesDoNotCollide() {
    browser.phone();
    browser.open("/?lang=uk&p=" + ALASKA);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    assertNoOverlapButRings(marksAndLabels());
    browser.screenshot("places-phone-uk", false);
  }

  /**
   * On paper (an A4 page, print media): the names still do not collide, and the legend begins on
   * the first page, next to the map it explains.
   */
  @Test
  void onPaperTheNamesDoNotCollideAndTheLegendIsOnTheFirstPage() {
    browser.a4();
    browser.open("/?lang=en&p=" + ALASKA);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      // The map is laid out for the page: wait for the labels placed after the resize.
      browser.script("window.dispatchEvent(new Event('resize'))");
      browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
      assertNoOverlapButRings(marksAndLabels());
      Number legendTop = (Number) browser.script(
          "return document.querySelector('#panel .legend').getBoundingClientRect().top + window.scrollY");
      assertTrue(legendTop.doubleValue() < 1123, "the legend starts " + legendTop + " px down: on page 1 of A4 (1,123 px)");
      browser.screenshot("places-print", true);
    } finally {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }

  @Test
  void theLineOfContactIsDrawnAsALineOverTheAlaskaTermsAndInTheLegend() {
    browser.open("/?lang=en&p=" + ALASKA);
    WebElement line = browser.waitFor(d -> d.findElements(By.cssSelector("path.contact-line")).stream()
        .findFirst().orElse(null));
    assertEquals("none", line.getAttribute("fill"), "a line, not an area");
    double length = ((Number) browser.script("return arguments[0].getTotalLength()", line)).doubleValue();
    assertTrue(length > 200, "the line runs across the map: " + length + " px");
    String legend = browser.driver.findElement(By.cssSelector("#panel .legend-line")).getText();
    assertTrue(legend.contains("Line of contact"), legend);
    // Compare: one line over each map, the difference map included.
    browser.open("/?lang=en&p=" + ALASKA + ",ukraine-1991-borders");
    browser.waitFor(d -> d.findElements(By.cssSelector("path.contact-line")).size() == 3 ? true : null);
    browser.screenshot("line-compare", false);
  }
}
