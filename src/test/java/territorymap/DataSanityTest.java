package territorymap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.geo.GeoJsonException;

/**
 * Data files that would change the figures without a word stop the load, naming the file and
 * what is wrong: each made from the shipped data with one fault.
 */
class DataSanityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BOUNDARIES = Path.of("data/geojson/ukraine-oblasts.geojson");
  private static final Path LAYER = Path.of("data/geojson/control/2025-08-15-approximate.geojson");

  @TempDir Path dir;

  private static JsonNode feature(JsonNode collection, String code) {
    for (JsonNode f : collection.get("features")) {
      if (code.equals(f.path("id").asText())) {
        return f;
      }
    }
    throw new IllegalStateException(code);
  }

  /** Applies {@code change} to every [x, y] position of a geometry. */
  private static void positions(JsonNode node, java.util.function.Consumer<ArrayNode> change) {
    if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
      change.accept((ArrayNode) node);
    } else if (node.isContainerNode()) {
      node.forEach(child -> positions(child, change));
    }
  }

  private static void swapAxes(ArrayNode p) {
    JsonNode x = p.get(0);
    p.set(0, p.get(1));
    p.set(1, x);
  }

  private String message(String... args) {
    return assertThrows(RuntimeException.class, () -> TestData.load(args)).getMessage();
  }

  @Test
  void aBoundaryFileWithDonetskAndLuhanskSwappedStopsTheLoadNamingTheUnit() throws Exception {
    JsonNode collection = JSON.readTree(BOUNDARIES.toFile());
    ObjectNode donetsk = (ObjectNode) feature(collection, "UA-14");
    ObjectNode luhansk = (ObjectNode) feature(collection, "UA-09");
    JsonNode geometry = donetsk.get("geometry");
    donetsk.set("geometry", luhansk.get("geometry"));
    luhansk.set("geometry", geometry);
    Path file = dir.resolve("swapped.geojson");
    JSON.writeValue(file.toFile(), collection);
    String message = message("--boundaries", file.toString());
    assertTrue(message.contains("UA-09") || message.contains("UA-14"), message);
    assertTrue(message.contains("km from where"), message);
  }

  @Test
  void aUnitMovedByHalfADegreeStopsTheLoadNamingIt() throws Exception {
    JsonNode collection = JSON.readTree(BOUNDARIES.toFile());
    positions(feature(collection, "UA-05").get("geometry"), p -> p.set(0, DoubleNode.valueOf(p.get(0).asDouble() + 0.5)));
    Path file = dir.resolve("moved.geojson");
    JSON.writeValue(file.toFile(), collection);
    String message = message("--boundaries", file.toString());
    assertTrue(message.contains("UA-05 (Vinnytsia)"), message);
  }

  @Test
  void aLayerWithLatitudeAndLongitudeSwappedIsRefusedSayingSo() throws Exception {
    JsonNode layer = JSON.readTree(LAYER.toFile());
    ((ObjectNode) layer.get("features").get(0).get("properties")).remove("date");
    positions(layer.get("features").get(0).get("geometry"), DataSanityTest::swapAxes);
    Path file = dir.resolve("2025-09-01.geojson");
    JSON.writeValue(file.toFile(), layer);
    GeoJsonException e = assertThrows(GeoJsonException.class,
        () -> TestData.load("--control", "2025-09-01=" + file));
    assertTrue(e.getMessage().contains("swap"), e.getMessage());
  }

  @Test
  void aDatePropertyContradictingTheFileNameIsRefusedNamingBoth() throws Exception {
    ObjectNode layer = (ObjectNode) JSON.readTree(LAYER.toFile());
    ((ObjectNode) layer.get("features").get(0).get("properties")).put("date", "2025-09-03");
    Path file = dir.resolve("2025-09-02.geojson");
    JSON.writeValue(file.toFile(), layer);
    GeoJsonException e = assertThrows(GeoJsonException.class,
        () -> TestData.load("--control", "2025-09-02=" + file));
    assertTrue(e.getMessage().contains("2025-09-03") && e.getMessage().contains("2025-09-02"), e.getMessage());
  }

  @Test
  void twoOfTheUsersLayersWithOneDateStopTheLoadNamingBothFiles() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("layers"));
    JsonNode layer = JSON.readTree(LAYER.toFile());
    ((ObjectNode) layer.get("features").get(0).get("properties")).remove("date");
    JSON.writeValue(folder.resolve("a-2025-09-05.geojson").toFile(), layer);
    JSON.writeValue(folder.resolve("b-2025-09-05.geojson").toFile(), layer);
    String message = message("--control-dir", folder.toString());
    assertTrue(message.contains("a-2025-09-05.geojson") && message.contains("b-2025-09-05.geojson"), message);
    assertTrue(message.contains("--prefer-layer"), message);
  }

  @Test
  void aLayerFileThatIsNotJsonIsSkippedWithoutItsContentInTheMessage() throws Exception {
    Path file = dir.resolve("2025-09-06.geojson");
    Files.writeString(file, "root:x:0:0:secret\n");
    GeoJsonException e = assertThrows(GeoJsonException.class,
        () -> territorymap.geo.GeoJsonDocument.read(file));
    assertTrue(!e.getMessage().contains("root") && !e.getMessage().contains("secret"), e.getMessage());
  }
}
