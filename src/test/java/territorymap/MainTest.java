package territorymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void hostAndComputeDeadlineAreReadAndCheckedAtTheCommandLine() {
    Options options = Options.parse(new String[] {"--host", "127.0.0.1", "--compute-deadline", "0.5"},
        java.util.Map.of());
    assertEquals("127.0.0.1", options.host());
    assertEquals(java.time.Duration.ofMillis(500), options.computeDeadline());
    assertEquals(null, Options.parse(new String[0], java.util.Map.of()).host());
    assertEquals(java.time.Duration.ofSeconds(2), Options.parse(new String[0], java.util.Map.of()).computeDeadline());
    Run bad = run("--compute-deadline", "-1");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--compute-deadline"), bad.err());
  }

  @Test
  void aPublicUrlIsReadAndABadOneStopsStartUpWithAClearMessage() {
    assertEquals(java.util.Optional.of("https://maps.example"),
        Options.parse(new String[] {"--public-url", "https://maps.example"}, java.util.Map.of()).publicUrl().origin());
    assertEquals(java.util.Optional.empty(), Options.parse(new String[0], java.util.Map.of()).publicUrl().origin());
    Run bad = run("--public-url", "maps.example/path");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--public-url takes the service's public address, such as https://maps.example, "
        + "not \"maps.example/path\""), bad.err());
  }

  @Test
  void computeThreadsAreReadAndCheckedAtTheCommandLine() {
    assertEquals(3, Options.parse(new String[] {"--compute-threads", "3"}, java.util.Map.of()).computeThreads());
    // 0: the service's default, one thread less than the processors (territorymap.web.Limits).
    assertEquals(0, Options.parse(new String[0], java.util.Map.of()).computeThreads());
    Run bad = run("--compute-threads", "0");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--compute-threads takes a number of threads from 1 to 256"), bad.err());
  }

  @Test
  void regionsPrintsTheTableOfUnitsWithOfficialAreas() {
    Run run = run("regions");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("UA-14"));
    assertTrue(run.out().contains("Donetsk"));
    assertTrue(run.out().contains("26517"));
    assertEquals(27 + 3, run.out().lines().count(), run.out());
  }

  @Test
  void regionsWithJsonPrintsJsonKeyedByCode() throws Exception {
    Run run = run("regions", "--json");
    assertEquals(0, run.code(), run.err());
    var regions = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertEquals(27, regions.size());
    assertEquals("UA-05", regions.get(0).get("code").asText());
    assertEquals(26513.0, regions.get(0).get("officialKm2").asDouble());
  }

  @Test
  void aLayerThatIsNeitherADateNorLatestIsAUsageError() {
    Run run = run("area", "alaska-2025-08-15", "--layer", "yesterday");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("--layer takes a date (YYYY-MM-DD), DATE-approximate or latest, not yesterday"), run.err());
    Run unknown = run("area", "alaska-2025-08-15", "--layer", "2020-01-01");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no control layer for 2020-01-01"), unknown.err());
  }

  @Test
  void areaPrintsTheReportWithItsLayer() {
    Run run = run("area", "russia-demand-2024-06-14");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("layer: 2025-08-15"));
    assertTrue(run.out().contains("russia"));
  }

  @Test
  void areaPrintsThePreWarPopulationEstimateAndTheSettlementsChangingHands() {
    Run run = run("area", "alaska-2025-08-15");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("pre-war population, estimate (of 43,520,435;"), run.out());
    assertTrue(run.out().contains("settlements changing hands: 23 (706,992 persons)"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("Kramatorsk") && l.contains("173,700")
        && l.contains("ukraine -> russia")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("Sloviansk") && l.contains("124,800")), run.out());
  }

  @Test
  void compareNeedsTwoOrThreeIds() {
    assertEquals(1, run("compare", "alaska-2025-08-15").code());
    Run run = run("compare", "alaska-2025-08-15", "russia-demand-2024-06-14");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("assigned differently"));
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = run("--colour", "red");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("unknown option --colour"));
  }

  @Test
  void aMissingBoundaryFileStopsWithAClearMessage() {
    Run run = run("regions", "--boundaries", "no/such/file.geojson");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("no/such/file.geojson"), run.err());
  }

  @Test
  void aCorruptBoundaryFileStopsNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corrupt.geojson");
    Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": ");
    Run run = run("regions", "--boundaries", file.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("corrupt.geojson") && run.err().contains("not valid JSON"), run.err());
  }

  @Test
  void anUnknownProposalIsAnError() {
    Run run = run("area", "nope");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("nope"));
  }

  @Test
  void refreshTakesAPeriodAndTheFetchOptionsAndLoadsItsFolderAtStartUp() {
    Options options = Options.parse(new String[] {"--refresh", "6h", "--since", "2025-01-01", "--every", "7",
        "--source-url", "http://127.0.0.1:1/", "--into", "fetched"}, java.util.Map.of());
    assertEquals(java.time.Duration.ofHours(6), options.refresh());
    assertEquals(7, options.fetch().everyDays());
    assertEquals(java.time.LocalDate.of(2025, 1, 1), options.fetch().since());
    assertEquals("http://127.0.0.1:1/", options.fetch().base().toString());
    assertEquals(List.of(Path.of("data/geojson/control"), Path.of("fetched")), options.controlDirs());
    // Named twice, the folder is loaded once.
    assertEquals(2, Options.parse(new String[] {"--refresh", "30m", "--control-dir", "layers"}, java.util.Map.of())
        .controlDirs().size());
    assertEquals(java.time.Duration.ofMinutes(30), Options.parse(new String[] {"--refresh", "30m"}, java.util.Map.of()).refresh());
    assertEquals(null, Options.parse(new String[0], java.util.Map.of()).refresh());
  }

  @Test
  void aBadRefreshPeriodOrAFetchOptionWithoutRefreshIsAUsageError() {
    for (String[] args : List.of(new String[] {"--refresh", "6"}, new String[] {"--refresh", "10s"},
        new String[] {"--refresh", "31d"}, new String[] {"--refresh", "soon"}, new String[] {"--source", "deepstate"},
        new String[] {"--refresh", "6h", "--source", "elsewhere"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(2, Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)),
          String.join(" ", args));
      String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(message.startsWith("error: "), message);
      assertTrue(message.contains(args[0].equals("--source") ? "--source is an option of --refresh"
          : args.length == 2 ? "--refresh takes a period such as 6h, 30m or 1d, from 1m to 30d, not " + args[1]
          : "elsewhere"), message);
    }
  }
}
