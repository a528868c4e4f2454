package territorymap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import territorymap.figures.Allocation;
import territorymap.figures.AreaReport;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.Proposal;
import territorymap.proposal.ProposalReader;
import territorymap.figures.Evaluations;
import territorymap.territory.Atlas;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.GridFixture;
import territorymap.territory.Partition;

/**
 * Fuzzes proposal definitions: {@link ProposalReader} on arbitrary JSON, on definitions from the
 * grammar and on mutated seed definitions; the file path ({@link Evaluations#load}) on truncated and
 * corrupted text; and the limits (deep nesting, a million-vertex polygon, non-finite numbers).
 *
 * <p>The contract under test: a definition is either read, or refused with a
 * {@link DefinitionException}; never another exception, an error or a hang. A definition that is
 * read is then evaluated on the synthetic grid, where its shares must cover the country once (or
 * it is refused as overlapping, again with a DefinitionException). Seeds are fixed, so every run
 * tries the same inputs.
 */
@net.jqwik.api.Tag("slow")
class ProposalReaderFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Path dir;
  static Boundaries boundaries;
  static Partition partition;
  static Atlas atlas;
  static ProposalReader reader;
  static List<String> seedTexts;

  static final AtomicInteger tried = new AtomicInteger();
  static final AtomicInteger read = new AtomicInteger();
  static final AtomicInteger refused = new AtomicInteger();
  static final AtomicInteger evaluated = new AtomicInteger();

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("territorymap-fuzz-proposals");
    boundaries = GridFixture.boundaries(dir);
    ControlLayer layer = GridFixture.layerEastOf(boundaries, dir, 29.5, LocalDate.of(2025, 8, 15));
    partition = Partition.of(boundaries, layer);
    atlas = new Atlas(boundaries, List.of(layer));
    reader = new ProposalReader(code -> boundaries.find(code).isPresent());
    // The seeded definitions as the service reads them (compact JSON text), to mutate.
    seedTexts = reader.readFolder(Path.of("seeds/proposals")).stream().map(Proposal::definition).toList();
  }

  @AfterContainer
  static void tearDown() throws IOException {
    System.out.printf(Locale.ROOT, "ProposalReader fuzz: %d inputs tried: %d read, %d refused with a"
        + " DefinitionException, %d evaluated on the grid%n", tried.get(), read.get(), refused.get(), evaluated.get());
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Reads a definition tree: returns the proposal, or null if refused with a DefinitionException. */
  static Proposal readOrRefuse(JsonNode root) {
    tried.incrementAndGet();
    try {
      Proposal proposal = reader.read(root, "fuzz");
      read.incrementAndGet();
      return proposal;
    } catch (DefinitionException e) {
      refused.incrementAndGet();
      assertTrue(e.field() != null && !e.getMessage().isBlank(), "a refusal names the field: " + e);
      return null;
    }
  }

  /** Evaluates a proposal on the grid: its shares cover the country once, or it overlaps. */
  static void evaluate(Proposal proposal) {
    Allocation allocation;
    try {
      allocation = Allocation.of(proposal, partition);
    } catch (DefinitionException e) {
      assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
      return;
    }
    evaluated.incrementAndGet();
    double total = allocation.shares().stream().mapToDouble(s -> s.territory().areaM2()).sum();
    // Assignments may overlap by up to 100 m² each (overlay noise). And overlay is planar in lon/lat
    // while areas are geodesic: a vertex a cut adds in the middle of a grid cell's long edge along a
    // parallel moves that edge off its geodesic, by a few hundred m² for a 0.05° edge at 46° N (see
    // GridFixture). Random polygons off the lattice do that: measured 4e2 m² for one triangle.
    double tolerance = boundaries.totalM2() * 1e-7 + 100.0 * proposal.assignments().size() * proposal.assignments().size();
    assertEquals(boundaries.totalM2(), total, tolerance, "the shares cover the country once");
    AreaReport report = AreaReport.of(allocation);
    double parties = report.parties().values().stream().mapToDouble(f -> f.km2()).sum();
    assertEquals(report.total().km2(), parties, 0.35, "party areas add up to the total");
  }

  static void readAndEvaluate(JsonNode root) {
    Proposal proposal = readOrRefuse(root);
    if (proposal != null) {
      evaluate(proposal);
    }
  }

  // --- Arbitrary JSON and the grammar --------------------------------------------------------

  @Property(tries = 400, seed = "20250815")
  void arbitraryJsonIsReadOrRefused(@ForAll("anyJson") JsonNode root) {
    readAndEvaluate(root);
  }

  @Property(tries = 600, seed = "1991")
  void definitionsFromTheGrammarAreReadOrRefusedAndCoverTheCountryOnce(@ForAll("definitions") JsonNode root) {
    readAndEvaluate(root);
  }

  @Provide
  Arbitrary<JsonNode> anyJson() {
    return JsonArbitraries.json();
  }

  @Provide
  Arbitrary<JsonNode> definitions() {
    return JsonArbitraries.definition();
  }

  // --- Mutated seeds -------------------------------------------------------------------------

  /** One edit of a tree: at the node numbered {@code at} in pre-order (modulo the node count). */
  record Mutation(int kind, int at, JsonNode value, String key) {}

  @Property(tries = 600, seed = "28")
  void mutatedSeedDefinitionsAreReadOrRefused(@ForAll @IntRange(min = 0, max = 5) int seed,
      @ForAll("mutations") List<Mutation> mutations) throws IOException {
    JsonNode root = JSON.readTree(seedTexts.get(seed % seedTexts.size()));
    for (Mutation mutation : mutations) {
      root = apply(root, mutation);
    }
    readAndEvaluate(root);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<JsonNode> value = Arbitraries.oneOf(JsonArbitraries.leaf(), JsonArbitraries.territory(),
        JsonArbitraries.geometry(), JsonArbitraries.json());
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 10_000),
            value, JsonArbitraries.key())
        .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
  }

  /** Applies one mutation; returns the (possibly new) root. */
  static JsonNode apply(JsonNode root, Mutation m) {
    List<JsonNode> nodes = new ArrayList<>();
    List<JsonNode> parents = new ArrayList<>();
    collect(root, null, nodes, parents);
    int i = m.at() % nodes.size();
    JsonNode node = nodes.get(i);
    JsonNode parent = parents.get(i);
    JsonNode value = m.value().deepCopy();
    switch (m.kind()) {
      case 0 -> { // replace
        if (parent == null) {
          return value;
        }
        replace(parent, node, value);
      }
      case 1 -> { // remove
        if (parent instanceof ObjectNode object) {
          object.remove(nameOf(object, node));
        } else if (parent instanceof ArrayNode array) {
          array.remove(indexOf(array, node));
        }
      }
      case 2 -> { // add or overwrite a field
        if (node instanceof ObjectNode object) {
          object.set(m.key(), value);
        } else if (node instanceof ArrayNode array) {
          array.add(value);
        }
      }
      case 3 -> { // wrap in an operation
        if (parent != null) {
          ObjectNode wrap = NODES.objectNode();
          String op = List.of("union", "intersection", "difference").get(Math.floorMod(m.at(), 3));
          wrap.putArray(op).add(node.deepCopy()).add(value);
          replace(parent, node, wrap);
        }
      }
      case 4 -> { // duplicate a node in its array, or swap it for a polygon territory
        if (parent instanceof ArrayNode array) {
          array.add(node.deepCopy());
        } else if (parent != null) {
          ObjectNode polygon = NODES.objectNode();
          polygon.set("polygon", value);
          replace(parent, node, polygon);
        }
      }
      default -> { // change a number or text into the other
        if (parent != null && node.isValueNode()) {
          replace(parent, node, node.isNumber() ? NODES.textNode(node.asText()) : DoubleNode.valueOf(node.asDouble(1e308)));
        }
      }
    }
    return root;
  }

  private static void collect(JsonNode node, JsonNode parent, List<JsonNode> nodes, List<JsonNode> parents) {
    nodes.add(node);
    parents.add(parent);
    for (JsonNode child : node) {
      collect(child, node, nodes, parents);
    }
  }

  private static void replace(JsonNode parent, JsonNode node, JsonNode value) {
    if (parent instanceof ObjectNode object) {
      object.set(nameOf(object, node), value);
    } else if (parent instanceof ArrayNode array) {
      array.set(indexOf(array, node), value);
    }
  }

  private static String nameOf(ObjectNode object, JsonNode child) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (object.get(name) == child) {
        return name;
      }
    }
    throw new IllegalStateException("not a child");
  }

  private static int indexOf(ArrayNode array, JsonNode child) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) == child) {
        return i;
      }
    }
    throw new IllegalStateException("not a child");
  }

  // --- The file path: truncated and corrupted text -------------------------------------------

  /** Loads one definition file as the service does at start-up; returns null if refused. */
  static Evaluations loadText(String text) throws IOException {
    return loadBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Loads one definition file of these bytes (not necessarily UTF-8); returns null if refused. */
  static Evaluations loadBytes(byte[] bytes) throws IOException {
    tried.incrementAndGet();
    Path folder = dir.resolve("seeds");
    Files.createDirectories(folder);
    Files.write(folder.resolve("fuzz.json"), bytes);
    try {
      Evaluations proposals = Evaluations.load(folder, atlas);
      read.incrementAndGet();
      evaluated.incrementAndGet();
      return proposals;
    } catch (DefinitionException e) {
      refused.incrementAndGet();
      return null;
    }
  }

  @Property(tries = 300, seed = "603628")
  void truncatedDefinitionFilesAreRefused(@ForAll @IntRange(min = 0, max = 5) int seed,
      @ForAll @IntRange(min = 0, max = 9_999) int cut) throws IOException {
    String text = seedTexts.get(seed);
    String truncated = text.substring(0, (int) ((long) text.strip().length() * cut / 10_000));
    assertTrue(loadText(truncated) == null, "a truncated definition is refused");
  }

  @Property(tries = 300, seed = "114500")
  void corruptedDefinitionFilesAreReadOrRefused(@ForAll @IntRange(min = 0, max = 5) int seed,
      @ForAll @IntRange(min = 0, max = 9_999) int at,
      @ForAll("tokens") byte[] token, @ForAll @IntRange(min = 0, max = 3) int deleted) throws IOException {
    byte[] text = seedTexts.get(seed).getBytes(StandardCharsets.UTF_8);
    int i = (int) ((long) text.length * at / 10_000);
    int rest = Math.max(0, text.length - i - deleted);
    byte[] bytes = new byte[i + token.length + rest];
    System.arraycopy(text, 0, bytes, 0, i);
    System.arraycopy(token, 0, bytes, i, token.length);
    System.arraycopy(text, text.length - rest, bytes, i + token.length, rest);
    loadBytes(bytes);
  }

  @Provide
  Arbitrary<byte[]> tokens() {
    Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAE},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0});
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "9".repeat(400), "0x10",
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD800", "\u0000", "\uFEFF", "null", "true",
            "/*", "//", "'", "\"UA-99\"", "{\"polygon\":{}}", "{\"union\":[]}", "\uD83D"),
        Arbitraries.strings().ofMaxLength(4));
    return Arbitraries.oneOf(text.map(t -> t.getBytes(StandardCharsets.UTF_8)), invalidUtf8);
  }

  // --- Limits --------------------------------------------------------------------------------

  private static String definitionWith(String territory) {
    return "{\"id\":\"limit\",\"title\":\"T\",\"date\":\"2025-08-15\",\"summary\":\"S\",\"sources\":[],"
        + "\"layer\":\"2025-08-15\",\"unassigned\":\"ukraine\",\"assignments\":[{\"territory\":" + territory
        + ",\"party\":\"russia\",\"status\":\"frozen\"}]}";
  }

  /** A ring of n vertices on a circle around the grid's centre, closed, as GeoJSON text. */
  private static String circle(int n) {
    StringBuilder ring = new StringBuilder(n * 28);
    ring.append("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i <= n; i++) {
      double a = 2 * Math.PI * (i % n) / n;
      ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.9f,%.9f]",
          26.5 + 3 * Math.cos(a), 46.5 + 1.2 * Math.sin(a)));
    }
    return ring.append("]]}").toString();
  }

  @Example
  void aMillionVertexPolygonIsRefusedQuicklyWithADefinitionException() throws IOException {
    String text = definitionWith("{\"polygon\":" + circle(1_000_000) + "}");
    long start = System.nanoTime();
    Runtime.getRuntime().gc();
    DefinitionException e = assertThrows(DefinitionException.class, () -> reader.read(JSON.readTree(text), "big"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    tried.incrementAndGet();
    refused.incrementAndGet();
    System.out.printf(Locale.ROOT, "A 1,000,000-vertex polygon (%d MB of JSON) refused in %d ms: %s%n",
        text.length() >> 20, millis, e.getMessage());
    assertEquals("assignments[0].territory.polygon", e.field());
    assertTrue(e.getMessage().contains("at most " + ProposalReader.Limits.STORED.maxVertices()), e.getMessage());
  }

  @Example
  void thePolygonVertexLimitIsExact() throws IOException {
    int limit = ProposalReader.Limits.STORED.maxVertices();
    // A closed ring of n distinct vertices has n + 1 points.
    assertThrows(DefinitionException.class, () -> reader.read(JSON.readTree(definitionWith("{\"polygon\":"
        + circle(limit) + "}")), "limit"));
    Proposal proposal = reader.read(JSON.readTree(definitionWith("{\"polygon\":" + circle(limit - 1) + "}")), "limit");
    tried.addAndGet(2);
    assertEquals(1, proposal.assignments().size());
  }

  /** {@code {"union":[{"union":[ ... "UA-14" ... ]}]}}, {@code depth} levels. */
  private static String nested(int depth) {
    return "{\"union\":[".repeat(depth) + "\"UA-14\"" + "]}".repeat(depth);
  }

  @Example
  void nestingUpToTheLimitIsReadAndBeyondItRefused() throws IOException {
    int limit = ProposalReader.MAX_TERRITORY_DEPTH;
    // The territory itself is level 1: limit - 1 unions around a region code are `limit` levels.
    Proposal deep = reader.read(JSON.readTree(definitionWith(nested(limit - 1))), "deep");
    evaluate(deep);
    tried.incrementAndGet();
    for (int depth : new int[] {limit, 400}) {
      DefinitionException e = assertThrows(DefinitionException.class,
          () -> reader.read(JSON.readTree(definitionWith(nested(depth))), "deep"));
      assertTrue(e.getMessage().contains("nest"), e.getMessage());
      tried.incrementAndGet();
    }
    // Beyond Jackson's 1000 levels the file is refused as not valid JSON, not with a stack overflow.
    assertTrue(loadText(definitionWith(nested(600))) == null);
    assertTrue(loadText("[".repeat(100_000)) == null);
    assertTrue(loadText("{\"a\":".repeat(100_000)) == null);
  }

  @Example
  void aDeeplyNestedTreeBuiltInMemoryIsRefusedNotAStackOverflow() throws IOException {
    // No file can carry this (Jackson stops at 1000 levels), but the reader takes any JsonNode.
    JsonNode territory = NODES.textNode("UA-14");
    for (int i = 0; i < 20_000; i++) {
      ObjectNode union = NODES.objectNode();
      union.putArray("union").add(territory);
      territory = union;
    }
    JsonNode definition = JSON.readTree(definitionWith("\"UA-14\""));
    ((ObjectNode) definition.get("assignments").get(0)).set("territory", territory);
    tried.incrementAndGet();
    assertThrows(DefinitionException.class, () -> reader.read(definition, "deep"));
    refused.incrementAndGet();
  }

  @Example
  void nonFiniteAndHugeCoordinatesAreRefusedWithADefinitionException() throws IOException {
    List<String> rings = List.of(
        "[[[22,45],[23,45],[1e400,46],[22,45]]]",
        "[[[22,45],[23,45],[-1e400,46],[22,45]]]",
        "[[[22,45],[23,45],[1e308,46],[22,45]]]",
        "[[[22,45],[23,45],[23,46],[22,99999999999999999999999999999]]]",
        "[[[22,45],[23,45],[23,46],[22,0." + "0".repeat(500) + "1]]]",
        "[[[22,45],[23,45],[23,\"46\"],[22,45]]]",
        "[[[22,45],[23,45],[23],[22,45]]]",
        "[[[22,45],[23,45],[23,46,0,0,0],[22,45]]]",
        "[[[22,45],[23,45],[23,46],[22,45]],null]",
        "[[[22,45],[180.0000001,45],[23,46],[22,45]]]",
        "[[[22,45],[23,-90.0000001],[23,46],[22,45]]]",
        "[[[22,45],[23,45],[22,45]]]",
        "[[[22,45],[23,46],[22,46],[23,45],[22,45]]]",
        "[[[22,45],[22,45],[22,45],[22,45]]]",
        "[[]]", "[]", "{}", "null", "\"x\"", "[[[]]]", "[[[[22,45]]]]");
    for (String coordinates : rings) {
      for (String type : List.of("Polygon", "MultiPolygon")) {
        String text = definitionWith("{\"polygon\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}");
        JsonNode root;
        try {
          root = JSON.readTree(text);
        } catch (IOException e) {
          continue; // Not JSON; the file path refuses it (truncatedDefinitionFilesAreRefused).
        }
        readAndEvaluate(root);
      }
    }
    // Non-finite values can only come from a tree built in memory: JSON has no NaN or Infinity.
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      JsonNode root = JSON.readTree(definitionWith("{\"polygon\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[22,45],[23,45],[23,46],[22,45]]]}}"));
      ArrayNode vertex = (ArrayNode) root.at("/assignments/0/territory/polygon/coordinates/0/2");
      vertex.set(0, DoubleNode.valueOf(bad));
      tried.incrementAndGet();
      assertThrows(DefinitionException.class, () -> reader.read(root, "nan"));
      refused.incrementAndGet();
    }
  }
}
