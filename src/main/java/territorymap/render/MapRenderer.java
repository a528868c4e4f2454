package territorymap.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders a {@link MapImage} on the server: a PNG through Java2D (headless, antialiased, DejaVu
 * Sans from Debian's {@code fonts-dejavu-core}) or an SVG written directly. Both come from the
 * same layout, so they show the same thing. Stateless and thread-safe.
 *
 * <p>Speed (bench/README.md): about the social card's PNG in tens of milliseconds and its SVG in
 * a few, after warm-up, on the shipped data.
 */
public final class MapRenderer {

  private MapRenderer() {}

  /** The image drawn into a new RGB raster. */
  public static BufferedImage image(MapImage image, ImageSize size) {
    BufferedImage raster = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = raster.createGraphics();
    try {
      new MapPainter(image, size).paint(new Java2dCanvas(g, size.scale()));
    } finally {
      g.dispose();
    }
    return raster;
  }

  /** The image as PNG bytes. */
  public static byte[] png(MapImage image, ImageSize size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ImageIO.write(image(image, size), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The image as an SVG document (UTF-8 text, every string XML-escaped). */
  public static String svg(MapImage image, ImageSize size) {
    SvgCanvas canvas = new SvgCanvas(size.scale());
    new MapPainter(image, size).paint(canvas);
    return canvas.document(size.width(), size.height(), image.title());
  }
}
