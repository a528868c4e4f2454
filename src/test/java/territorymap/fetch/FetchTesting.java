package territorymap.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import territorymap.TestData;

/** What the fetch tests share: the shared snapshots by date, a fixture serving them, quick pacing. */
public final class FetchTesting {

  private FetchTesting() {}

  /** The six shared DeepStateMap files by date, or a skipped test where they are absent. */
  public static Map<LocalDate, Path> sharedByDate() {
    Map<LocalDate, Path> byDate = new LinkedHashMap<>();
    for (String name : TestData.DEEPSTATE) {
      Path file = TestData.sharedOrSkip(name);
      byDate.put(LocalDate.parse(name.substring("control/deepstate-".length(), name.length() - ".geojson".length())), file);
    }
    return byDate;
  }

  /** A fixture serving every shared file as a snapshot of its own date. */
  static DeepStateFixture fixture(Map<LocalDate, Path> shared) throws IOException {
    DeepStateFixture fixture = new DeepStateFixture();
    for (Map.Entry<LocalDate, Path> e : shared.entrySet()) {
      fixture.add(e.getKey(), e.getValue());
    }
    return fixture;
  }

  /**
   * Options for the fixture: stalled after 5 s (generous: the test machine may be loaded), three
   * attempts 50 ms apart (doubling).
   */
  static FetchOptions options(FetchSource source, DeepStateFixture fixture, Path into) {
    return FetchOptions.defaults(source).withBase(fixture.base()).withInto(into)
        .withPacing(Duration.ofSeconds(5), 3, Duration.ofMillis(50));
  }

  /** Every file name in a folder, hidden ones included, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The layer files of a folder (not the lock). */
  static List<String> layerNames(Path dir) throws IOException {
    List<String> names = new ArrayList<>(names(dir));
    names.remove(".fetch.lock");
    return names;
  }

  static FetchResult fetch(FetchOptions options, List<String> log) {
    return new LayerFetcher(options, log::add).fetch();
  }
}
