package territorymap.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonFeature;
import territorymap.geo.GeodesicArea;
import territorymap.figures.Allocation;
import territorymap.proposal.Proposal;
import territorymap.territory.Atom;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;
import territorymap.territory.TerritoryExpression;

/**
 * The project's evaluation against PostGIS doing the same work, in one run, on the same inputs.
 *
 * <p>Like with like: PostGIS gets the geometries exactly as the project holds them (regions after
 * repair and snapping to the 1e-7° grid, the dissolved layer, the atoms, the zone polygon), as WKB,
 * and overlays with {@code gridSize => 1e-7}, which is the snap-rounding OverlayNG the project
 * uses (GEOS ≥ 3.9 is JTS's OverlayNG ported). Areas on both sides are ellipsoidal WGS84:
 * {@code ST_Area(geography)} and GeographicLib. Also untimed, for honesty: PostGIS's default
 * floating-precision overlay on the raw input files, against the project's figures.
 *
 * <p>Usage: {@code PostgisComparison JDBC_URL [repeats]}. Prints times (median of the repeats,
 * after as many warm-ups and at least 3 s of them), the ratios project/PostGIS, and the largest relative area differences.
 */
public final class PostgisComparison {

  private static final double TOLERANCE = 1e-6;
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final WKBWriter WKB = new WKBWriter(2, true);

