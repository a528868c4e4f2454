package territorymap.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import territorymap.geo.Geometries;

/**
 * Every unit's geodesic area against GeographicLib's own command-line {@code Planimeter} (Debian
 * package geographiclib-tools), run at test time on the same coordinates.
 */
class PlanimeterAgreementTest {

  private static final Path PLANIMETER = Path.of("/usr/bin/Planimeter");
  private static final double RELATIVE_TOLERANCE = 1e-9;

  @Test
  void everyShippedUnitAgreesWithPlanimeterToOnePartInABillion() throws Exception {
    assumeTrue(Files.isExecutable(PLANIMETER), "Planimeter not installed (apt-get install geographiclib-tools)");
    Boundaries boundaries = Boundaries.load(Path.of("data/geojson/ukraine-oblasts.geojson"), OfficialRegions.official());
    for (Region region : boundaries.regions()) {
      double expected = 0;
      for (Polygon polygon : Geometries.polygonsOf(region.geometry())) {
        expected += planimeterM2(polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          expected -= planimeterM2(polygon.getInteriorRingN(h));
        }
      }
      assertEquals(expected, region.areaM2(), expected * RELATIVE_TOLERANCE, region.code());
    }
  }

  /** The absolute area of one ring as Planimeter computes it (input "lat lon" per line). */
  private static double planimeterM2(LinearRing ring) throws IOException, InterruptedException {
    StringBuilder input = new StringBuilder();
    Coordinate[] coordinates = ring.getCoordinates();
    for (int i = 0; i < coordinates.length - 1; i++) {
      input.append(coordinates[i].y).append(' ').append(coordinates[i].x).append('\n');
    }
    Process process = new ProcessBuilder(PLANIMETER.toString(), "-p", "6").redirectErrorStream(true).start();
    process.getOutputStream().write(input.toString().getBytes(StandardCharsets.US_ASCII));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    assertEquals(0, process.waitFor(), output);
    // "<number of points> <perimeter m> <area m²>"
    List<String> fields = new ArrayList<>(List.of(output.split("\\s+")));
    return Math.abs(Double.parseDouble(fields.get(2)));
  }
}
