package territorymap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The images' typeface: DejaVu Sans (Debian {@code fonts-dejavu-core}), or Noto Sans (Debian
 * {@code fonts-noto-core}), read from its file so that the server's rendering does not depend on
 * the JVM's logical fonts; both cover Latin and Cyrillic. Without either, the JVM's
 * {@code SansSerif} is used, which may lack Cyrillic glyphs.
 */
final class Fonts {

  /** The family named in SVG, with fallbacks for viewers without DejaVu. */
  static final String SVG_FAMILY = "'DejaVu Sans', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

  /** Measures text as Java2D draws it (antialiased, fractional metrics). */
  static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

  private static final List<Path> REGULAR = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
      Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"));
  private static final List<Path> BOLD = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
      Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"));

  static final Font PLAIN = load(REGULAR, Font.PLAIN);
  static final Font BOLD_FONT = load(BOLD, Font.BOLD);

  private Fonts() {}

  private static Font load(List<Path> candidates, int style) {
    for (Path path : candidates) {
      if (Files.isReadable(path)) {
        try {
          return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
        } catch (FontFormatException | IOException e) {
          // try the next candidate
        }
      }
    }
    return new Font(Font.SANS_SERIF, style, 1);
  }

  static Font plain(double size) {
    return PLAIN.deriveFont((float) size);
  }

  static Font bold(double size) {
    return BOLD_FONT.deriveFont((float) size);
  }

  static boolean isBold(Font font) {
    return font.getFontName().toLowerCase().contains("bold") || font.isBold();
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, CONTEXT).getWidth();
  }
}
