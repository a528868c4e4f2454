package territorymap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.union.UnionStrategy;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import territorymap.TestData;
import territorymap.figures.Allocation;
import territorymap.figures.Evaluations;
import territorymap.geo.Crossings;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.Geometries;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.ProposalReader;
import territorymap.territory.Atom;
import territorymap.territory.DisplayDetail;
import territorymap.territory.LayerRef;
import territorymap.territory.Partition;
import territorymap.territory.Territory;

/**
 * The longest single uninterruptible step of a preview, for the costliest inputs within the
 * preview's limits, on the shipped data: each step of the preview's path (reading with its repair,
 * each atom's overlay, the allocation, the dissolve of each share for the map) timed on its own,
 * best of a few runs after a warm-up. Not JMH: what matters here is the longest single step against
 * the compute deadline, which JMH's averages hide.
 *
 * <p>Run: {@code bench/preview-cost.sh [part of an input's name]}. Prints one line per input, its
 * steps in ms, and a line with each share's dissolve.
 */
public final class PreviewCost {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RUNS = 3;

  public static void main(String[] args) throws Exception {
    Evaluations evaluations = TestData.shipped();
    ProposalReader reader = evaluations.catalogue().reader();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("zigzag 100", Worst.zigzag(100));
    inputs.put("zigzag 400", Worst.zigzag(400));
    inputs.put("triangles 199", Worst.triangles(199));
    inputs.put("box with 1,999 holes", Worst.holes(1999));
    inputs.put("ring of 9,999 round the country", Worst.ring(9999));
    inputs.put("comb of 1,249 teeth", Worst.comb(1249));
    inputs.put("comb of 2,499 teeth", Worst.comb(2499));
    inputs.put("199 strips of 50", Worst.strips(199, 49));
    inputs.put("10 overlapping rounds of 999", Worst.boxes(10, 999));
    inputs.put("one small triangle (baseline)", Worst.triangles(1));
    System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s %9s %9s %9s %9s%n", "input (ms, best of " + RUNS + ")",
        "read", "fix", "reduce", "atom max", "atoms", "allocate", "check", "dissolve");
    for (Map.Entry<String, String> input : inputs.entrySet()) {
      if (args.length > 0 && !input.getKey().contains(args[0])) {
        continue;
      }
      measure(input.getKey(), JSON.readTree(input.getValue()), reader, evaluations);
    }
  }

  private static void measure(String name, JsonNode body, ProposalReader reader, Evaluations evaluations) {
    ProposalReader.Reading reading;
    try {
      reading = reader.readWithPolygons(body, "bench", ProposalReader.Limits.PREVIEW);
    } catch (DefinitionException e) {
      System.out.printf(Locale.ROOT, "%-34s refused: %s%n", name, e.getMessage());
      return;
    }
    JsonNode polygonJson = body.get("assignments").get(0).get("territory").get("polygon");
    Geometry raw = GeoJsonDocument.geometry(polygonJson, "bench", "polygon");
    Partition partition = evaluations.atlas().partition(LayerRef.own(), reading.proposal().layer());
    MultiPolygon polygon = reading.polygons().get(0).geometry();
    double read = best(() -> reader.readWithPolygons(body, "bench", ProposalReader.Limits.PREVIEW));
    double fix = raw.isValid() ? 0 : best(() -> GeometryFixer.fix(raw));
    double reduce = best(() -> GeometryPrecisionReducer.reduce(raw.isValid() ? raw : GeometryFixer.fix(raw),
        Geometries.OVERLAY_PRECISION));
    double[] atomMax = {0};
    double atoms = best(() -> {
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
      for (Atom atom : partition.atoms()) {
        MultiPolygon geometry = partition.geometry(atom);
        if (prepared.intersects(geometry) && !prepared.covers(geometry)) {
          long t = System.nanoTime();
          Geometries.intersection(geometry, polygon);
          atomMax[0] = Math.max(atomMax[0], (System.nanoTime() - t) / 1e6);
        }
      }
      return null;
    });
    double allocate = best(() -> Allocation.of(reading.proposal(), partition));
    double check = best(() -> evaluations.check(reading));
    Allocation allocation = Allocation.of(reading.proposal(), partition);
    double dissolve = 0;
    double stepMax = 0;
    StringBuilder shares = new StringBuilder();
    for (Allocation.Share share : allocation.shares()) {
      double one = best(() -> share.territory().dissolvedDisplayGeometry(DisplayDetail.MEDIUM));
      double[] step = {0};
      UnaryUnionOp op = new UnaryUnionOp(new ArrayList<Geometry>(
          Geometries.polygonsOf(share.territory().displayGeometry(DisplayDetail.MEDIUM))), Geometries.FACTORY);
      op.setUnionFunction(new UnionStrategy() {
        @Override
        public Geometry union(Geometry a, Geometry b) {
          long t = System.nanoTime();
          Geometry union = OverlayNG.overlay(a, b, OverlayNG.UNION, Geometries.OVERLAY_PRECISION);
          step[0] = Math.max(step[0], (System.nanoTime() - t) / 1e6);
          return union;
        }

        @Override
        public boolean isFloatingPrecision() {
          return false;
        }
      });
      double overlayUnion = best(op::union);
      shares.append(String.format(Locale.ROOT, " %s/%s %d atoms: %.0f ms (as one overlay union %.0f, its"
          + " longest pairwise step %.0f);", share.holder().id(), share.terms().recognition().id(), share.territory().atoms().size(),
          one, overlayUnion, step[0]));
      dissolve = Math.max(dissolve, one);
      stepMax = Math.max(stepMax, step[0]);
    }
    System.out.printf(Locale.ROOT, "%-34s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, read, fix,
        reduce, atomMax[0], atoms, allocate, check, dissolve);
    System.out.println("   dissolve per share:" + shares);
  }

  /** The shortest of a warm-up and {@link #RUNS} runs, ms. */
  private static double best(Supplier<?> work) {
    work.get();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      work.get();
      best = Math.min(best, (System.nanoTime() - t) / 1e6);
    }
    return best;
  }

  /** Definitions at the preview's limits, as a hostile client would draw them (lon/lat degrees). */
  static final class Worst {
    private Worst() {}

    /** A ring zigzagging between 46° and 51° N from 23° to 39° E, closed straight back: self-crossing. */
    static String zigzag(int vertices) {
      List<double[]> ring = new ArrayList<>();
      for (int i = 0; i < vertices - 1; i++) {
        ring.add(new double[] {23 + 16.0 * i / (vertices - 2), i % 2 == 0 ? 46 : 51});
      }
      return polygon(List.of(closed(ring)));
    }

    /** Triangles of 0.02° on a grid over the country, one part each. */
    static String triangles(int count) {
      List<List<List<double[]>>> parts = new ArrayList<>();
      int columns = (int) Math.ceil(Math.sqrt(count * 2.5));
      for (int i = 0; i < count; i++) {
        double x = 23 + 16.0 * (i % columns) / columns;
        double y = 46 + 5.0 * (i / columns) / Math.ceil((double) count / columns);
        parts.add(List.of(closed(List.of(new double[] {x, y}, new double[] {x + 0.02, y}, new double[] {x, y + 0.02}))));
      }
      return multi(parts);
    }

    /** A box over the country with small square holes on a grid (holes are not parts). */
    static String holes(int count) {
      List<List<double[]>> rings = new ArrayList<>();
      rings.add(closed(List.of(new double[] {22, 44}, new double[] {41, 44}, new double[] {41, 53},
          new double[] {22, 53})));
      int columns = (int) Math.ceil(Math.sqrt(count * 2));
      for (int i = 0; i < count; i++) {
        double x = 23 + 16.0 * (i % columns) / columns;
        double y = 45 + 7.0 * (i / columns) / Math.ceil((double) count / columns);
        rings.add(closed(List.of(new double[] {x, y}, new double[] {x, y + 0.01}, new double[] {x + 0.01, y + 0.01},
            new double[] {x + 0.01, y})));
      }
      return polygon(rings);
    }

    /** A wiggly ring round the whole country: every atom is cut by a ring of {@code vertices}. */
    static String ring(int vertices) {
      List<double[]> ring = new ArrayList<>();
      for (int i = 0; i < vertices - 1; i++) {
        double a = 2 * Math.PI * i / (vertices - 1);
        double r = (i % 2 == 0 ? 1 : 0.97);
        ring.add(new double[] {31 + 9.5 * r * Math.cos(a), 48.5 + 4.5 * r * Math.sin(a)});
      }
      return polygon(List.of(closed(ring)));
    }

    /** A valid comb: teeth from 45° to 52° N, a spine along 44.5°, across the country. */
    static String comb(int teeth) {
      List<double[]> ring = new ArrayList<>();
      double w = 17.0 / teeth;
      for (int i = 0; i < teeth; i++) {
        double x = 22.5 + i * w;
        ring.add(new double[] {x, 52});
        ring.add(new double[] {x + w / 2, 52});
        ring.add(new double[] {x + w / 2, 45});
        ring.add(new double[] {x + w, 45});
      }
      ring.add(new double[] {22.5 + 17, 44.5});
      ring.add(new double[] {22.5, 44.5});
      List<double[]> reversed = new ArrayList<>(ring);
      java.util.Collections.reverse(reversed);
      return polygon(List.of(closed(reversed)));
    }

    /** Thin wiggly strips from west to east, each crossing many oblasts. */
    static String strips(int count, int vertices) {
      List<List<List<double[]>>> parts = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        double y = 44.5 + 8.0 * s / count;
        double h = 8.0 / count / 2;
        List<double[]> ring = new ArrayList<>();
        int half = vertices / 2;
        for (int i = 0; i < half; i++) {
          ring.add(new double[] {22 + 18.0 * i / (half - 1), y + (i % 2) * h / 4});
        }
        for (int i = half - 1; i >= 0; i--) {
          ring.add(new double[] {22 + 18.0 * i / (half - 1), y + h + (i % 2) * h / 4});
        }
        parts.add(List.of(closed(ring)));
      }
      return multi(parts);
    }

    /** Overlapping boxes (invalid as a MultiPolygon: repaired by a union), each over much of the country. */
    static String boxes(int count, int vertices) {
      List<List<List<double[]>>> parts = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        double x0 = 22 + 8.0 * s / count;
        double y0 = 44 + 4.0 * ((s * 7) % count) / count;
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
          double a = 2 * Math.PI * i / vertices;
          ring.add(new double[] {x0 + 5 + 5 * Math.cos(a), y0 + 2.5 + 2.5 * Math.sin(a)});
        }
        parts.add(List.of(closed(ring)));
      }
      return multi(parts);
    }

    private static List<double[]> closed(List<double[]> ring) {
      List<double[]> closed = new ArrayList<>(ring);
      closed.add(ring.get(0));
      return closed;
    }

    private static String polygon(List<List<double[]>> rings) {
      return definition("{\"type\": \"Polygon\", \"coordinates\": " + rings(rings) + "}");
    }

    private static String multi(List<List<List<double[]>>> parts) {
      return definition("{\"type\": \"MultiPolygon\", \"coordinates\": ["
          + String.join(",", parts.stream().map(Worst::rings).toList()) + "]}");
    }

    private static String rings(List<List<double[]>> rings) {
      return "[" + String.join(",", rings.stream().map(ring -> "[" + String.join(",", ring.stream()
          .map(p -> String.format(Locale.ROOT, "[%.5f,%.5f]", p[0], p[1])).toList()) + "]").toList()) + "]";
    }

    static String definition(String polygon) {
      return """
          {"id": "worst", "title": "Worst", "date": "2026-11-28", "summary": "Costly to evaluate.",
           "sources": [], "layer": "2025-08-15", "unassigned": "ukraine",
           "assignments": [{"territory": {"polygon": %s}, "party": "russia", "status": "de-facto"}]}
          """.formatted(polygon);
    }
  }
}
