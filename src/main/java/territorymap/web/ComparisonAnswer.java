package territorymap.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import territorymap.figures.PeopleReport;
import territorymap.figures.Comparison;
import territorymap.figures.Figure;
import territorymap.geo.Geometries;
import territorymap.proposal.Party;
import territorymap.territory.DisplayDetail;

/**
 * A comparison as {@code GET /compare} and {@code compare --json} answer it: the reports, and for
 * each proposal after the first its {@code differences} from the first, with the territory given
 * differently as a FeatureCollection for a map.
 */
public record ComparisonAnswer(List<String> ids, List<AreaAnswer> reports, List<Difference> differences) {

  /**
   * Where one proposal parts from the first.
   *
   * @param geojson the transfers as a FeatureCollection, at {@link DisplayDetail#MEDIUM}
   */
  public record Difference(String from, String to, Figure total, Map<Party, Figure> parties,
      List<Transfer> transfers, List<Comparison.RegionDivergence> regions, JsonNode geojson) {}

  /** Territory given to {@code fromParty} by the first proposal and {@code toParty} by the other. */
  public record Transfer(Party fromParty, Party toParty, Figure area) {}

  /**
   * The answer of a comparison.
   *
   * @param people the pre-war population, estimate, of each proposal, in the comparison's order
   */
  public static ComparisonAnswer of(Comparison comparison, List<PeopleReport> people) {
    List<AreaAnswer> reports = new ArrayList<>();
    for (int i = 0; i < comparison.reports().size(); i++) {
      reports.add(new AreaAnswer(comparison.reports().get(i), people.get(i)));
    }
    return new ComparisonAnswer(comparison.ids(), reports,
        comparison.divergences().stream().map(ComparisonAnswer::difference).toList());
  }

  private static Difference difference(Comparison.Divergence d) {
    List<GeoJson.Feature> features = d.transfers().stream().map(t -> {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("fromParty", t.fromParty().id());
      properties.put("toParty", t.toParty().id());
      properties.put("km2", t.area().km2());
      properties.put("officialKm2", t.area().officialKm2());
      return new GeoJson.Feature(null, properties,
          Geometries.union(Geometries.polygonsOf(t.territory().displayGeometry(DisplayDetail.MEDIUM))));
    }).toList();
    return new Difference(d.from(), d.to(), d.total(), d.parties(),
        d.transfers().stream().map(t -> new Transfer(t.fromParty(), t.toParty(), t.area())).toList(),
        d.regions(), GeoJson.collection(features));
  }
}
