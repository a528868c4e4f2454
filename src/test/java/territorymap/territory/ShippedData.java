package territorymap.territory;

import java.time.LocalDate;
import territorymap.TestData;

/**
 * The shipped boundaries, and the partition of them by the shipped approximate layer of 15 August
 * 2025, for the tests below {@code figures} that read them unchanged: taken from the one load of
 * the shipped data per test JVM ({@link TestData#shipped()}).
 */
public final class ShippedData {

  private ShippedData() {}

  /** The shipped boundaries. */
  public static Boundaries boundaries() {
    return TestData.shipped().atlas().boundaries();
  }

  /** The shipped boundaries cut by the shipped approximate layer of 15 August 2025. */
  public static Partition august2025() {
    return TestData.shipped().atlas().partition(new LayerRef.OnDate(LocalDate.of(2025, 8, 15), "layer"), null);
  }
}
