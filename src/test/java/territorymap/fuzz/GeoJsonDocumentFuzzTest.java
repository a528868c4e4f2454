package territorymap.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonException;
import territorymap.geo.GeoJsonFeature;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.territory.GridFixture;
import territorymap.territory.OfficialRegions;

/**
 * Fuzzes the GeoJSON readers: {@link GeoJsonDocument#features} on arbitrary JSON and on
 * GeoJSON-shaped documents with odd members and coordinates, {@link GeoJsonDocument#read} on
 * truncated and corrupted files, and the two readers built on it ({@link ControlLayerReader},
 * {@link Boundaries#load}) on fuzzed files. The contract: a result, or a {@link GeoJsonException};
 * nothing else. Seeds are fixed.
 */
@net.jqwik.api.Tag("slow")
class GeoJsonDocumentFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Path dir;
  static Boundaries grid;
  static String gridText;
  static String layerText;

  static final AtomicInteger tried = new AtomicInteger();
  static final AtomicInteger accepted = new AtomicInteger();
  static final AtomicInteger refused = new AtomicInteger();

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("territorymap-fuzz-geojson");
    grid = GridFixture.boundaries(dir);
    gridText = Files.readString(dir.resolve("grid.geojson"));
    layerText = Files.readString(Path.of("data/geojson/control/2025-08-15-approximate.geojson"));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    System.out.printf(Locale.ROOT, "GeoJSON fuzz: %d inputs tried: %d accepted, %d refused with a GeoJsonException%n",
        tried.get(), accepted.get(), refused.get());
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Runs a read that may only fail with a GeoJsonException naming the source. */
  static <T> T readOrRefuse(java.util.function.Supplier<T> read) {
    tried.incrementAndGet();
    try {
      T result = read.get();
      accepted.incrementAndGet();
      return result;
    } catch (GeoJsonException e) {
      refused.incrementAndGet();
      assertTrue(e.source() != null && !e.fault().isBlank(), "a refusal says what is wrong: " + e);
      return null;
    }
  }

  @Property(tries = 500, seed = "4326")
  void arbitraryJsonGivesFeaturesOrAGeoJsonException(@ForAll("anyJson") JsonNode root) {
    readOrRefuse(() -> GeoJsonDocument.features(root, "fuzz"));
  }

  @Property(tries = 500, seed = "7946")
  void geoJsonShapedDocumentsGiveFeaturesOrAGeoJsonException(@ForAll("documents") JsonNode root) {
    List<GeoJsonFeature> features = readOrRefuse(() -> GeoJsonDocument.features(root, "fuzz"));
    if (features != null) {
      for (GeoJsonFeature feature : features) {
        if (feature.geometry() != null) {
          for (var c : feature.geometry().getCoordinates()) {
            assertTrue(Double.isFinite(c.x) && Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90, "coordinates checked");
          }
        }
      }
    }
  }

  @Property(tries = 300, seed = "2025")
  void fuzzedControlLayerFilesAreReadOrRefused(@ForAll("documents") JsonNode root) throws IOException {
    Path file = dir.resolve("2025-08-15-fuzz.geojson");
    Files.write(file, JSON.writeValueAsBytes(root));
    ControlLayer layer = readOrRefuse(() -> ControlLayerReader.read(file, null));
    if (layer != null) {
      assertTrue(layer.date().equals(LocalDate.of(2025, 8, 15)));
      assertTrue(layer.geometry().isValid() && !layer.geometry().isEmpty(), "a layer is valid polygonal geometry");
      // The layer cuts the grid into atoms without failing.
      tried.incrementAndGet();
      territorymap.territory.Partition.of(grid, layer);
      accepted.incrementAndGet();
    }
  }

  @Property(tries = 150, seed = "27")
  void mutatedBoundaryFilesAreLoadedOrRefused(@ForAll("mutations") List<ProposalReaderFuzzTest.Mutation> mutations)
      throws IOException {
    JsonNode root = JSON.readTree(gridText);
    for (ProposalReaderFuzzTest.Mutation mutation : mutations) {
      root = ProposalReaderFuzzTest.apply(root, mutation);
    }
    Path file = dir.resolve("mutated.geojson");
    Files.write(file, JSON.writeValueAsBytes(root));
    readOrRefuse(() -> Boundaries.load(file, OfficialRegions.official()));
  }

  @Property(tries = 300, seed = "5641")
  void truncatedAndCorruptedFilesAreRefusedOrRead(@ForAll @IntRange(min = 0, max = 9_999) int at,
      @ForAll @IntRange(min = 0, max = 2) int kind, @ForAll("bytes") byte[] token) throws IOException {
    byte[] text = layerText.getBytes(StandardCharsets.UTF_8);
    int i = (int) ((long) text.length * at / 10_000);
    byte[] bytes;
    if (kind == 0) {
      bytes = java.util.Arrays.copyOf(text, i);
    } else {
      bytes = new byte[text.length + token.length];
      System.arraycopy(text, 0, bytes, 0, i);
      System.arraycopy(token, 0, bytes, i, token.length);
      System.arraycopy(text, i, bytes, i + token.length, text.length - i);
    }
    Path file = dir.resolve("2025-09-01-corrupt.geojson");
    Files.write(file, bytes);
    List<GeoJsonFeature> features = readOrRefuse(() -> GeoJsonDocument.read(file));
    if (kind == 0) {
      assertTrue(features == null, "a truncated file is refused");
    }
    if (kind == 2) {
      readOrRefuse(() -> ControlLayerReader.read(file, null));
    }
  }

  @Example
  void nonFiniteCoordinatesBuiltInMemoryAreRefused() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1e308, 180.0000001}) {
      ObjectNode polygon = (ObjectNode) JsonArbitraries.geometry("Polygon", JsonArbitraries.array(List.of(
          JsonArbitraries.array(List.of(point(22, 45), point(23, 45), point(bad, 46), point(22, 45))))));
      tried.incrementAndGet();
      assertThrows(GeoJsonException.class, () -> GeoJsonDocument.features(polygon, "nan"));
      refused.incrementAndGet();
    }
  }

  @Example
  void missingUnreadableAndEmptyFilesAreGeoJsonExceptions() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.geojson"), "");
    for (Path file : List.of(dir.resolve("absent.geojson"), dir, empty)) {
      tried.incrementAndGet();
      assertThrows(GeoJsonException.class, () -> GeoJsonDocument.read(file), file.toString());
      refused.incrementAndGet();
    }
  }

  private static ArrayNode point(double x, double y) {
    return JsonArbitraries.array(List.of(DoubleNode.valueOf(x), DoubleNode.valueOf(y)));
  }

  @Provide
  Arbitrary<JsonNode> anyJson() {
    return JsonArbitraries.json();
  }

  @Provide
  Arbitrary<List<ProposalReaderFuzzTest.Mutation>> mutations() {
    Arbitrary<JsonNode> value = Arbitraries.oneOf(JsonArbitraries.leaf(), JsonArbitraries.geometry(),
        JsonArbitraries.json());
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 100_000),
            value, JsonArbitraries.key())
        .as(ProposalReaderFuzzTest.Mutation::new).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.of("NaN", "Infinity", "1e400", "-1e400", "{", "]", ",", "\"", "\\uD800", "null", "\u0000", "[[")
            .map(t -> t.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4));
  }

  /** A FeatureCollection, a Feature or a bare geometry, with odd ids, properties and members. */
  @Provide
  Arbitrary<JsonNode> documents() {
    Arbitrary<JsonNode> id = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(JsonArbitraries.CODES).map(c -> (JsonNode) TextNode.valueOf(c))),
        Tuple.of(1, JsonArbitraries.leaf()),
        Tuple.of(1, JsonArbitraries.json()));
    Arbitrary<JsonNode> properties = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("2025-08-15", "2025-13-45", "", "approximate").map(d -> {
          ObjectNode p = NODES.objectNode();
          p.put("date", d);
          p.put("approximate", d.equals("approximate"));
          p.put("source", "fuzz");
          return (JsonNode) p;
        })),
        Tuple.of(1, JsonArbitraries.json()));
    Arbitrary<JsonNode> geometry = Arbitraries.frequencyOf(Tuple.of(12, JsonArbitraries.geometry()),
        Tuple.of(1, Arbitraries.just(0).map(x -> (JsonNode) NODES.nullNode())),
        Tuple.of(1, JsonArbitraries.json()));
    Arbitrary<JsonNode> feature = Combinators.combine(id, properties, geometry, Arbitraries.integers().between(0, 12))
        .as((theId, props, geom, odd) -> {
          ObjectNode f = NODES.objectNode();
          f.put("type", odd == 0 ? "feature" : "Feature");
          if (odd != 1) {
            f.set("id", theId);
          }
          if (odd != 2) {
            f.set("properties", props);
          }
          if (odd != 3) {
            f.set("geometry", geom);
          }
          return (JsonNode) f;
        });
    Arbitrary<JsonNode> collection = Combinators.combine(feature.list().ofMaxSize(5), Arbitraries.integers().between(0, 10))
        .as((features, odd) -> {
          ObjectNode c = NODES.objectNode();
          c.put("type", "FeatureCollection");
          if (odd == 0) {
            c.putObject("features");
          } else if (odd != 1) {
            c.set("features", JsonArbitraries.array(features));
          }
          if (odd == 2) {
            c.putObject("crs").put("type", "name").putObject("properties").put("name", "EPSG:3857");
          }
          return (JsonNode) c;
        });
    return Arbitraries.frequencyOf(Tuple.of(6, collection), Tuple.of(2, feature), Tuple.of(2, JsonArbitraries.geometry()));
  }
}
