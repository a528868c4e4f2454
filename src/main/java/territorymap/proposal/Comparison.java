package territorymap.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.Geometries;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.Detail;
import territorymap.territory.Region;
import territorymap.territory.Territory;

/**
 * Two or three proposals side by side on one control layer: their reports, and for each one after
 * the first, the territory it gives to a different party than the first does.
 *
 * @param ids the proposals compared, the first being the baseline
 * @param reports their area reports, in the same order
 * @param differences one per proposal after the first, against the first
 */
public record Comparison(List<String> ids, List<AreaReport> reports, List<Difference> differences) {

  /**
   * How proposal {@code to} differs from proposal {@code from}.
   *
   * @param total all territory the two give to different parties
   * @param parties for each party, its area under {@code to} minus its area under {@code from}
   * @param transfers territory given to party {@code fromParty} by the first and {@code toParty} by
   *     the second, for every pair of parties with any
   * @param regions the differing area per region, where there is any
   * @param geojson the transfers as a FeatureCollection for a map
   */
  public record Difference(String from, String to, Figure total, Map<String, Figure> parties,
      List<Transfer> transfers, List<RegionDifference> regions, JsonNode geojson) {}

  /** Territory that goes to {@code fromParty} under one proposal and {@code toParty} under the other. */
  public record Transfer(Party fromParty, Party toParty, Figure area) {}

  /** A region's territory assigned differently. */
  public record RegionDifference(String code, String name, String nameUk, Figure area) {}

  public Comparison {
    ids = List.copyOf(ids);
    reports = List.copyOf(reports);
    differences = List.copyOf(differences);
  }

  /** Compares allocations made on one partition; the first is the baseline. */
  static Comparison of(List<Allocation> allocations, List<AreaReport> reports) {
    Allocation base = allocations.get(0);
    List<Difference> differences = new ArrayList<>();
    for (int i = 1; i < allocations.size(); i++) {
      differences.add(difference(base, allocations.get(i)));
    }
    return new Comparison(allocations.stream().map(a -> a.proposal().id()).toList(), reports, differences);
  }

  private static Difference difference(Allocation a, Allocation b) {
    Boundaries boundaries = a.partition().boundaries();
    List<Transfer> transfers = new ArrayList<>();
    List<Territory> moved = new ArrayList<>();
    ObjectNode collection = JsonNodeFactory.instance.objectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Party fromParty : Party.values()) {
      for (Party toParty : Party.values()) {
        if (fromParty == toParty) {
          continue;
        }
        Territory territory = territoryOf(a, fromParty).intersection(territoryOf(b, toParty));
        if (territory.isEmpty()) {
          continue;
        }
        Figure area = Measure.of(List.of(territory), boundaries).figure(boundaries);
        transfers.add(new Transfer(fromParty, toParty, area));
        moved.add(territory);
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        ObjectNode properties = feature.putObject("properties");
        properties.put("fromParty", fromParty.id());
        properties.put("toParty", toParty.id());
        properties.put("km2", area.km2());
        properties.put("officialKm2", area.officialKm2());
        feature.set("geometry", GeoJsonDocument.toJson(
            Geometries.union(Geometries.polygonsOf(territory.displayGeometry(Detail.MEDIUM))), ProposalFeatures.MAP_DECIMALS));
      }
    }
    Map<String, Figure> parties = new LinkedHashMap<>();
    for (Party party : Party.values()) {
      // From unrounded areas, so that one party's gain mirrors the other's loss exactly.
      Measure x = Measure.of(List.of(territoryOf(a, party)), boundaries);
      Measure y = Measure.of(List.of(territoryOf(b, party)), boundaries);
      parties.put(party.id(), y.minus(x).figure(boundaries));
    }
    List<RegionDifference> regions = new ArrayList<>();
    for (Region region : boundaries.regions()) {
      List<Territory> inRegion = moved.stream().map(t -> onlyRegion(t, region.code())).toList();
      Figure area = Measure.of(inRegion, boundaries).figure(boundaries);
      if (area.km2() > 0) {
        regions.add(new RegionDifference(region.code(), region.unit().name(), region.unit().nameUk(), area));
      }
    }
    return new Difference(a.proposal().id(), b.proposal().id(), Measure.of(moved, boundaries).figure(boundaries), parties,
        transfers, regions, collection);
  }

  private static Territory territoryOf(Allocation allocation, Party party) {
    Territory result = Territory.ofAtoms(allocation.partition(), List.of());
    for (Allocation.Share share : allocation.shares()) {
      if (share.party() == party) {
        result = result.union(share.territory());
      }
    }
    return result;
  }

  private static Territory onlyRegion(Territory territory, String code) {
    List<Atom> atoms = territory.atoms().stream().filter(atom -> atom.code().equals(code)).toList();
    return territory.intersection(Territory.ofAtoms(territory.partition(), atoms));
  }
}
