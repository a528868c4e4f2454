package territorymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import territorymap.geo.Geometries;

class MapRendererTest {

  static MapImage alaska;
  static MapImage alaskaUk;

  @BeforeAll
  static void build() {
    alaska = AlaskaMap.build(false);
    alaskaUk = AlaskaMap.build(true);
  }

  /** Pixels in the rectangle that are not the white paper. */
  private static int inked(BufferedImage image, Rectangle2D box) {
    int count = 0;
    for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
      for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void theSocialCardIsA1200By630PngThatDecodes() throws Exception {
    byte[] png = MapRenderer.png(alaska, ImageSize.SOCIAL_CARD);
    assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(1200, image.getWidth());
    assertEquals(630, image.getHeight());
  }

  @Test
  void theCardHasItsLegendSwatchesCreditsAndMapWhereTheLayoutPutsThem() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(MapRenderer.png(alaska, ImageSize.SOCIAL_CARD)));
    MapPainter layout = new MapPainter(alaska, ImageSize.SOCIAL_CARD);
    Rectangle2D panel = layout.panelFrame();
    // The first swatch (Russia, de jure) is a solid #c25e00 square below the three figures.
    int swatches = 0;
    for (int y = (int) panel.getMinY(); y < (int) panel.getMaxY(); y++) {
      if ((image.getRGB((int) panel.getMinX() + 13, y) & 0xffffff) == 0xc25e00) {
        swatches++;
      }
    }
    assertTrue(swatches >= 12, "de-jure swatch rows: " + swatches);
    // The credits line: ink in the footer's text band, paper right of where the text ends.
    Rectangle2D footer = layout.footerFrame();
    assertTrue(inked(image, new Rectangle2D.Double(footer.getX(), footer.getY() + 4, 300, 14)) > 200);
    assertEquals(0, inked(image, new Rectangle2D.Double(footer.getMaxX() - 150, footer.getY() + 4, 150, 14)));
    // The map: most of the frame is drawn on.
    Rectangle2D map = layout.mapFrame();
    assertTrue(inked(image, map) > 0.4 * map.getWidth() * map.getHeight());
  }

  @Test
  void thePrintSizeIsA4LandscapeAt210Dpi() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(MapRenderer.png(alaska, ImageSize.PRINT)));
    assertEquals(2480, image.getWidth());
    assertEquals(1754, image.getHeight());
  }

  @Test
  void theFontHasCyrillicGlyphs() {
    assertEquals(-1, Fonts.PLAIN.canDisplayUpTo("Краматорськ, Слов’янськ, Запоріжжя, Їжакевич"));
    assertEquals(-1, Fonts.BOLD_FONT.canDisplayUpTo("Донецьк"));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagName("text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void theSvgParsesAsXmlWithTheTitleLegendFiguresAndCredits() throws Exception {
    Document svg = parse(MapRenderer.svg(alaska, ImageSize.SOCIAL_CARD));
    assertEquals("1200", svg.getDocumentElement().getAttribute("width"));
    assertEquals("630", svg.getDocumentElement().getAttribute("height"));
    assertEquals(alaska.title(), svg.getElementsByTagName("title").item(0).getTextContent());
    List<String> texts = texts(svg);
    assertTrue(texts.contains(alaska.title()), texts.toString());
    for (LegendEntry entry : alaska.legend()) {
      assertTrue(texts.contains(entry.label()), entry.label());
    }
    assertTrue(texts.contains("19.1 %"));
    assertTrue(texts.stream().anyMatch(t -> t.contains("Places: GeoNames (CC BY 4.0)")), texts.toString());
    assertTrue(texts.contains("Kramatorsk"), texts.toString());
    assertTrue(svg.getElementsByTagName("pattern").getLength() >= 2);
  }

  @Test
  void theSvgCarriesUkrainianPlaceNames() throws Exception {
    List<String> texts = texts(parse(MapRenderer.svg(alaskaUk, ImageSize.SOCIAL_CARD)));
    assertTrue(texts.contains("Краматорськ"), texts.toString());
    assertTrue(texts.contains("Київ"));
  }

  @Test
  void markupInTextIsEscapedInTheSvg() throws Exception {
    MapImage hostile = new MapImage("<script>alert('x')</script> & \"more\"", "a <b>date</b>\u0001",
        List.of(new MapFeature.Area(Geometries.FACTORY.toGeometry(new Envelope(30, 31, 49, 50)),
            Fills.share("russia", "de-facto", "none"), null),
            new MapFeature.Place("</text><script>", 30.5, 49.5, true)),
        null, List.of(new KeyFigure("1 < 2", "a & b")), List.of(new LegendEntry(Fills.LINE_OF_CONTACT, "]]>")),
        List.of("credit <i>"));
    String svg = MapRenderer.svg(hostile, ImageSize.SOCIAL_CARD);
    Document document = parse(svg);
    assertEquals(0, document.getElementsByTagName("script").getLength());
    List<String> texts = texts(document);
    assertTrue(texts.contains("<script>alert('x')</script> & \"more\""), texts.toString());
    assertTrue(texts.contains("a <b>date</b>"));
    assertTrue(texts.contains("</text><script>"));
    assertFalse(svg.contains("\u0001"));
  }
}
