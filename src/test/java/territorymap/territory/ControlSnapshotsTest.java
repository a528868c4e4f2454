package territorymap.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import territorymap.TestData;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonFeature;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/** The shared DeepStateMap snapshots as read, against GeographicLib's Planimeter. */
@Tag("slow") // reads the high-resolution reference data
class ControlSnapshotsTest {

  private static final Path PLANIMETER = Path.of("/usr/bin/Planimeter");

  @Test
  void eachSnapshotAsReadHasThePlanimeterAreaOfItsCoordinatesWithinOneInTenThousand() throws Exception {
    assumeTrue(Files.isExecutable(PLANIMETER), "Planimeter not installed (apt-get install geographiclib-tools)");
    for (String name : TestData.DEEPSTATE) {
      Path file = TestData.sharedOrSkip(name);
      double ours = 0;
      double planimeter = 0;
      for (GeoJsonFeature feature : GeoJsonDocument.read(file)) {
        Geometry geometry = feature.geometry();
        ours += GeodesicArea.ofM2(geometry);
        for (Polygon polygon : Geometries.polygonsOf(geometry)) {
          planimeter += ringM2(polygon.getExteriorRing());
          for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            planimeter -= ringM2(polygon.getInteriorRingN(h));
          }
        }
      }
      assertEquals(planimeter, ours, planimeter * 1e-4, name);
    }
  }

  /** Planimeter's absolute area of one ring, from "lat lon" lines. */
  private static double ringM2(LinearRing ring) throws Exception {
    StringBuilder input = new StringBuilder();
    var coordinates = ring.getCoordinates();
    for (int i = 0; i < coordinates.length - 1; i++) {
      input.append(coordinates[i].y).append(' ').append(coordinates[i].x).append('\n');
    }
    Process process = new ProcessBuilder(PLANIMETER.toString()).redirectErrorStream(true).start();
    process.getOutputStream().write(input.toString().getBytes(StandardCharsets.US_ASCII));
    process.getOutputStream().close();
    String[] fields = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
    assertEquals(0, process.waitFor());
    return Math.abs(Double.parseDouble(fields[2]));
  }

  @Test
  void onTheHighResolutionBoundariesJanuary2026IsWithinOnePercentOfDeepStateMapsFigure() {
    Path boundaries = TestData.sharedOrSkip(TestData.GEOBOUNDARIES);
    Path layer = TestData.sharedOrSkip("control/deepstate-2026-01-01.geojson");
    var proposals = TestData.load("--boundaries", boundaries.toString(), "--control-dir", layer.getParent().toString());
    var occupied = proposals.layer(new LayerRef.OnDate(java.time.LocalDate.of(2026, 1, 1), "layer")).occupied();
    // DeepStateMap, 1 January 2026: 116,165 km², 19.25 % of 603,628 km².
    assertEquals(116_165, occupied.officialKm2(), 1_161.65);
    assertEquals(19.25, occupied.officialPercent(), 0.1925);
  }
}