  private PostgisComparison() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> sets = new ArrayList<>(List.of("shipped"));
    if (BenchData.highResAvailable()) {
      sets.add("highres");
    } else {
      System.out.println("shared reference data not found in " + BenchData.sharedDir() + ": shipped data only");
    }
    boolean allAgree = true;
    List<String> summary = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url)) {
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
          "SELECT 'PostGIS ' || postgis_lib_version() || ', GEOS ' || postgis_geos_version(), version()")) {
        r.next();
        System.out.println(r.getString(1));
        System.out.println("PostgreSQL: " + r.getString(2));
      }
      for (String set : sets) {
        allAgree &= compare(db, BenchData.load(set), repeats, summary);
      }
    }
    System.out.println();
    System.out.println("Summary (time ratio project/PostGIS: below 1 means the project is faster)");
    summary.forEach(System.out::println);
    System.out.println("areas agree within " + TOLERANCE + " relative (like with like): " + (allAgree ? "yes" : "NO"));
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores; project and PostgreSQL on"
        + " the same machine, one PostgreSQL backend (single-threaded), median of " + repeats + " runs (3 × for the"
        + " faster operations) after at least as many warm-ups and 3 s");
    if (!allAgree) {
      System.exit(1);
    }
  }

  private static boolean compare(Connection db, BenchData data, int repeats, List<String> summary) throws Exception {
    System.out.println();
    System.out.println("== " + data.describe());
    Partition partition = data.partition;
    load(db, data);

    // 1. Every seeded proposal from scratch: cut the atoms, sum them per proposal and party.
    Map<String, Double> ours = new LinkedHashMap<>();
    for (Proposal proposal : data.seeded) {
      Allocation allocation = Allocation.of(proposal, partition);
      for (Allocation.Share share : allocation.shares()) {
        ours.merge(proposal.id() + " " + share.holder().id(), share.territory().areaM2(), Double::sum);
      }
    }
    String seededSql = """
        WITH cut AS MATERIALIZED (
          SELECT r.code, 'OCCUPIED' AS side, CASE WHEN r.geom && l.geom
              THEN ST_Area(ST_Intersection(r.geom, l.geom, 1e-7)::geography) ELSE 0 END AS m2
          FROM regions r, layer l
          UNION ALL
          SELECT r.code, 'HELD', CASE WHEN r.geom && l.geom
              THEN ST_Area(ST_Difference(r.geom, l.geom, 1e-7)::geography) ELSE ST_Area(r.geom::geography) END
          FROM regions r, layer l)
        SELECT pa.proposal || ' ' || pa.party, sum(c.m2) FROM proposal_atoms pa JOIN cut c USING (code, side)
        GROUP BY 1 ORDER BY 1""";
    Map<String, Double> theirs = query(db, seededSql);
    double seededDiff = maxRelative(ours, theirs, "seeded proposals, by proposal and party");
    double projectAll = median(repeats, data::seededFromScratch);
    ForkJoinPool one = new ForkJoinPool(1);
    double projectOne = median(repeats, () -> one.submit(data::seededFromScratch).get());
    one.shutdown();
    double postgis = median(repeats, () -> query(db, seededSql).size());
    report(summary, data.name, "six seeded proposals from scratch (atoms cut)", projectOne, postgis, seededDiff,
        String.format(Locale.ROOT, "; on %d cores the project takes %.1f ms, ratio %.2f",
            Runtime.getRuntime().availableProcessors(), projectAll, projectAll / postgis));

    // The atoms themselves, region by region.
    Map<String, Double> atomsOurs = new LinkedHashMap<>();
    for (Region region : data.boundaries.regions()) {
      for (Side side : Side.values()) {
        atomsOurs.put(region.code() + " " + side, partition.areaM2(new Atom(region.code(), side)));
      }
    }
    Map<String, Double> atomsTheirs = query(db, seededSql.substring(0, seededSql.indexOf("SELECT pa.proposal"))
        + "SELECT code || ' ' || side, m2 FROM cut");
    double atomDiff = maxRelativeOf(atomsOurs, atomsTheirs, data.boundaries.regions().stream()
        .mapToDouble(Region::areaM2).min().orElse(1), "atoms");
    System.out.printf(Locale.ROOT, "   atoms: largest difference %.2e of the smallest region's area%n", atomDiff);

    // 2. The explicit-polygon proposal on atoms already cut (their areas cached, as the project has them).
    Proposal zone = data.polygonProposal;
    Allocation allocation = Allocation.of(zone, partition);
    Map<String, Double> zoneOurs = new LinkedHashMap<>();
    for (Allocation.Share share : allocation.shares()) {
      zoneOurs.merge(share.holder().id(), share.territory().areaM2(), Double::sum);
    }
    String zoneSql = """
        WITH parts AS MATERIALIZED (
          SELECT a.side,
            CASE WHEN NOT ST_Intersects(a.geom, z.geom) THEN 0 WHEN ST_Covers(z.geom, a.geom) THEN a.m2
                 ELSE ST_Area(ST_Intersection(a.geom, z.geom, 1e-7)::geography) END AS inside,
            CASE WHEN NOT ST_Intersects(a.geom, z.geom) THEN a.m2 WHEN ST_Covers(z.geom, a.geom) THEN 0
                 ELSE ST_Area(ST_Difference(a.geom, z.geom, 1e-7)::geography) END AS outside
          FROM atoms a, zone z)
        SELECT 'undetermined', sum(inside) FROM parts
        UNION ALL SELECT 'russia', sum(outside) FROM parts WHERE side = 'OCCUPIED'
        UNION ALL SELECT 'ukraine', sum(outside) FROM parts WHERE side = 'HELD'""";
    Map<String, Double> zoneTheirs = query(db, zoneSql);
    double zoneDiff = maxRelative(zoneOurs, zoneTheirs, "explicit-polygon proposal, by party");
    // The service overlays the atoms a polygon cuts in parallel; one PostgreSQL backend runs on one
    // core. Both are timed: the project on one thread, and on every core as the service runs it.
    ForkJoinPool oneThread = new ForkJoinPool(1);
    double projectZoneOne = median(repeats * 3, () -> oneThread.submit(data::polygonOnAtoms).get());
    oneThread.shutdown();
    double projectZone = median(repeats * 3, data::polygonOnAtoms);
    double postgisZone = median(repeats * 3, () -> query(db, zoneSql).size());
    report(summary, data.name, "explicit-polygon proposal on atoms", projectZoneOne, postgisZone, zoneDiff,
        target(projectZoneOne, projectZone, postgisZone));
    // The same proposal in SQL the way the project evaluates it: the rest of a cut atom is its
    // cached area less the piece's, with no difference overlay.
    String zoneSubtractSql = """
        WITH parts AS MATERIALIZED (
          SELECT a.side, a.m2,
            CASE WHEN NOT ST_Intersects(a.geom, z.geom) THEN 0 WHEN ST_Covers(z.geom, a.geom) THEN a.m2
                 ELSE ST_Area(ST_Intersection(a.geom, z.geom, 1e-7)::geography) END AS inside
          FROM atoms a, zone z)
        SELECT 'undetermined', sum(inside) FROM parts
        UNION ALL SELECT 'russia', sum(m2 - inside) FROM parts WHERE side = 'OCCUPIED'
        UNION ALL SELECT 'ukraine', sum(m2 - inside) FROM parts WHERE side = 'HELD'""";
    double zoneSubtractDiff = maxRelativeQuiet(zoneOurs, query(db, zoneSubtractSql));
    double postgisSubtract = median(repeats * 3, () -> query(db, zoneSubtractSql).size());
    report(summary, data.name, "  the same, SQL also subtracting (no ST_Difference)", projectZoneOne, postgisSubtract,
        zoneSubtractDiff, target(projectZoneOne, projectZone, postgisSubtract));
    // PostgreSQL's own parallel query on the subtracting SQL, as one statement that workers can
    // share: one atom per page, so that a parallel scan has pages to hand out.
    String zoneParallelSql = """
        SELECT v.party, v.m2 FROM (
          SELECT sum(inside) AS inside, sum(m2 - inside) FILTER (WHERE side = 'OCCUPIED') AS occupied,
                 sum(m2 - inside) FILTER (WHERE side = 'HELD') AS held
          FROM (SELECT a.side, a.m2,
              CASE WHEN NOT ST_Intersects(a.geom, z.geom) THEN 0 WHEN ST_Covers(z.geom, a.geom) THEN a.m2
                   ELSE ST_Area(ST_Intersection(a.geom, z.geom, 1e-7)::geography) END AS inside
            FROM atoms_spread a, zone z) parts) t,
          LATERAL (VALUES ('undetermined', t.inside), ('russia', t.occupied), ('ukraine', t.held)) v(party, m2)""";
    int cores = Runtime.getRuntime().availableProcessors();
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS atoms_spread");
      s.execute("CREATE TABLE atoms_spread (code text, side text, m2 float8, geom geometry(Geometry, 4326),"
          + " filler text)");
      s.execute("ALTER TABLE atoms_spread ALTER COLUMN geom SET STORAGE EXTERNAL");
      // 5 KB kept in line and uncompressed: one row per 8 KB page.
      s.execute("ALTER TABLE atoms_spread ALTER COLUMN filler SET STORAGE PLAIN");
      s.execute("INSERT INTO atoms_spread SELECT code, side, m2, geom, repeat('x', 5000) FROM atoms");
      s.execute("ANALYZE atoms_spread");
      s.execute("SET max_parallel_workers_per_gather = " + cores);
      s.execute("SET parallel_setup_cost = 0");
      s.execute("SET parallel_tuple_cost = 0");
      s.execute("SET min_parallel_table_scan_size = 0");
    }
    String workers = launchedWorkers(db, zoneParallelSql);
    double zoneParallelDiff = maxRelativeQuiet(zoneOurs, query(db, zoneParallelSql));
    double postgisParallel = median(repeats * 3, () -> query(db, zoneParallelSql).size());
    try (Statement s = db.createStatement()) {
      s.execute("RESET ALL");
    }
    report(summary, data.name, "  the same, PostgreSQL parallel query (" + workers + ")", projectZoneOne,
        postgisParallel, zoneParallelDiff, target(projectZoneOne, projectZone, postgisParallel));

    // 3. The geodesic area of the whole coverage.
    String coverageSql = "SELECT 'total', sum(ST_Area(geom::geography)) FROM regions";
    double coverageDiff = maxRelative(Map.of("total", data.coverageM2()), query(db, coverageSql), "coverage area");
    double projectCoverage = median(repeats * 3, data::coverageM2);
    double postgisCoverage = median(repeats * 3, () -> query(db, coverageSql).size());
    report(summary, data.name, "geodesic area of the coverage", projectCoverage, postgisCoverage, coverageDiff, "");

    // Untimed: PostGIS's default floating overlay of the raw files, against the project's figures.
    Map<String, Double> rawCoverage = query(db, "SELECT 'total', sum(ST_Area(geom::geography)) FROM raw_regions");
    Map<String, Double> rawSeeded = query(db, seededSql.replace("FROM regions r, layer l", "FROM raw_regions r, raw_layer l")
        .replace(", 1e-7)", ")"));
    double rawCoverageDiff = relative(data.coverageM2(), rawCoverage.get("total"));
    double rawSeededDiff = maxRelativeQuiet(ours, rawSeeded);
    String raw = String.format(Locale.ROOT, "   unlike with unlike (raw files, ST_MakeValid, floating overlay):"
        + " coverage differs by %.2e, seeded proposals by up to %.2e relative", rawCoverageDiff, rawSeededDiff);
    System.out.println(raw);
    summary.add(raw);
    return seededDiff <= TOLERANCE && zoneDiff <= TOLERANCE && coverageDiff <= TOLERANCE;
  }

  /** The target (project at least 2× faster) on one thread and on every core. */
  private static String target(double projectOne, double projectAll, double postgis) {
    return String.format(Locale.ROOT, "; on %d cores the project takes %.2f ms, ratio %.2f; target ≥ 2× (ratio ≤ 0.5)"
        + " on one thread: %s, on every core: %s", Runtime.getRuntime().availableProcessors(), projectAll,
        projectAll / postgis, projectOne / postgis <= 0.5 ? "met" : "not met", projectAll / postgis <= 0.5 ? "met" : "not met");
  }

  /** How many parallel workers PostgreSQL planned and launched for a query, from EXPLAIN ANALYZE. */
  private static String launchedWorkers(Connection db, String sql) throws SQLException {
    String planned = "0";
    String launched = "0";
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
      while (r.next()) {
        String line = r.getString(1).trim();
        if (line.startsWith("Workers Planned:")) {
          planned = line.substring("Workers Planned:".length()).trim();
        } else if (line.startsWith("Workers Launched:")) {
          launched = line.substring("Workers Launched:".length()).trim();
        }
      }
    }
    return launched + " of " + planned + " workers launched";
  }

  private static void report(List<String> summary, String set, String what, double project, double postgis,
      double difference, String extra) {
    String line = String.format(Locale.ROOT, "%-8s %-52s project %9.2f ms  PostGIS %9.2f ms  ratio %5.2f"
        + "  max rel. area difference %.1e%s", set, what, project, postgis, project / postgis, difference, extra);
    System.out.println(line);
    summary.add(line);
  }

  /** Loads the project's geometries (and, for the raw comparison, the files as they are). */
  private static void load(Connection db, BenchData data) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS regions, layer, atoms, zone, proposal_atoms, raw_regions, raw_layer");
      s.execute("CREATE TABLE regions (code text PRIMARY KEY, geom geometry(MultiPolygon, 4326))");
      s.execute("CREATE TABLE layer (geom geometry(Geometry, 4326))");
      s.execute("CREATE TABLE atoms (code text, side text, m2 float8, geom geometry(Geometry, 4326))");
      s.execute("CREATE TABLE zone (geom geometry(Geometry, 4326))");
      s.execute("CREATE TABLE proposal_atoms (proposal text, party text, code text, side text)");
      s.execute("CREATE TABLE raw_regions (code text, geom geometry(Geometry, 4326))");
      s.execute("CREATE TABLE raw_layer (geom geometry(Geometry, 4326))");
      // Uncompressed out-of-line storage: reading a geometry costs no decompression.
      for (String table : List.of("regions", "layer", "atoms", "zone", "raw_regions", "raw_layer")) {
        s.execute("ALTER TABLE " + table + " ALTER COLUMN geom SET STORAGE EXTERNAL");
      }
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO regions VALUES (?, ST_GeomFromWKB(?, 4326))")) {
      for (Region region : data.boundaries.regions()) {
        p.setString(1, region.code());
        p.setBytes(2, WKB.write(region.geometry()));
        p.addBatch();
      }
      p.executeBatch();
    }
    insertOne(db, "INSERT INTO layer VALUES (ST_GeomFromWKB(?, 4326))", data.layer.geometry());
    try (PreparedStatement p = db.prepareStatement("INSERT INTO atoms VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326))")) {
      for (Atom atom : data.partition.atoms()) {
        p.setString(1, atom.code());
        p.setString(2, atom.side().name());
        p.setDouble(3, data.partition.areaM2(atom));
        p.setBytes(4, WKB.write(data.partition.geometry(atom)));
        p.addBatch();
      }
      p.executeBatch();
    }
    TerritoryExpression.Shape polygon = (TerritoryExpression.Shape) data.polygonProposal.assignments().get(0).territory();
    insertOne(db, "INSERT INTO zone VALUES (ST_GeomFromWKB(?, 4326))", polygon.geometry());
    try (PreparedStatement p = db.prepareStatement("INSERT INTO proposal_atoms VALUES (?, ?, ?, ?)")) {
      for (Proposal proposal : data.seeded) {
        for (Allocation.Share share : Allocation.of(proposal, data.partition).shares()) {
          for (Atom atom : share.territory().atoms()) {
            p.setString(1, proposal.id());
            p.setString(2, share.holder().id());
            p.setString(3, atom.code());
            p.setString(4, atom.side().name());
            p.addBatch();
          }
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO raw_regions VALUES (?, ST_MakeValid(ST_GeomFromWKB(?, 4326)))")) {
      for (GeoJsonFeature feature : GeoJsonDocument.read(java.nio.file.Path.of(data.boundaries.source()))) {
        String code = feature.id() != null && feature.id().startsWith("UA-") ? feature.id() : feature.text("iso");
        p.setString(1, code);
        p.setBytes(2, WKB.write(feature.geometry()));
        p.addBatch();
      }
      p.executeBatch();
    }
    List<Geometry> layerParts = new ArrayList<>();
    for (GeoJsonFeature feature : GeoJsonDocument.read(java.nio.file.Path.of(layerFile(data)))) {
      if (feature.geometry() != null) {
        layerParts.add(feature.geometry());
      }
    }
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO raw_layer SELECT ST_Union(ST_MakeValid(ST_GeomFromWKB(g, 4326))) FROM unnest(?::bytea[]) g")) {
      p.setArray(1, db.createArrayOf("bytea", layerParts.stream().map(WKB::write).toArray(byte[][]::new)));
      p.execute();
    }
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private static String layerFile(BenchData data) {
    return data.name.equals("shipped") ? "data/geojson/control/2025-08-15-approximate.geojson"
        : BenchData.sharedDir().resolve("control/deepstate-2025-08-15.geojson").toString();
  }

  private static void insertOne(Connection db, String sql, Geometry geometry) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setBytes(1, WKB.write(geometry));
      p.execute();
    }
  }

  private static Map<String, Double> query(Connection db, String sql) throws SQLException {
    Map<String, Double> result = new LinkedHashMap<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        result.put(r.getString(1), r.getDouble(2));
      }
    }
    return result;
  }

  private static double relative(double a, double b) {
    return a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  private static double maxRelative(Map<String, Double> ours, Map<String, Double> theirs, String what) {
    double max = maxRelativeQuiet(ours, theirs);
    System.out.printf(Locale.ROOT, "   %s: %d figures, largest relative difference %.2e%n", what, ours.size(), max);
    return max;
  }

  private static double maxRelativeQuiet(Map<String, Double> ours, Map<String, Double> theirs) {
    double max = 0;
    for (Map.Entry<String, Double> e : ours.entrySet()) {
      Double other = theirs.get(e.getKey());
      if (other == null) {
        if (e.getValue() > 1) {
          throw new IllegalStateException("PostGIS has no figure for " + e.getKey());
        }
        continue;
      }
      max = Math.max(max, relative(e.getValue(), other));
    }
    return max;
  }

  /** The largest absolute difference over the figures, as a fraction of {@code scale}. */
  private static double maxRelativeOf(Map<String, Double> ours, Map<String, Double> theirs, double scale, String what) {
    double max = 0;
    for (Map.Entry<String, Double> e : ours.entrySet()) {
      max = Math.max(max, Math.abs(e.getValue() - theirs.getOrDefault(e.getKey(), 0.0)) / scale);
    }
    return max;
  }

  /**
   * Median wall time of {@code n} runs, ms, after warming up for {@code n} runs and at least
   * {@link #WARM_UP_NANOS} (the JIT compiles the project's code only after thousands of calls).
   */
  private static double median(int n, Callable<?> work) throws Exception {
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    for (int i = 0; i < n || System.nanoTime() < warmUpEnd; i++) {
      work.call();
    }
    double[] times = new double[n];
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      work.call();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  }
}
