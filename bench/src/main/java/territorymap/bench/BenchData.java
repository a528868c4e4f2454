package territorymap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import territorymap.geo.GeodesicArea;
import territorymap.figures.Allocation;
import territorymap.figures.AreaReport;
import territorymap.proposal.Party;
import territorymap.proposal.Proposal;
import territorymap.proposal.ProposalReader;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.OfficialRegions;

/**
 * The inputs the benchmarks share: a boundary file and a control layer (the shipped data, or the
 * high-resolution shared reference data), the seeded proposals, and one proposal with an explicit
 * polygon, read as the service reads them.
 */
public final class BenchData {

  /** Where the shared reference data is: -Dterritorymap.sharedData or ../shared/data. */
  public static Path sharedDir() {
    return Path.of(System.getProperty("territorymap.sharedData", "../shared/data"));
  }

  public final String name;
  public final Boundaries boundaries;
  public final ControlLayer layer;
  public final List<Proposal> seeded;
  public final Proposal polygonProposal;
  /**
   * A band proposal in the definition language: Ukraine withdraws 40 km from the whole line of
   * contact, the band demilitarized and its status undetermined.
   */
  static final String BAND_PROPOSAL = """
      {"version": 2, "id": "bench-band-40km", "title": {"en": "A 40 km band along the whole line"},
       "date": "2025-08-15", "summary": {"en": "Benchmark proposal with a band."}, "sources": [],
       "layer": "2025-08-15", "unassigned": "status-quo",
       "assignments": [{"territory": {"band": {"km": 40, "into": "held"}}, "holder": "undetermined",
                        "regime": "demilitarized", "recognition": "not-mentioned"}]}""";

  /** {@link #BAND_PROPOSAL}, read. */
  public final Proposal bandProposal;

  /** The partition, cut once, for the benchmarks that start from atoms. */
  public final Partition partition;

  private BenchData(String name, Path boundaryFile, Path layerFile) {
    this.name = name;
    this.boundaries = Boundaries.load(boundaryFile, OfficialRegions.official());
    this.layer = ControlLayerReader.read(layerFile, LocalDate.of(2025, 8, 15));
    ProposalReader reader = new ProposalReader(code -> boundaries.find(code).isPresent());
    // The seeds whose terms are whole atoms (regions and their sides): what "on atoms" measures;
    // bands, circles and polygons are overlay work, measured by their own benchmarks.
    this.seeded = reader.readFolder(Path.of("seeds/proposals")).stream()
        .filter(p -> !p.definition().matches(".*\"(band|circle|polygon)\".*")).toList();
    this.polygonProposal = reader.read(polygonProposalJson(), "bench");
    this.bandProposal = reader.read(BAND_PROPOSAL, "bench");
    this.partition = Partition.of(boundaries, layer);
  }

  /**
   * {@code shipped}: data/geojson/ukraine-oblasts.geojson with the shipped approximate layer;
   * {@code highres}: the shared geoBoundaries file with the DeepStateMap layer of 2025-08-15.
   */
  public static BenchData load(String name) {
    return switch (name) {
      case "shipped" -> new BenchData(name, Path.of("data/geojson/ukraine-oblasts.geojson"),
          Path.of("data/geojson/control/2025-08-15-approximate.geojson"));
      case "highres" -> {
        Path shared = sharedDir();
        Path boundaries = shared.resolve("boundaries/geoboundaries-ukr-adm1-land.geojson");
        Path layer = shared.resolve("control/deepstate-2025-08-15.geojson");
        if (!Files.isRegularFile(boundaries) || !Files.isRegularFile(layer)) {
          throw new IllegalStateException("shared reference data not found in " + shared
              + " (set -Dterritorymap.sharedData=DIR)");
        }
        yield new BenchData(name, boundaries, layer);
      }
      default -> throw new IllegalArgumentException("data set " + name + ": shipped or highres");
    };
  }

  public static boolean highResAvailable() {
    Path shared = sharedDir();
    return Files.isRegularFile(shared.resolve("boundaries/geoboundaries-ukr-adm1-land.geojson"))
        && Files.isRegularFile(shared.resolve("control/deepstate-2025-08-15.geojson"));
  }

  /**
   * A proposal with an explicit polygon: a demilitarized zone of 100 km around the Zaporizhzhia
   * nuclear power plant (Enerhodar, 47.51° N 34.59° E), a geodesic circle of 256 vertices. It cuts
   * the occupied and held parts of Zaporizhzhia, Dnipropetrovsk and Kherson oblasts, so it needs
   * overlay work on both sides of the line; the rest of the country stays as the layer has it.
   */
  public static String polygonProposalJson() {
    StringBuilder ring = new StringBuilder();
    int n = 256;
    for (int i = 0; i <= n; i++) {
      GeodesicData d = Geodesic.WGS84.Direct(47.51, 34.59, 360.0 * (i % n) / n, 100_000);
      ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.7f,%.7f]", d.lon2, d.lat2));
    }
    return "{\"id\":\"bench-znpp-zone\",\"title\":\"Demilitarized zone of 100 km around the Zaporizhzhia NPP\","
        + "\"date\":\"2025-08-15\",\"summary\":\"Benchmark proposal with an explicit polygon.\",\"sources\":[],"
        + "\"layer\":\"2025-08-15\",\"unassigned\":\"status-quo\",\"assignments\":[{\"territory\":{\"polygon\":"
        + "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}},\"party\":\"demilitarized\","
        + "\"status\":\"demilitarized\"}]}";
  }

  /** Evaluates every seeded proposal from scratch: the atoms, then each allocation and report. */
  public double seededFromScratch() {
    Partition fresh = Partition.of(boundaries, layer);
    return evaluate(fresh, seeded);
  }

  /** Evaluates every seeded proposal on the atoms already cut. */
  public double seededOnAtoms() {
    return evaluate(partition, seeded);
  }

  /** Evaluates the explicit-polygon proposal on the atoms already cut. */
  public double polygonOnAtoms() {
    return evaluate(partition, List.of(polygonProposal));
  }

  /**
   * Evaluates the band proposal on the atoms already cut, whose line of contact is traced once per
   * layer (as the service does): the geodesic buffer of the line, its cut by the atoms and their
   * areas, then the allocation and report.
   */
  public double bandOnAtoms() {
    return evaluate(partition, List.of(bandProposal));
  }

  /** The geodesic area of the whole coverage, region by region, m². */
  public double coverageM2() {
    double total = 0;
    for (Region region : boundaries.regions()) {
      total += GeodesicArea.ofM2(region.geometry());
    }
    return total;
  }

  static double evaluate(Partition partition, List<Proposal> proposals) {
    double sum = 0;
    for (Proposal proposal : proposals) {
      AreaReport report = AreaReport.of(Allocation.of(proposal, partition));
      sum += report.parties().get(Party.RUSSIA).km2();
    }
    return sum;
  }

  /** The first vertex count line for the summary: how big the data is. */
  public String describe() {
    long vertices = boundaries.regions().stream().mapToLong(r -> r.geometry().getNumPoints()).sum();
    return String.format(Locale.ROOT, "%s: %s (%,d vertices), layer %s (%,d vertices)", name, boundaries.source(),
        vertices, layer.source(), layer.geometry().getNumPoints());
  }
}
