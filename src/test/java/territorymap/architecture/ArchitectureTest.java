package territorymap.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: the command line ({@code territorymap}) and {@code web} render;
 * {@code figures} says what a proposal amounts to; {@code proposal} what it says; then
 * {@code territory} and {@code geo}; {@code people} (pre-war population) sits on {@code territory}.
 * {@code store} implements {@code proposal}'s store interface; {@code fetch} (downloading control
 * layers) and {@code render} (map images) are adapters on {@code geo} only.
 * And the domain (geo, territory, proposal, figures) writes no wire format: Jackson and Javalin
 * appear in it only in the two readers of input, the GeoJSON reader in {@code geo} and the
 * definition reader in {@code proposal}.
 *
 * <p>Checked on the source text: every {@code import} and every fully qualified name, so a
 * reference the compiler would take is a reference here.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/territorymap");

  /** What each package may use besides itself; "" is the command line (the root package). */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "geo", Set.of(),
      "territory", Set.of("geo"),
      "people", Set.of("territory", "geo"),
      "proposal", Set.of("territory", "geo"),
      "figures", Set.of("proposal", "people", "territory", "geo"),
      "store", Set.of("proposal"),
      "render", Set.of("geo"),
      "fetch", Set.of("geo"),
      "web", Set.of("figures", "proposal", "people", "territory", "geo", "render"),
      "", Set.of("web", "store", "fetch", "figures", "proposal", "people", "territory", "geo", "render"));

  /** The domain packages, which write no wire format. */
  static final Set<String> DOMAIN = Set.of("geo", "territory", "people", "proposal", "figures");

  /** The readers of input, the only domain files that may use Jackson. */
  static final Set<String> INPUT_READERS = Set.of("geo/GeoJsonDocument.java", "geo/GeoJsonFeature.java",
      "proposal/ProposalReader.java", "proposal/DefinitionUpgrade.java");

  private static final Pattern PROJECT_REFERENCE = Pattern.compile("\\bterritorymap\\.([a-z]+)\\.[A-Z]");
  private static final Pattern ROOT_REFERENCE = Pattern.compile("\\bterritorymap\\.[A-Z]");
  private static final Pattern WIRE = Pattern.compile("\\b(com\\.fasterxml\\.jackson|io\\.javalin)\\.");

  /**
   * The faults of one source file.
   *
   * @param relative its path under {@code src/main/java/territorymap}, e.g. {@code geo/Geometries.java}
   */
  static List<String> faults(String relative, String text) {
    String pkg = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
    List<String> faults = new ArrayList<>();
    Set<String> allowed = ALLOWED.get(pkg);
    if (allowed == null) {
      faults.add(relative + ": package " + pkg + " has no place in the layering; add it to ArchitectureTest");
      return faults;
    }
    Matcher m = PROJECT_REFERENCE.matcher(text);
    while (m.find()) {
      String used = m.group(1);
      if (!used.equals(pkg) && !allowed.contains(used)) {
        faults.add(relative + ": " + (pkg.isEmpty() ? "the command line" : pkg) + " must not use "
            + used + " (" + line(text, m.start()) + ")");
      }
    }
    if (!pkg.isEmpty() && ROOT_REFERENCE.matcher(text).find()) {
      faults.add(relative + ": " + pkg + " must not use the command line (package territorymap)");
    }
    if (DOMAIN.contains(pkg) && !INPUT_READERS.contains(relative)) {
      Matcher wire = WIRE.matcher(text);
      if (wire.find()) {
        faults.add(relative + ": the domain writes no wire format, but " + pkg + " uses " + wire.group(1)
            + " (" + line(text, wire.start()) + "); render in web");
      }
    }
    return faults;
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end).trim();
  }

  @Test
  void everyPackageDependsOnlyDownwardAndTheDomainWritesNoWireFormat() throws IOException {
    List<String> faults = new ArrayList<>();
    int files;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
      files = sources.size();
      for (Path source : sources) {
        faults.addAll(faults(MAIN.relativize(source).toString().replace('\\', '/'), Files.readString(source)));
      }
    }
    assertTrue(files > 50, "the sources were found: " + files);
    assertEquals(List.of(), faults, String.join("\n", faults));
  }

  @Test
  void aLowerPackageUsingAHigherOneIsAFault() {
    assertEquals(1, faults("territory/Atlas.java", "package territorymap.territory;\n"
        + "import territorymap.figures.Evaluations;\n").size());
    assertEquals(1, faults("store/JdbcProposalStore.java", "package territorymap.store;\n"
        + "class X { territorymap.web.Json json; }\n").size());
    assertEquals(List.of(), faults("web/X.java", "import territorymap.figures.Figure;\nimport io.javalin.Javalin;\n"));
  }

  @Test
  void jacksonOrJavalinInTheDomainIsAFaultOutsideTheInputReaders() {
    assertEquals(1, faults("figures/AreaReport.java", "import com.fasterxml.jackson.annotation.JsonIgnoreProperties;\n")
        .size());
    assertEquals(1, faults("territory/X.java", "class X { io.javalin.http.Context ctx; }\n").size());
    assertEquals(List.of(), faults("proposal/ProposalReader.java", "import com.fasterxml.jackson.databind.JsonNode;\n"));
  }
}
