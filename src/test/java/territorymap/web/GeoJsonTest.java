package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

  @Test
  void writtenGeometryIsCounterClockwiseWithoutCrs() throws Exception {
    var clockwise = new org.locationtech.jts.io.WKTReader().read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))");
    var json = GeoJson.geometry(clockwise);
    assertTrue(!json.has("crs"));
    assertEquals("[[[0,0],[1,0],[1,1],[0,1],[0,0]]]", json.get("coordinates").toString().replace(".0", ""));
  }

  @Test
  void aCollectionHasItsFeaturesInOrderWithIdsAndProperties() throws Exception {
    var square = new org.locationtech.jts.io.WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    var collection = GeoJson.collection(List.of(new GeoJson.Feature("UA-14", Map.of("code", "UA-14"), square),
        new GeoJson.Feature(null, Map.of("km2", 1.5), square)));
    assertEquals("FeatureCollection", collection.get("type").asText());
    assertEquals("UA-14", collection.at("/features/0/id").asText());
    assertEquals("UA-14", collection.at("/features/0/properties/code").asText());
    assertTrue(!collection.at("/features/1").has("id"));
    assertEquals(1.5, collection.at("/features/1/properties/km2").asDouble());
  }
}
