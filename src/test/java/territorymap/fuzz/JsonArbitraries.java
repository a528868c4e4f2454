package territorymap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import territorymap.territory.OfficialRegion;
import territorymap.territory.OfficialRegions;

/**
 * Generators of hostile JSON for the parsers: arbitrary JSON, GeoJSON geometries with odd
 * coordinates, and proposal definitions drawn from the definition grammar with wrong turns in it.
 * Every node is generated fresh, so callers may mutate what they get.
 */
final class JsonArbitraries {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The 27 unit codes, in code order. */
  static final List<String> CODES = OfficialRegions.official().all().stream().map(OfficialRegion::code).toList();

  static final List<String> KEYS = List.of("id", "title", "date", "summary", "sources", "layer",
      "unassigned", "assignments", "territory", "party", "status", "note", "region", "occupied", "held",
      "polygon", "union", "intersection", "difference", "type", "coordinates", "features", "geometry",
      "geometries", "properties", "crs", "publisher", "url", "", "__proto__", "\u0000", "ключ", "😀");

  static final List<String> ODD_TEXT = List.of("", " ", "all", "latest", "UA-00", "ua-14", " UA-14",
      "UA-14\u0000", "UA\u201114", "\u202eUA-14", "UA-14\u200b", "2025-08-15", "2025-02-30", "+999999999-12-31",
      "99999999999-01-01", "NaN", "Infinity", "-0", "1e400", "Polygon", "MultiPolygon", "FeatureCollection",
      "Feature", "\uD800", "\uDFFF\uD800", "𝕌𝔸-𝟙𝟜", "../../etc/passwd", "%2e%2e", "null", "true",
      "x".repeat(300), "russia", "ukraine", "demilitarized", "de-jure", "status-quo", "https://", "javascript:");

  /** Numbers where parsers and geometry code tend to break. */
  static final List<Double> ODD_NUMBERS = List.of(0.0, -0.0, 180.0, -180.0, 90.0, -90.0, 180.0000001,
      -90.0000001, 1e308, -1e308, Double.MAX_VALUE, Double.MIN_VALUE, 1e-320, 4.9e-324, 36.0, 48.0,
      29.5, 29.50000001, 29.49999999, 1e7, -1e7, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY);

  private JsonArbitraries() {}

