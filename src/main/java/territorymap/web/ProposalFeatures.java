package territorymap.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return GeoJson.collection(features);
  }
}
