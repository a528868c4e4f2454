package territorymap.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluation costs on one data set ({@code shipped} or {@code highres}), average time per call:
 * every seeded proposal from scratch (cutting the atoms included), the same on atoms already cut,
 * the explicit-polygon proposal on atoms already cut, and the geodesic area of the whole coverage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

  @Param({"shipped", "highres"})
  public String data;

  private BenchData bench;

  @Setup
  public void load() {
    bench = BenchData.load(data);
    bench.partition.line();
  }

  /** Partition.of (both cores: regions are cut in parallel) + Allocation.of + AreaReport.of, the atom-only seeds. */
  @Benchmark
  public double seededFromScratch() {
    return bench.seededFromScratch();
  }

  /** Allocation.of + AreaReport.of for the atom-only seeded proposals on cached atoms: sums of atom areas. */
  @Benchmark
  public double seededOnAtoms() {
    return bench.seededOnAtoms();
  }

  /** Allocation.of + AreaReport.of of the explicit-polygon proposal on cached atoms: overlay work. */
  @Benchmark
  public double polygonProposal() {
    return bench.polygonOnAtoms();
  }

  /** Allocation.of + AreaReport.of of a 40 km band along the whole line (BenchData.BAND_PROPOSAL). */
  @Benchmark
  public double bandProposal40km() {
    return bench.bandOnAtoms();
  }

  /** GeodesicArea.ofM2 over the 27 regions. */
  @Benchmark
  public double coverageArea() {
    return bench.coverageM2();
  }
}
