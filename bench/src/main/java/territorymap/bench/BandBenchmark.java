package territorymap.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import territorymap.geo.GeodesicBuffer;
import territorymap.territory.ContactBand;
import territorymap.territory.ContactBand.Reach;
import territorymap.territory.LineOfContact;

/**
 * A band proposal's territory on one data set ({@code shipped} or {@code highres}), average time
 * per evaluation: a 40 km band along the whole line of contact into the held side (the geodesic
 * buffer, its cut by the atoms and the pieces' geodesic areas), the buffer alone, the mirrored
 * band, and the line of contact itself (derived once per layer, not per evaluation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BandBenchmark {

  @Param({"shipped", "highres"})
  public String data;

  private BenchData bench;
  private LineOfContact line;

  @Setup
  public void load() {
    bench = BenchData.load(data);
    line = LineOfContact.of(bench.partition);
    System.out.printf("%n%s; line of contact %.1f km, %d vertices%n", bench.describe(), line.lengthM() / 1e3,
        line.geometry().getNumPoints());
  }

  /** ContactBand.of(line, INTO_HELD, 40 km): buffer + cut by the atoms + geodesic areas. */
  @Benchmark
  public double heldBand40km() {
    return ContactBand.of(line, Reach.INTO_HELD, 40_000, List.of()).areaM2();
  }

  /** ContactBand.of(line, MIRRORED, 40 km). */
  @Benchmark
  public double mirroredBand40km() {
    return ContactBand.of(line, Reach.MIRRORED, 40_000, List.of()).areaM2();
  }

  /** GeodesicBuffer.of(line, 40 km) alone. */
  @Benchmark
  public int buffer40km() {
    return GeodesicBuffer.of(line.geometry(), 40_000).getNumPoints();
  }

  /** LineOfContact.of(partition): the occupied union, the held slivers, the border test. */
  @Benchmark
  public double lineOfContact() {
    return LineOfContact.of(bench.partition).lengthM();
  }
}
