package territorymap.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders a {@link MapImage} on the server: a PNG through Java2D (headless, antialiased, DejaVu
 * Sans from Debian's {@code fonts-dejavu-core}) or an SVG written directly. Both come from the
 * same layout, so they show the same thing. Stateless and thread-safe.
 *
 * <p>Speed: see {@code bench/render.sh} and bench/README.md.
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

  /**
   * The PNG writer's compression quality: 0.7 (a fast deflate level). Measured on the social card
   * (bench/README.md): about 35 ms and 149 KB, against 86 ms and 146 KB with the writer's default and
   * 450 ms and 137 KB at the strongest level; a map's flat colours compress well at any level.
   */
  private static final float PNG_QUALITY = 0.7f;

  /** The image as PNG bytes. */
  public static byte[] png(MapImage image, ImageSize size) {
    BufferedImage raster = image(image, size);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(PNG_QUALITY);
      writer.write(null, new IIOImage(raster, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
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
