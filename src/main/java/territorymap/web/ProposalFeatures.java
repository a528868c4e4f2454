package territorymap.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ObjectNode;
import territorymap.figures.AreaReport;
import territorymap.proposal.Text;
import territorymap.figures.Allocation;
import territorymap.figures.Figure;
import territorymap.territory.DisplayDetail;

/**
 * A proposal's allocation as a GeoJSON FeatureCollection for a map: one feature per share (party
 * and status), dissolved, with its area, the layer and whether the layer is approximate. The
 * {@code assignment} property is the index of the assignment the share comes from, or -1 for
 * territory no assignment names.
 */
final class ProposalFeatures {

  private ProposalFeatures() {}

  static JsonNode of(Allocation allocation, DisplayDetail detail) {
    List<GeoJson.Feature> features = allocation.shares().stream().map(share -> {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("party", share.holder().id());
      if (share.terms().thirdParty() != null) {
        properties.put("thirdParty", share.terms().thirdParty());
      }
      properties.put("regime", share.terms().regime().id());
      properties.put("recognition", share.terms().recognition().id());
      properties.put("assignment", Json.assignmentIndex(share.origin()));
      if (share.origin() instanceof Allocation.Origin.Assigned assigned) {
        Text note = allocation.proposal().assignments().get(assigned.index()).note();
        if (note != null) {
          properties.put("note", note);
        }
      }
      Figure area = allocation.area(share);
      properties.put("km2", area.km2());
      properties.put("officialKm2", area.officialKm2());
      properties.put("layer", allocation.partition().layer().date().toString());
      properties.put("approximate", allocation.partition().layer().approximate());
      return new GeoJson.Feature(null, properties, share.territory().dissolvedDisplayGeometry(detail));
    }).toList();
    ObjectNode collection = GeoJson.collection(features);
    collection.set("metadata", Json.MAPPER.valueToTree(Metadata.of(allocation)));
    return collection;
  }

  /**
   * What the figures rest on, as a foreign member of the collection (RFC 7946 §6.1), the same as the
   * CSV's metadata block: a file saved from the API still says where its numbers come from.
   *
   * @param layer the control layer: date, name, source, and whether it is approximate
   * @param boundaries the boundary data
   * @param basis what {@code km2} and {@code officialKm2} mean
   * @param simplified that the geometry is simplified for display and its areas are the exact ones'
   */
  record Metadata(String proposal, Text title, AreaReport.LayerInfo layer, String boundaries, Map<String, String> basis,
      String simplified) {
    static Metadata of(Allocation allocation) {
      var partition = allocation.partition();
      return new Metadata(allocation.proposal().id(), allocation.proposal().title(),
          AreaReport.LayerInfo.of(partition),
          partition.boundaries().source(),
          Map.of("km2", "geodesic area on the WGS 84 ellipsoid, km²",
              "officialKm2", "each region's parts scaled to its official area (State Statistics Service of Ukraine), km²"),
          "geometry simplified for display; areas are those of the full geometry");
    }
  }
}
