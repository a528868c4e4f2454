package territorymap.render;

import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Envelope;

/**
 * A spherical Web-Mercator projection fitted to a lon/lat box: the box is centred in a pixel
 * rectangle at the largest scale that fits it whole, north up. Latitudes are clamped to ±85°.
 */
final class WebMercator {

  private final double scale;
  private final double offsetX;
  private final double offsetY;

  private WebMercator(double scale, double offsetX, double offsetY) {
    this.scale = scale;
    this.offsetX = offsetX;
    this.offsetY = offsetY;
  }

  /** Fits the lon/lat box into the pixel rectangle. */
  static WebMercator fit(Envelope lonLat, Rectangle2D pixels) {
    double x0 = mx(lonLat.getMinX());
    double x1 = mx(lonLat.getMaxX());
    double y0 = my(lonLat.getMinY());
    double y1 = my(lonLat.getMaxY());
    double spanX = Math.max(x1 - x0, 1e-9);
    double spanY = Math.max(y1 - y0, 1e-9);
    double scale = Math.min(pixels.getWidth() / spanX, pixels.getHeight() / spanY);
    double offsetX = pixels.getCenterX() - scale * (x0 + x1) / 2;
    double offsetY = pixels.getCenterY() + scale * (y0 + y1) / 2;
    return new WebMercator(scale, offsetX, offsetY);
  }

  double x(double lon) {
    return offsetX + scale * mx(lon);
  }

  double y(double lat) {
    return offsetY - scale * my(lat);
  }

  private static double mx(double lon) {
    return Math.toRadians(lon);
  }

  private static double my(double lat) {
    double phi = Math.toRadians(Math.max(-85, Math.min(85, lat)));
    return Math.log(Math.tan(Math.PI / 4 + phi / 2));
  }
}
