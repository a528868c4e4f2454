package territorymap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import territorymap.figures.Evaluations;

/**
 * The data tests run on: the project's shipped data, loaded once per test JVM, and the shared
 * reference data of {@code ../shared/data} where it exists (it is absent on a user's machine).
 */
public final class TestData {

  private TestData() {}

  /** The shipped boundaries, layers and proposals, as {@code java -jar} loads them by default. */
  public static Evaluations shipped() {
    return Shipped.PROPOSALS;
  }

  /** Loads with the given command-line options (e.g. {@code --boundaries FILE}). */
  public static Evaluations load(String... args) {
    return Loader.load(Options.parse(args));
  }

  /** A file of the shared reference data, if that folder is present. */
  public static Optional<Path> shared(String relative) {
    String dir = System.getProperty("territorymap.sharedData", "../shared/data");
    Path path = Path.of(dir).resolve(relative);
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }

  /** The path of a shared reference file, or a skipped test where it is absent. */
  public static Path sharedOrSkip(String relative) {
    Optional<Path> path = shared(relative);
    org.junit.jupiter.api.Assumptions.assumeTrue(path.isPresent(),
        "shared reference data not found (" + relative + "): set -Dterritorymap.sharedData=DIR");
    return path.get();
  }

  /** The shared high-resolution boundary file. */
  public static final String GEOBOUNDARIES = "boundaries/geoboundaries-ukr-adm1-land.geojson";

  /** The shared DeepStateMap snapshots. */
  public static final List<String> DEEPSTATE = List.of("control/deepstate-2024-07-08.geojson",
      "control/deepstate-2025-08-01.geojson", "control/deepstate-2025-08-15.geojson",
      "control/deepstate-2025-08-31.geojson", "control/deepstate-2025-11-20.geojson",
      "control/deepstate-2026-01-01.geojson");

  private static final class Shipped {
    static final Evaluations PROPOSALS = load();
  }
}
