package territorymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertTrue(run.err().contains("--layer takes a date (YYYY-MM-DD) or latest, not yesterday"), run.err());
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
}
