package territorymap.territory;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import territorymap.geo.GeoJsonException;

/**
 * Where Ukraine lies, as a check on data files: a boundary or control-layer file whose geometry is
 * not there was most likely written with latitude and longitude swapped (GeoJSON is
 * [longitude, latitude]), and loading it would change every figure without a word.
 */
public final class Extent {

  /**
   * Ukraine's bounding box, lon/lat degrees, with about half a degree to spare: its extreme points
   * are near 22.14° E (Zakarpattia), 40.23° E (Luhansk), 44.39° N (Crimea) and 52.38° N (Chernihiv).
   */
  public static final Envelope UKRAINE = new Envelope(21.6, 40.8, 43.9, 52.9);

  private Extent() {}

  /**
   * Refuses a file whose geometry lies {@code within} Ukraine's box (a boundary file) or, if not,
   * at least meets it (a control layer, which may reach over the border).
   *
   * @throws GeoJsonException naming the file, and saying whether swapped axes would explain it
   */
  public static void check(Geometry geometry, String source, boolean within) {
    Envelope e = geometry.getEnvelopeInternal();
    boolean fits = within ? UKRAINE.covers(e) : UKRAINE.intersects(e);
    if (fits) {
      return;
    }
    Envelope swapped = new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX());
    String hint = UKRAINE.intersects(swapped)
        ? "; read the other way round it would be in Ukraine: the coordinates look like [latitude, longitude],"
            + " but GeoJSON is [longitude, latitude] — swap them"
        : "";
    throw new GeoJsonException(source, "", String.format(java.util.Locale.ROOT,
        "its coordinates (longitude %.2f to %.2f, latitude %.2f to %.2f) lie %s Ukraine's bounding box"
            + " (longitude %.1f to %.1f, latitude %.1f to %.1f)%s", e.getMinX(), e.getMaxX(), e.getMinY(),
        e.getMaxY(), within ? "outside" : "wholly outside", UKRAINE.getMinX(), UKRAINE.getMaxX(),
        UKRAINE.getMinY(), UKRAINE.getMaxY(), hint));
  }
}
