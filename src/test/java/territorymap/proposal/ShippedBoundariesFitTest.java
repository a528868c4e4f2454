package territorymap.proposal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import territorymap.TestData;

/**
 * The shipped boundaries meet OpenStreetMap-based control layers: on each shared DeepStateMap
 * snapshot the occupied share on the shipped boundaries is within 0.05 percentage points of the
 * share on the high-resolution geoBoundaries file, on both bases (issue 13, item 5).
 */
class ShippedBoundariesFitTest {

  /** The largest accepted difference of the two occupied shares, in percentage points. */
  private static final double TOLERANCE_POINTS = 0.05;

  @Test
  void onEachDeepStateMapLayerTheOccupiedShareMatchesTheHighResolutionBoundariesOnBothBases() {
    Path reference = TestData.sharedOrSkip(TestData.GEOBOUNDARIES);
    List<String> controls = new ArrayList<>();
    for (String name : TestData.DEEPSTATE) {
      Path layer = TestData.sharedOrSkip(name);
      controls.add("--control");
      controls.add(dateOf(layer) + "=" + layer);
    }
    Proposals shipped = TestData.load(controls.toArray(String[]::new));
    List<String> withReference = new ArrayList<>(List.of("--boundaries", reference.toString()));
    withReference.addAll(controls);
    Proposals highResolution = TestData.load(withReference.toArray(String[]::new));

    List<String> misses = new ArrayList<>();
    StringBuilder measured = new StringBuilder();
    for (String name : TestData.DEEPSTATE) {
      String date = dateOf(Path.of(name));
      Figure ours = shipped.layerReport(date).parties().get("russia");
      Figure theirs = highResolution.layerReport(date).parties().get("russia");
      double geodesic = ours.percent() - theirs.percent();
      double official = ours.officialPercent() - theirs.officialPercent();
      measured.append(String.format("%n%s: geodesic %.3f %% vs %.3f %% (%+.3f), official %.3f %% vs %.3f %% (%+.3f)",
          date, ours.percent(), theirs.percent(), geodesic, ours.officialPercent(), theirs.officialPercent(), official));
      if (Math.abs(geodesic) > TOLERANCE_POINTS || Math.abs(official) > TOLERANCE_POINTS) {
        misses.add(date);
      }
    }
    System.out.println("Occupied share, shipped vs geoBoundaries:" + measured);
    assertTrue(misses.isEmpty(), "more than " + TOLERANCE_POINTS + " points apart on " + misses + measured);
  }

  /** The date in a snapshot's file name, {@code deepstate-YYYY-MM-DD.geojson}. */
  private static String dateOf(Path layer) {
    String file = layer.getFileName().toString();
    return file.substring("deepstate-".length(), "deepstate-".length() + 10);
  }
}
