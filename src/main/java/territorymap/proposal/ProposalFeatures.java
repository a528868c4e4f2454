package territorymap.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.Geometries;
import territorymap.territory.Detail;

/**
 * A proposal's allocation as a GeoJSON FeatureCollection for a map: one feature per share (party
 * and status), dissolved, with its area, the layer and whether the layer is approximate.
 */
final class ProposalFeatures {

  /** Decimal places of coordinates in map GeoJSON: 5 places is about 1 m. */
  static final int MAP_DECIMALS = 5;

  private ProposalFeatures() {}

  static JsonNode of(Allocation allocation, AreaReport report, Detail detail) {
    ObjectNode collection = JsonNodeFactory.instance.objectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode list = collection.putArray("features");
    for (int i = 0; i < allocation.shares().size(); i++) {
      Allocation.Share share = allocation.shares().get(i);
      ObjectNode feature = list.addObject();
      feature.put("type", "Feature");
      ObjectNode properties = feature.putObject("properties");
      properties.put("party", share.party().id());
      properties.put("status", share.status().id());
      properties.put("assignment", share.assignment());
      if (share.assignment() >= 0) {
        String note = allocation.proposal().assignments().get(share.assignment()).note();
        if (note != null) {
          properties.put("note", note);
        }
      }
      Figure area = report.shares().get(i).area();
      properties.put("km2", area.km2());
      properties.put("officialKm2", area.officialKm2());
      properties.put("layer", allocation.partition().layer().date().toString());
      properties.put("approximate", allocation.partition().layer().approximate());
      feature.set("geometry", GeoJsonDocument.toJson(
          Geometries.union(Geometries.polygonsOf(share.territory().displayGeometry(detail))), MAP_DECIMALS));
    }
    return collection;
  }
}
