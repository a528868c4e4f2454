package territorymap.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import territorymap.geo.GeoJsonException;
import territorymap.geo.GeodesicArea;

/**
 * Checks each unit of a boundary file against what is known of it: its official area, and where
 * it lies (its centroid against the reference of {@code data/unit-centroids.csv}). A file with two
 * units' geometries swapped, a unit given the wrong code, or a unit moved stops startup, naming the
 * unit; figures on it would otherwise be wrong without a word.
 *
 * <p>Tolerances: the geodesic area within {@value #AREA_TOLERANCE_PERCENT} % or
 * {@value #AREA_TOLERANCE_KM2} km² of the official one, whichever is more (the shipped Natural
 * Earth file is coarse: it gives Kyiv city 1,642 km² for an official 839, 803 km² more; swapping
 * units of different size, or a unit given another's code, is far beyond it; the high-resolution
 * geoBoundaries file passes both checks); the centroid within
 * {@value #CENTROID_TOLERANCE_KM} km of the reference (a unit moved by half a degree is 35–55 km
 * off; swapped neighbours such as Donetsk and Luhansk, over 100 km).
 */
public final class UnitPlausibility {

  static final double AREA_TOLERANCE_PERCENT = 15;
  static final double AREA_TOLERANCE_KM2 = 1000;
  static final double CENTROID_TOLERANCE_KM = 25;

  private static final String RESOURCE = "/territorymap/territory/unit-centroids.csv";

  private UnitPlausibility() {}

  /** @throws GeoJsonException naming the file and the first unit that is not where and as large as it should be */
  public static void check(Boundaries boundaries) {
    Map<String, double[]> reference = reference();
    for (Region region : boundaries.regions()) {
      OfficialRegion unit = region.official();
      double km2 = region.areaM2() / 1e6;
      double percent = 100 * (km2 - unit.officialKm2()) / unit.officialKm2();
      if (Math.abs(km2 - unit.officialKm2())
          > Math.max(AREA_TOLERANCE_KM2, unit.officialKm2() * AREA_TOLERANCE_PERCENT / 100)) {
        throw new GeoJsonException(boundaries.source(), unit.code() + " (" + unit.name() + ")", String.format(
            Locale.ROOT, "its area is %.0f km², %+.0f %% off the official %.0f km² (at most %.0f %% or %.0f km² is"
                + " accepted): is it the right unit, whole, with the right code?", km2, percent, unit.officialKm2(),
            AREA_TOLERANCE_PERCENT, AREA_TOLERANCE_KM2));
      }
      double[] expected = reference.get(unit.code());
      if (expected == null) {
        continue;
      }
      Point centroid = region.geometry().getCentroid();
      double km = GeodesicArea.distanceKm(centroid.getX(), centroid.getY(), expected[0], expected[1]);
      if (km > CENTROID_TOLERANCE_KM) {
        throw new GeoJsonException(boundaries.source(), unit.code() + " (" + unit.name() + ")", String.format(
            Locale.ROOT, "its centre lies at %.2f° E %.2f° N, %.0f km from where %s lies (%.2f° E %.2f° N; at most"
                + " %.0f km is accepted): is its geometry another unit's, or moved?", centroid.getX(),
            centroid.getY(), km, unit.name(), expected[0], expected[1], CENTROID_TOLERANCE_KM));
      }
    }
  }

  private static Map<String, double[]> reference() {
    try (InputStream in = UnitPlausibility.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      Map<String, double[]> centroids = new HashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",");
        if (cells.length == 3) {
          centroids.put(cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
        }
      }
      return centroids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