  /** Any JSON value, up to four levels of containers. */
  static Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(JsonArbitraries::leaf, JsonArbitraries::container, 0, 4);
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<JsonNode> leaf() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) TextNode.valueOf(s))),
        Tuple.of(3, Arbitraries.of(ODD_TEXT).map(s -> (JsonNode) TextNode.valueOf(s))),
        Tuple.of(2, Arbitraries.of(CODES).map(s -> (JsonNode) TextNode.valueOf(s))),
        Tuple.of(2, Arbitraries.doubles().map(d -> (JsonNode) DoubleNode.valueOf(d))),
        Tuple.of(2, Arbitraries.of(ODD_NUMBERS).map(d -> (JsonNode) DoubleNode.valueOf(d))),
        Tuple.of(1, Arbitraries.longs().map(l -> (JsonNode) LongNode.valueOf(l))),
        Tuple.of(1, Arbitraries.of(new BigInteger("9".repeat(40)), BigInteger.ONE.shiftLeft(200).negate())
            .map(b -> (JsonNode) BigIntegerNode.valueOf(b))),
        Tuple.of(1, Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400"),
            new BigDecimal("0." + "0".repeat(400) + "1")).map(b -> (JsonNode) DecimalNode.valueOf(b))),
        Tuple.of(1, Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b))),
        Tuple.of(1, Arbitraries.just(0).map(x -> (JsonNode) NODES.nullNode())));
  }

  private static Arbitrary<JsonNode> container(Arbitrary<JsonNode> inner) {
    Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(JsonArbitraries::array);
    Arbitrary<JsonNode> object = Combinators.combine(key().list().ofMaxSize(4), inner.list().ofSize(4))
        .as((keys, values) -> {
          ObjectNode node = NODES.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            node.set(keys.get(i), values.get(i));
          }
          return (JsonNode) node;
        });
    return Arbitraries.oneOf(array, object);
  }

  static Arbitrary<String> key() {
    return Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().ofMaxLength(6));
  }

  static ArrayNode array(List<? extends JsonNode> items) {
    ArrayNode node = NODES.arrayNode();
    items.forEach(node::add);
    return node;
  }

  /** A coordinate: mostly over the synthetic grid (lon 22-31, lat 45-48), sometimes anywhere. */
  static Arbitrary<Double> lon() {
    return Arbitraries.frequencyOf(
        Tuple.of(24, Arbitraries.doubles().between(21, 32).map(d -> Math.round(d * 20) / 20.0)),
        Tuple.of(12, Arbitraries.doubles().between(21, 32)),
        Tuple.of(1, Arbitraries.of(ODD_NUMBERS)));
  }

  static Arbitrary<Double> lat() {
    return Arbitraries.frequencyOf(
        Tuple.of(24, Arbitraries.doubles().between(44, 49).map(d -> Math.round(d * 20) / 20.0)),
        Tuple.of(12, Arbitraries.doubles().between(44, 49)),
        Tuple.of(1, Arbitraries.of(ODD_NUMBERS)));
  }

  /** One position: usually [lon, lat], sometimes with too few, too many or non-numeric members. */
  static Arbitrary<JsonNode> position() {
    Arbitrary<JsonNode> good = Combinators.combine(lon(), lat()).as((x, y) -> (JsonNode) array(List.of(
        DoubleNode.valueOf(x), DoubleNode.valueOf(y))));
    return Arbitraries.frequencyOf(Tuple.of(100, good),
        Tuple.of(1, lon().list().ofMaxSize(4).map(l -> (JsonNode) array(l.stream().map(DoubleNode::valueOf).toList()))),
        Tuple.of(1, leaf()));
  }

  /** A ring: a box on the grid, a closed random ring, or an open, short or junk one. */
  static Arbitrary<JsonNode> ring() {
    Arbitrary<JsonNode> box = Combinators.combine(
            Arbitraries.integers().between(21 * 4, 32 * 4), Arbitraries.integers().between(44 * 4, 49 * 4),
            Arbitraries.integers().between(1, 16), Arbitraries.integers().between(1, 16), Arbitraries.of(true, false))
        .as((x, y, w, h, ccw) -> {
          double x0 = x / 4.0;
          double y0 = y / 4.0;
          double x1 = x0 + w / 4.0;
          double y1 = y0 + h / 4.0;
          double[][] points = ccw
              ? new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
              : new double[][] {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
          ArrayNode ring = NODES.arrayNode();
          for (double[] p : points) {
            ring.add(array(List.of(DoubleNode.valueOf(p[0]), DoubleNode.valueOf(p[1]))));
          }
          return (JsonNode) ring;
        });
    Arbitrary<JsonNode> closed = position().list().ofMinSize(3).ofMaxSize(12).map(points -> {
      ArrayNode ring = array(points);
      ring.add(points.get(0).deepCopy());
      return (JsonNode) ring;
    });
    Arbitrary<JsonNode> open = position().list().ofMaxSize(6).map(JsonArbitraries::array);
    return Arbitraries.frequencyOf(Tuple.of(12, box), Tuple.of(6, closed), Tuple.of(1, open));
  }

  /** A GeoJSON geometry object, usually a Polygon or MultiPolygon, with odd ones among them. */
  static Arbitrary<JsonNode> geometry() {
    Arbitrary<JsonNode> polygon = ring().list().ofMinSize(1).ofMaxSize(3).map(rings -> geometry("Polygon", array(rings)));
    Arbitrary<JsonNode> multi = ring().list().ofMinSize(1).ofMaxSize(2).list().ofMaxSize(3)
        .map(polygons -> geometry("MultiPolygon", array(polygons.stream().map(JsonArbitraries::array).toList())));
    Arbitrary<JsonNode> odd = Combinators.combine(
            Arbitraries.of("Point", "LineString", "MultiPoint", "GeometryCollection", "Polygon", "MultiPolygon",
                "polygon", "Feature", ""),
            Arbitraries.oneOf(position(), ring(), leaf()))
        .as(JsonArbitraries::geometry);
    Arbitrary<JsonNode> withCrs = polygon.map(node -> {
      ((ObjectNode) node).putObject("crs").put("type", "name").putObject("properties")
          .put("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
      return node;
    });
    return Arbitraries.frequencyOf(Tuple.of(12, polygon), Tuple.of(6, multi), Tuple.of(1, withCrs), Tuple.of(1, odd));
  }

  static JsonNode geometry(String type, JsonNode coordinates) {
    ObjectNode node = NODES.objectNode();
    node.put("type", type);
    node.set("coordinates", coordinates);
    return node;
  }

  /** A territory from the definition grammar, with junk now and then. */
  static Arbitrary<JsonNode> territory() {
    return Arbitraries.recursive(JsonArbitraries::territoryLeaf, JsonArbitraries::territoryOperation, 0, 3);
  }

  private static Arbitrary<String> code() {
    return Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.of(CODES)), Tuple.of(1, Arbitraries.of(ODD_TEXT)));
  }

  private static Arbitrary<JsonNode> territoryLeaf() {
    Arbitrary<JsonNode> side = Combinators.combine(Arbitraries.of("occupied", "held", "region"),
            Arbitraries.frequencyOf(Tuple.of(6, code()), Tuple.of(2, Arbitraries.just("all"))))
        .as((kind, code) -> {
          ObjectNode node = NODES.objectNode();
          node.put(kind, code);
          return (JsonNode) node;
        });
    Arbitrary<JsonNode> polygon = geometry().map(g -> {
      ObjectNode node = NODES.objectNode();
      node.set("polygon", g);
      return (JsonNode) node;
    });
    return Arbitraries.frequencyOf(
        Tuple.of(4, code().map(c -> (JsonNode) TextNode.valueOf(c))),
        Tuple.of(6, side),
        Tuple.of(4, polygon),
        Tuple.of(1, Arbitraries.recursive(JsonArbitraries::leaf, JsonArbitraries::container, 0, 2)));
  }

  private static Arbitrary<JsonNode> territoryOperation(Arbitrary<JsonNode> inner) {
    return Combinators.combine(Arbitraries.of("union", "intersection", "difference"), inner.list().ofMaxSize(4))
        .as((kind, operands) -> {
          ObjectNode node = NODES.objectNode();
          node.set(kind, array(operands));
          return (JsonNode) node;
        });
  }

  /** A proposal definition from the grammar: mostly well-formed, with wrong values here and there. */
  static Arbitrary<JsonNode> definition() {
    Arbitrary<JsonNode> assignment = Combinators.combine(territory(),
            Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of("russia", "ukraine", "demilitarized")),
                Tuple.of(1, Arbitraries.of(ODD_TEXT))),
            Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of("de-jure", "de-facto", "frozen", "returned",
                "demilitarized", "status-quo", "unchanged")), Tuple.of(1, Arbitraries.of(ODD_TEXT))),
            Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just((JsonNode) null)), Tuple.of(1, leaf())))
        .as((territory, party, status, extra) -> {
          ObjectNode node = NODES.objectNode();
          node.set("territory", territory);
          node.put("party", party);
          node.put("status", status);
          if (extra != null) {
            node.set("note", extra);
          }
          return (JsonNode) node;
        });
    Arbitrary<String> id = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.strings().withChars("abcxyz0189").ofMinLength(1).ofMaxLength(20)),
        Tuple.of(1, Arbitraries.of(ODD_TEXT)));
    Arbitrary<String> date = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.just("2025-08-15")),
        Tuple.of(1, Arbitraries.of(ODD_TEXT)));
    Arbitrary<String> rule = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of("status-quo", "ukraine")),
        Tuple.of(1, Arbitraries.of(ODD_TEXT)));
    return Combinators.combine(id, date, date, rule, assignment.list().ofMaxSize(4))
        .as((theId, theDate, layer, theRule, assignments) -> {
          ObjectNode node = NODES.objectNode();
          node.put("id", theId);
          node.put("title", "Fuzz");
          node.put("date", theDate);
          node.put("summary", "Generated.");
          node.putArray("sources").addObject().put("publisher", "P").put("title", "T").put("date", "2025-08-15");
          node.put("layer", layer);
          node.put("unassigned", theRule);
          node.set("assignments", array(assignments));
          return (JsonNode) node;
        });
  }
}
