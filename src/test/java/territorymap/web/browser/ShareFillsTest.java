package territorymap.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import territorymap.render.Fill;
import territorymap.render.Fills;

/**
 * The page fills every share as the server's images do ({@code render/Fills.java}): for each
 * holder, regime and recognition of {@code GET /vocabulary}, the same colour, or the same stripes
 * (background, ink, width, rotation) or dots.
 */
@Tag("slow")
@ExtendWith(Browser.Extension.class)
class ShareFillsTest {

  private Browser browser;

  @BeforeEach
  void desktopWindow(Browser shared) {
    browser = shared;
    browser.desktop();
  }

  @Test
  void everyCombinationIsFilledAsTheServersImagesFillIt() {
    browser.open("/?lang=en");
    @SuppressWarnings("unchecked")
    Map<String, String> page = (Map<String, String>) browser.script("""
        return Promise.all([import('/js/maps.js'), import('/js/vocabulary.js')]).then(([maps, words]) => {
          const out = {};
          for (const holder of words.holders()) for (const regime of words.regimes()) for (const recognition of words.recognitions()) {
            const fill = maps.shareFill(holder, recognition, regime);
            const key = `${holder}|${regime}|${recognition}`;
            if (!fill.startsWith('url(')) { out[key] = `solid ${fill}`; continue; }
            const pattern = document.getElementById(fill.slice(5, -1));
            const [background, mark] = pattern.children;
            const rotate = /rotate\\(([-\\d.]+)\\)/.exec(pattern.getAttribute('patternTransform'))[1];
            out[key] = mark.tagName === 'circle'
              ? `dots ${background.getAttribute('fill')} ${mark.getAttribute('fill')}`
              : `stripes ${background.getAttribute('fill')} ${mark.getAttribute('fill')} ${mark.getAttribute('width')} ${rotate}`;
          }
          return out;
        });""");
    Map<String, String> server = new TreeMap<>();
    for (String key : page.keySet()) {
      String[] terms = key.split("\\|");
      server.put(key, describe(Fills.share(terms[0], terms[2], terms[1])));
    }
    assertEquals(4 * 5 * 4, page.size(), "holders × regimes × recognitions");
    assertEquals(server, new TreeMap<>(page));
  }

  private static String describe(Fill fill) {
    if (fill instanceof Fill.Stripes s) {
      return "stripes " + hex(s.background()) + " " + hex(s.ink()) + " " + number(s.stripePx()) + " " + number(s.angleDeg());
    }
    if (fill instanceof Fill.Dots dots) {
      return "dots " + hex(dots.background()) + " " + hex(dots.ink());
    }
    return "solid " + hex(fill.background());
  }

  private static String hex(Color colour) {
    return String.format("#%06x", colour.getRGB() & 0xffffff);
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
