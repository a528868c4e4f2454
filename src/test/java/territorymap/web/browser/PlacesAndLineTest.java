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

  private List<String> texts(List<Map<String, Object>> boxes) {
    return boxes.stream().map(b -> (String) b.get("text")).toList();
  }

  @Test
  void kramatorskAndSlovianskAreNamedWhereTheMapFramesDonetskOblast() {
    String view = donetskView();
    browser.open("/?lang=en&p=" + ALASKA + "&v=" + view);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    browser.screenshot("places-donetsk-desktop", false);
    List<Map<String, Object>> places = labels(".place-label");
    List<String> names = texts(places);
    assertTrue(names.contains("Kramatorsk") && names.contains("Sloviansk"), view + ": " + names);
    assertTrue(names.contains("Donetsk"), "the oblast centre is always named: " + names);
    List<Map<String, Object>> all = new java.util.ArrayList<>(places);
    all.addAll(labels(".region-label span"));
    assertNoOverlap(all);
    assertEquals(List.of(), browser.consoleErrors());
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
    List<Map<String, Object>> places = labels(".place-label");
    assertTrue(texts(places).contains("Краматорськ") && texts(places).contains("Слов’янськ"), texts(places).toString());
    assertTrue(places.stream().allMatch(p -> "uk".equals(p.get("lang"))), "labels in one language");
  }

  @Test
  void onAPhoneThePlaceNamesDoNotCollide() {
    browser.phone();
    browser.open("/?lang=uk&p=" + ALASKA);
    browser.waitFor(d -> d.findElements(By.cssSelector(".place-label")).isEmpty() ? null : true);
    List<Map<String, Object>> all = new java.util.ArrayList<>(labels(".place-label"));
    all.addAll(labels(".region-label span"));
    assertNoOverlap(all);
    browser.screenshot("places-phone-uk", false);
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
