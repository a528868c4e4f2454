package territorymap.territory;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The shipped boundaries, and the partition of them by the shipped approximate layer of 15 August
 * 2025, loaded once per test JVM for the tests below {@code figures} that read them unchanged.
 */
public final class ShippedData {

  private ShippedData() {}

  /** The shipped boundary file. */
  public static final Path BOUNDARIES = Path.of("data/geojson/ukraine-oblasts.geojson");

  /** The shipped approximate layer of 15 August 2025. */
  public static final Path AUGUST_2025 = Path.of("data/geojson/control/2025-08-15-approximate.geojson");

  public static Boundaries boundaries() {
    return Loaded.BOUNDARIES;
  }

  /** The shipped boundaries cut by the shipped approximate layer of 15 August 2025. */
  public static Partition august2025() {
    return Loaded.AUGUST_2025;
  }

  private static final class Loaded {
    static final Boundaries BOUNDARIES = Boundaries.load(ShippedData.BOUNDARIES, OfficialRegions.official());
    static final Partition AUGUST_2025 = Partition.of(BOUNDARIES,
        ControlLayerReader.read(ShippedData.AUGUST_2025, LocalDate.of(2025, 8, 15)));
  }
}
