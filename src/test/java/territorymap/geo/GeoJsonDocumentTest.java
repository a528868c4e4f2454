package territorymap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<GeoJsonFeature> read(String json) throws Exception {
    return GeoJsonDocument.features(JSON.readTree(json), "test.geojson");
  }

  @Test
  void aLegacyCrsMemberIsAcceptedAndPropertiesAreKept() throws Exception {
    List<GeoJsonFeature> features = read("""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
         "features":[{"type":"Feature","id":"UA-14","properties":{"name":"Donetsk"},
           "geometry":{"type":"Polygon","coordinates":[[[37,47],[38,47],[38,48],[37,48],[37,47]]]}}]}""");
    assertEquals(1, features.size());
    assertEquals("UA-14", features.get(0).id());
    assertEquals("Donetsk", features.get(0).text("name"));
    assertEquals("Polygon", features.get(0).geometry().getGeometryType());
  }

  @Test
  void coordinatesOutOfRangeAreRefusedNamingTheFeature() {
    GeoJsonException e = assertThrows(GeoJsonException.class, () -> read("""
        {"type":"Feature","id":"x","properties":{},
         "geometry":{"type":"Polygon","coordinates":[[[37,47],[238,47],[38,48],[37,47]]]}}"""));
    assertTrue(e.getMessage().contains("feature 0 (id x)"), e.getMessage());
    assertTrue(e.fault().contains("outside longitude"), e.fault());
  }

  @Test
  void somethingThatIsNotGeoJsonIsRefused() {
    assertThrows(GeoJsonException.class, () -> read("{\"hello\": 1}"));
    assertThrows(GeoJsonException.class, () -> read("{\"type\":\"FeatureCollection\"}"));
  }
}
