package territorymap.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.Geometries;
import territorymap.territory.Atlas;
import territorymap.territory.Partition;

/**
 * The catalogue of proposals and everything computed from them: allocations, area reports and
 * map features per proposal and control layer, each computed once and then served from memory.
 *
 * <p>Seeded definitions are read and checked when the catalogue loads: a definition that cannot
 * be read, names an unknown region or layer, or whose assignments overlap on its own layer stops
 * the load with a {@link DefinitionException} naming the file and the field.
 */
public final class Proposals {

  /** Decimal places of coordinates in map GeoJSON: 5 places is about 1 m. */
  static final int MAP_DECIMALS = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Atlas atlas;
  private final Map<String, Proposal> byId;
  private final Map<Key, Allocation> allocations = new ConcurrentHashMap<>();
  private final Map<Key, AreaReport> reports = new ConcurrentHashMap<>();
  private final Map<Key, JsonNode> features = new ConcurrentHashMap<>();
  private final Map<java.time.LocalDate, AreaReport> layerReports = new ConcurrentHashMap<>();

  private record Key(String id, java.time.LocalDate layer) {}

  private Proposals(Atlas atlas, Map<String, Proposal> byId) {
    this.atlas = atlas;
    this.byId = byId;
  }

  /** Reads every {@code *.json} definition in a folder, checks it, and computes its report. */
  public static Proposals load(Path folder, Atlas atlas) {
    ProposalReader reader = new ProposalReader(code -> atlas.boundaries().find(code).isPresent());
    Map<String, Proposal> byId = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list proposal definitions in " + folder, e);
    }
    for (Path file : files) {
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new DefinitionException(file.toString(), "$", "not valid JSON: " + e.getMessage());
      }
      Proposal proposal = reader.read(root, file.toString());
      if (byId.containsKey(proposal.id())) {
        throw new DefinitionException(file.toString(), "id", "\"" + proposal.id() + "\" is used twice");
      }
      if (!atlas.hasLayer(proposal.layer())) {
        throw new DefinitionException(file.toString(), "layer", "no control layer for " + proposal.layer()
            + "; layers: " + atlas.dates());
      }
      byId.put(proposal.id(), proposal);
    }
    Proposals proposals = new Proposals(atlas, byId);
    byId.values().parallelStream().forEach(p -> proposals.report(p.id(), null));
    return proposals;
  }

  public Atlas atlas() {
    return atlas;
  }

  /** All proposals, in file-name order. */
  public Collection<Proposal> all() {
    return byId.values();
  }

  public Optional<Proposal> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @throws UnknownProposalException if there is no such proposal */
  public Proposal get(String id) {
    return find(id).orElseThrow(() -> new UnknownProposalException(id));
  }

  /**
   * The proposal evaluated on a layer.
   *
   * @param layer {@code YYYY-MM-DD}, {@code latest}, or {@code null} for the proposal's own layer
   */
  public Allocation allocation(String id, String layer) {
    Proposal proposal = get(id);
    Partition partition = atlas.partition(layer == null ? proposal.layer().toString() : layer);
    return allocations.computeIfAbsent(new Key(id, partition.layer().date()),
        key -> Allocation.of(proposal, partition));
  }

  /** The area report of a proposal on a layer (see {@link #allocation}). */
  public AreaReport report(String id, String layer) {
    Allocation allocation = allocation(id, layer);
    return reports.computeIfAbsent(new Key(id, allocation.partition().layer().date()),
        key -> AreaReport.of(allocation));
  }

  /**
   * The proposal as a GeoJSON FeatureCollection for a map: one feature per share (party and
   * status), dissolved, with its area in its properties.
   */
  public JsonNode features(String id, String layer) {
    Allocation allocation = allocation(id, layer);
    return features.computeIfAbsent(new Key(id, allocation.partition().layer().date()),
        key -> featureCollection(allocation, report(id, layer)));
  }

  private static JsonNode featureCollection(Allocation allocation, AreaReport report) {
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
          Geometries.union(Geometries.polygonsOf(share.territory().geometry())), MAP_DECIMALS));
    }
    return collection;
  }

  /**
   * The control layer itself as a report: the proposal that changes nothing, so that
   * {@code parties.russia} is the occupied territory.
   *
   * @param layer {@code YYYY-MM-DD} or {@code latest}
   */
  public AreaReport layerReport(String layer) {
    Partition partition = atlas.partition(layer);
    java.time.LocalDate date = partition.layer().date();
    return layerReports.computeIfAbsent(date, d -> AreaReport.of(Allocation.of(new Proposal(
        "layer-" + d, "Control on " + d, d, "The control layer as it is.", List.of(), d,
        UnassignedRule.STATUS_QUO, List.of(), null), partition)));
  }

  /** The comparison of two or three proposals on one layer (each on its own layer if null). */
  public Comparison compare(List<String> ids, String layer) {
    List<Allocation> list = new ArrayList<>();
    for (String id : ids) {
      list.add(allocation(id, layer == null ? get(ids.get(0)).layer().toString() : layer));
    }
    return Comparison.of(list, list.stream().map(a -> report(a.proposal().id(), a.partition().layer().date().toString())).toList());
  }
}
