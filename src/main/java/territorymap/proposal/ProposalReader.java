package territorymap.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.Crossings;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonException;
import territorymap.geo.Geometries;
import territorymap.territory.Atlas;
import territorymap.territory.ContactBand;
import territorymap.territory.Side;
import territorymap.territory.TerritoryExpression;

/**
 * Reads a proposal definition (the JSON of the files in {@code seeds/proposals/}) and checks
 * every field, naming the first one at fault in a {@link DefinitionException}.
 *
 * <p>The language is {@code docs/definition-language.md}: version 2, and version 1 read as its
 * upgrade ({@link DefinitionUpgrade}).
 */
public final class ProposalReader {

  /**
   * Deepest nesting of territory expressions ({@code union} in {@code difference} in …). Real
   * terms need a handful of levels; the cap keeps evaluation's recursion far from the stack's end.
   */
  public static final int MAX_TERRITORY_DEPTH = 32;

  /**
   * What the explicit polygons of one definition may add up to, checked as they are read, before
   * any is repaired or cut: the cost of evaluating a definition grows with its vertices and parts
   * (a self-intersecting ring is repaired into many parts), so these bound it.
   *
   * @param maxVertices vertices of all its polygons together, as sent
   * @param maxParts polygons of all its MultiPolygons together, as sent and as repaired
   * @param maxCrossings points where one polygon's rings cross (or touch) each other or themselves;
   *     each needs repair, and repair costs seconds for a few thousand of them
   * @param maxZones bands and circles together: a band is a geodesic buffer of the whole line of
   *     contact, tens of milliseconds each on the shipped data
   */
  public record Limits(int maxVertices, int maxParts, int maxCrossings, int maxZones) {
    /** For definitions that are stored (a token holder's) and for the seeds. */
    public static final Limits STORED = new Limits(50_000, 2_000, 500, 50);
    /**
     * For previews, which anyone may ask for: a preview is evaluated and its shares dissolved for
     * a map, and the single overlays that cannot be stopped half-way grow with the vertices (a
     * comb of 10,000 vertices across the country took 1.4 s for one atom; bench/preview-cost.sh).
     */
    public static final Limits PREVIEW = new Limits(5_000, 200, 100, 10);
  }

  /** Longest texts accepted, characters: enough for any real title, summary, note or citation. */
  static final int MAX_TITLE = 300;
  static final int MAX_SUMMARY = 10_000;
  static final int MAX_NOTE = 2_000;
  static final int MAX_SOURCE_TEXT = 500;
  static final int MAX_URL = 2_000;

  /** The largest band or circle, km: farther than any zone reported, well short of the country's size. */
  static final double MAX_ZONE_KM = 500;

  /** What a source's or place's id must match, whole. */
  static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  /** The territory kinds, as the errors list them. */
  private static final String KINDS = "region, occupied, held, polygon, band, circle, union, intersection, difference";

  /** The dates a definition may name: from Ukraine's independence year to the end of this century. */
  static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /**
   * What a proposal id must match, whole: 1-80 lower-case ASCII letters, digits and hyphens, not
   * starting with a hyphen (published by {@code GET /vocabulary}).
   */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  /** The rule of a definition that names none. */
  public static final UnassignedRule DEFAULT_UNASSIGNED = UnassignedRule.STATUS_QUO;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Predicate<String> knownRegion;
  /** The loaded layers a definition's {@code layer} must be one of, or {@code null} to accept any date. */
  private final Supplier<Atlas> atlas;

  /**
   * A reader that checks region codes only (the layer may be any date).
   *
   * @param knownRegion tells whether a region code is one of the 27 units
   */
  public ProposalReader(Predicate<String> knownRegion) {
    this.knownRegion = knownRegion;
    this.atlas = null;
  }

  /** A reader that checks region codes and the layer against an atlas. */
  public ProposalReader(Atlas atlas) {
    this(() -> atlas);
  }

  /** A reader that checks region codes and the layer against the atlas in use at each read. */
  public ProposalReader(Supplier<Atlas> atlas) {
    this.knownRegion = code -> atlas.get().boundaries().find(code).isPresent();
    this.atlas = atlas;
  }

  /**
   * An explicit polygon of a definition, where it stands and whether it had to be repaired.
   *
   * @param path the JSON path of the polygon, e.g. {@code assignments[1].territory.polygon}
   * @param geometry the polygon as used: valid, on the overlay grid
   * @param repaired whether the polygon as sent was invalid (e.g. self-intersecting) and was
   *     repaired with JTS {@code GeometryFixer}, which keeps all the area it encloses
   */
  public record PolygonAt(String path, MultiPolygon geometry, boolean repaired) {}

  /** A definition as read, with its explicit polygons. */
  public record Reading(Proposal proposal, List<PolygonAt> polygons) {}

  /**
   * Reads every {@code *.json} definition in a folder, in file-name order: the seeded proposals.
   *
   * @throws DefinitionException naming the file and the field, for a definition that cannot be
   *     read or an id used twice
   */
  public List<Proposal> readFolder(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list proposal definitions in " + folder, e);
    }
    Map<String, Proposal> byId = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new DefinitionException(file.toString(), "$", "not valid JSON: " + e.getMessage());
      }
      Proposal proposal = read(root, file.toString());
      if (byId.putIfAbsent(proposal.id(), proposal) != null) {
        throw new DefinitionException(file.toString(), "id", "\"" + proposal.id() + "\" is used twice");
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * Reads a definition from JSON text (a stored one); {@code source} names the document in errors.
   *
   * @throws DefinitionException if the text is not JSON or not a valid definition
   */
  public Proposal read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DefinitionException(source, "$", "not valid JSON: " + e.getOriginalMessage());
    }
    return read(root, source);
  }

  /** Reads and checks a definition within {@link Limits#STORED}; {@code source} names the document in errors. */
  public Proposal read(JsonNode root, String source) {
    return readWithPolygons(root, source, Limits.STORED).proposal();
  }

  /**
   * Reads and checks a definition, and lists its explicit polygons. A version-1 definition is read
   * as its version-2 upgrade ({@link DefinitionUpgrade}), which is what {@link Proposal#definition}
   * then holds.
   */
  public Reading readWithPolygons(JsonNode given, String source, Limits limits) {
    Fields f = new Fields(source, new ArrayList<>(), limits, new int[3], new LinkedHashMap<>());
    if (given == null || !given.isObject()) {
      throw new DefinitionException(source, "$", "a proposal definition is a JSON object");
    }
    JsonNode root = DefinitionUpgrade.isVersion1(given) ? DefinitionUpgrade.toVersion2(given, source) : given;
    f.noUnknown(root, "", Set.of("version", "id", "variantOf", "variant", "title", "date", "summary", "sources",
        "places", "layer", "unassigned", "assignments"));
    if (!root.get("version").isInt() || root.get("version").asInt() != 2) {
      throw new DefinitionException(source, "version", "must be 2 (or left out, for version 1)");
    }
    String id = f.id(root, "id");
    String variantOf = root.hasNonNull("variantOf") ? f.id(root, "variantOf") : null;
    Text variant = root.hasNonNull("variant") ? f.localized(root, "variant", MAX_TITLE) : null;
    if ((variantOf == null) != (variant == null)) {
      throw new DefinitionException(source, variantOf == null ? "variantOf" : "variant",
          "variantOf and variant go together: the proposal this one is a variant of, and what distinguishes it");
    }
    if (id.equals(variantOf)) {
      throw new DefinitionException(source, "variantOf", "a proposal is not a variant of itself");
    }
    List<Source> sources = sources(f.array(root, "sources"), f);
    List<NamedPoint> places = root.has("places") ? places(f.array(root, "places"), f) : List.of();
    String ruleText = root.hasNonNull("unassigned") ? f.textValue(root.get("unassigned"), "unassigned")
        : DEFAULT_UNASSIGNED.id();
    UnassignedRule rule = UnassignedRule.of(ruleText).orElseThrow(() -> new DefinitionException(source,
        "unassigned", "must be \"status-quo\" or \"ukraine\", not \"" + ruleText + "\""));
    List<Assignment> assignments = new ArrayList<>();
    JsonNode list = f.array(root, "assignments");
    for (int i = 0; i < list.size(); i++) {
      assignments.add(assignment(list.get(i), "assignments[" + i + "]", f, sources));
    }
    LocalDate layer = f.date(root, "layer", "layer");
    Proposal proposal = new Proposal(id, variantOf, variant, f.localized(root, "title", MAX_TITLE),
        f.date(root, "date", "date"), f.localized(root, "summary", MAX_SUMMARY), sources, places, layer, rule,
        assignments, root.toString());
    Atlas now = atlas == null ? null : atlas.get();
    if (now != null && !now.hasLayer(layer)) {
      throw new DefinitionException(source, "layer", "no control layer for " + layer + "; layers: " + now.dates());
    }
    return new Reading(proposal, List.copyOf(f.polygons()));
  }

  private static List<Source> sources(JsonNode list, Fields f) {
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode s = list.get(i);
      String path = "sources[" + i + "]";
      f.object(s, path);
      f.noUnknown(s, path + ".", Set.of("id", "publisher", "title", "date", "url"));
      String sourceId = s.hasNonNull("id") ? f.id(s, "id", path + ".id", SOURCE_ID) : "s" + (i + 1);
      if (!ids.add(sourceId)) {
        throw new DefinitionException(f.source, path + ".id", "\"" + sourceId + "\" is used twice");
      }
      String url = s.hasNonNull("url") ? f.text(s, "url", path + ".url", MAX_URL) : null;
      if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
        throw new DefinitionException(f.source, path + ".url", "must be an http(s) URL");
      }
      sources.add(new Source(sourceId, f.text(s, "publisher", path + ".publisher", MAX_SOURCE_TEXT),
          f.text(s, "title", path + ".title", MAX_SOURCE_TEXT),
          f.date(s, "date", path + ".date").toString(), url));
    }
    return sources;
  }

  private static List<NamedPoint> places(JsonNode list, Fields f) {
    List<NamedPoint> places = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      String path = "places[" + i + "]";
      f.object(p, path);
      f.noUnknown(p, path + ".", Set.of("id", "name", "lon", "lat"));
      String placeId = f.id(p, "id", path + ".id", SOURCE_ID);
      if (f.places().containsKey(placeId)) {
        throw new DefinitionException(f.source, path + ".id", "\"" + placeId + "\" is used twice");
      }
      NamedPoint place = new NamedPoint(placeId, f.localized(p, "name", path + ".name", MAX_TITLE),
          f.coordinate(p, "lon", path + ".lon", 180), f.coordinate(p, "lat", path + ".lat", 90));
      f.places().put(placeId, place);
      places.add(place);
    }
    return places;
  }

  private Assignment assignment(JsonNode node, String path, Fields f, List<Source> sources) {
    f.object(node, path);
    f.noUnknown(node, path + ".", Set.of("territory", "holder", "thirdParty", "regime", "recognition", "note",
        "sources"));
    Party holder = f.wireName(node, "holder", path, Party::of, Party.values());
    Text thirdParty = node.hasNonNull("thirdParty") ? f.localized(node, "thirdParty", path + ".thirdParty", MAX_SOURCE_TEXT)
        : null;
    if ((holder == Party.THIRD_PARTY) != (thirdParty != null)) {
      throw new DefinitionException(f.source, path + ".thirdParty", holder == Party.THIRD_PARTY
          ? "missing: a third-party holder is named, e.g. {\"en\": \"United States\"}"
          : "only a holder third-party is named; this holder is " + holder.id());
    }
    Regime regime = node.hasNonNull("regime") ? f.wireName(node, "regime", path, Regime::of, Regime.values())
        : Regime.NONE;
    Recognition recognition = f.wireName(node, "recognition", path, Recognition::of, Recognition.values());
    if (!node.has("territory")) {
      throw new DefinitionException(f.source, path + ".territory", "missing");
    }
    Text note = node.hasNonNull("note") ? f.localized(node, "note", path + ".note", MAX_NOTE) : null;
    List<String> cited = new ArrayList<>();
    if (node.has("sources")) {
      JsonNode ids = f.array(node, "sources", path + ".sources");
      Set<String> known = new HashSet<>();
      sources.forEach(s -> known.add(s.id()));
      for (int i = 0; i < ids.size(); i++) {
        String at = path + ".sources[" + i + "]";
        String sourceId = f.textValue(ids.get(i), at);
        if (!known.contains(sourceId)) {
          throw new DefinitionException(f.source, at, "no source has the id \"" + sourceId + "\"; ids: " + known);
        }
        cited.add(sourceId);
      }
    }
    return new Assignment(territory(node.get("territory"), path + ".territory", f),
        new Terms(holder, thirdParty, regime, recognition), note, cited);
  }

  private TerritoryExpression territory(JsonNode node, String path, Fields f) {
    return territory(node, path, f, 1);
  }

  private TerritoryExpression territory(JsonNode node, String path, Fields f, int depth) {
    if (depth > MAX_TERRITORY_DEPTH) {
      throw new DefinitionException(f.source, path, "territories nest more than " + MAX_TERRITORY_DEPTH + " levels deep");
    }
    if (node.isTextual()) {
      return new TerritoryExpression.WholeRegion(region(node.asText(), path, f));
    }
    if (!node.isObject() || node.size() != 1) {
      throw new DefinitionException(f.source, path, "a territory is a region code or an object with"
          + " exactly one of " + KINDS);
    }
    String key = node.fieldNames().next();
    JsonNode value = node.get(key);
    String at = path + "." + key;
    return switch (key) {
      case "region" -> new TerritoryExpression.WholeRegion(region(f.textValue(value, at), at, f));
      case "occupied" -> side(value, at, Side.OCCUPIED, f);
      case "held" -> side(value, at, Side.HELD, f);
      case "polygon" -> new TerritoryExpression.Shape(polygon(value, at, f));
      case "band" -> band(value, at, f);
      case "circle" -> circle(value, at, f);
      case "union" -> new TerritoryExpression.Union(operands(value, at, 1, f, depth));
      case "intersection" -> new TerritoryExpression.Intersection(operands(value, at, 1, f, depth));
      case "difference" -> {
        List<TerritoryExpression> operands = operands(value, at, 2, f, depth);
        yield new TerritoryExpression.Difference(operands.get(0), operands.subList(1, operands.size()));
      }
      default -> throw new DefinitionException(f.source, at, "unknown territory kind \"" + key
          + "\"; known: " + KINDS);
    };
  }

  private TerritoryExpression band(JsonNode value, String path, Fields f) {
    f.object(value, path);
    f.noUnknown(value, path + ".", Set.of("km", "into", "regions"));
    f.zone(path);
    double km = f.distance(value, "km", path + ".km");
    String into = f.text(value, "into", path + ".into");
    ContactBand.Reach reach = switch (into) {
      case "held" -> ContactBand.Reach.INTO_HELD;
      case "occupied" -> ContactBand.Reach.INTO_OCCUPIED;
      case "both" -> ContactBand.Reach.MIRRORED;
      default -> throw new DefinitionException(f.source, path + ".into", "must be held, occupied or both, not \""
          + into + "\"");
    };
    List<String> regions = new ArrayList<>();
    if (value.has("regions")) {
      JsonNode codes = f.array(value, "regions", path + ".regions");
      for (int i = 0; i < codes.size(); i++) {
        String at = path + ".regions[" + i + "]";
        regions.add(region(f.textValue(codes.get(i), at), at, f));
      }
    }
    return new TerritoryExpression.Band(reach, km, regions);
  }

  private TerritoryExpression circle(JsonNode value, String path, Fields f) {
    f.object(value, path);
    f.zone(path);
    double km = f.distance(value, "km", path + ".km");
    if (value.has("place")) {
      f.noUnknown(value, path + ".", Set.of("km", "place"));
      String placeId = f.text(value, "place", path + ".place");
      NamedPoint place = f.places().get(placeId);
      if (place == null) {
        throw new DefinitionException(f.source, path + ".place", "no place has the id \"" + placeId + "\"; ids: "
            + f.places().keySet());
      }
      return TerritoryExpression.Circle.of(place.lon(), place.lat(), km);
    }
    f.noUnknown(value, path + ".", Set.of("km", "lon", "lat"));
    return TerritoryExpression.Circle.of(f.coordinate(value, "lon", path + ".lon", 180),
        f.coordinate(value, "lat", path + ".lat", 90), km);
  }

  private TerritoryExpression side(JsonNode value, String path, Side side, Fields f) {
    String code = f.textValue(value, path);
    if (code.equals("all")) {
      return new TerritoryExpression.AllOf(side);
    }
    region(code, path, f);
    return new TerritoryExpression.RegionPart(code, side);
  }

  private List<TerritoryExpression> operands(JsonNode value, String path, int min, Fields f, int depth) {
    if (!value.isArray() || value.size() < min) {
      throw new DefinitionException(f.source, path, "needs an array of at least " + min + " territories");
    }
    List<TerritoryExpression> operands = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      operands.add(territory(value.get(i), path + "[" + i + "]", f, depth + 1));
    }
    return operands;
  }

  private MultiPolygon polygon(JsonNode value, String path, Fields f) {
    String type = value.path("type").asText("");
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      throw new DefinitionException(f.source, path, "must be a GeoJSON Polygon or MultiPolygon");
    }
    // Counted on the JSON first: building a geometry of a million vertices costs seconds itself.
    JsonNode coordinates = value.path("coordinates");
    f.count(positions(coordinates), type.equals("Polygon") ? 1 : coordinates.size(), path, "");
    Geometry geometry;
    try {
      geometry = GeoJsonDocument.geometry(value, f.source, path);
    } catch (GeoJsonException e) {
      throw new DefinitionException(f.source, path, e.fault());
    }
    refuseAntimeridianJump(geometry, path, f);
    int crossings = Crossings.count(geometry, f.limits().maxCrossings());
    if (crossings > f.limits().maxCrossings()) {
      throw new DefinitionException(f.source, path, "its rings cross themselves or each other at more than "
          + f.limits().maxCrossings() + " points; at most " + f.limits().maxCrossings()
          + " are repaired here: draw the area without crossing its own edges");
    }
    try {
      MultiPolygon polygonal = Geometries.polygonal(geometry);
      if (polygonal.getNumGeometries() > geometry.getNumGeometries()) {
        f.count(0, polygonal.getNumGeometries() - geometry.getNumGeometries(), path, " once repaired");
      }
      f.polygons().add(new PolygonAt(path, polygonal, !geometry.isValid()));
      return polygonal;
    } catch (IllegalArgumentException e) {
      throw new DefinitionException(f.source, path, "has no area: " + e.getMessage());
    }
  }

  /**
   * Refuses a ring with an edge spanning more than 180° of longitude: per RFC 7946 §3.1.9 a shape
   * crossing the antimeridian is cut in two there, and such an edge, read as written, goes the long
   * way round the globe (a box from 170° E to 170° W would cover everything but the Pacific).
   */
  private static void refuseAntimeridianJump(Geometry geometry, String path, Fields f) {
    for (Geometry polygon : Geometries.polygonsOf(geometry)) {
      org.locationtech.jts.geom.Coordinate[] points = polygon.getCoordinates();
      for (int i = 1; i < points.length; i++) {
        if (Math.abs(points[i].x - points[i - 1].x) > 180) {
          throw new DefinitionException(f.source, path, "an edge goes from longitude " + points[i - 1].x + " to "
              + points[i].x + ", more than half way round the globe: a shape crossing the 180th meridian must be"
              + " cut in two there (RFC 7946 §3.1.9), and Ukraine is nowhere near it");
        }
      }
    }
  }

  /** The positions in a GeoJSON coordinates array of any depth (arrays whose first item is a number). */
  private static int positions(JsonNode coordinates) {
    if (!coordinates.isArray() || coordinates.isEmpty()) {
      return 0;
    }
    if (coordinates.get(0).isNumber()) {
      return 1;
    }
    int count = 0;
    for (JsonNode item : coordinates) {
      count += positions(item);
    }
    return count;
  }

  private String region(String code, String path, Fields f) {
    if (!knownRegion.test(code)) {
      throw new DefinitionException(f.source, path, "unknown region \"" + code
          + "\"; regions are ISO 3166-2 codes UA-05 … UA-77 (see GET /regions)");
    }
    return code;
  }

  /**
   * Field access that names the field at fault.
   *
   * @param used vertices and parts of the polygons read so far
   */
  private record Fields(String source, List<PolygonAt> polygons, Limits limits, int[] used,
      Map<String, NamedPoint> places) {
    /** Counts a band or circle, and stops the read if the definition has too many. */
    void zone(String path) {
      if (++used[2] > limits.maxZones()) {
        throw new DefinitionException(source, path, "the definition has more than " + limits.maxZones()
            + " bands and circles; at most " + limits.maxZones() + " are accepted here");
      }
    }

    String id(JsonNode node, String name) {
      return id(node, name, name, ID);
    }

    String id(JsonNode node, String name, String path, Pattern pattern) {
      String id = text(node, name, path);
      if (!pattern.matcher(id).matches()) {
        throw new DefinitionException(source, path, "must be " + (pattern == ID ? "1-80" : "1-40")
            + " lower-case letters, digits and hyphens, starting with a letter or digit");
      }
      return id;
    }

    /** A text: a string (English) or {"en": …, "uk": …} with at least one, each at most {@code maxLength}. */
    Text localized(JsonNode node, String name, int maxLength) {
      return localized(node, name, name, maxLength);
    }

    Text localized(JsonNode node, String name, String path, int maxLength) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        throw new DefinitionException(source, path, "missing");
      }
      if (value.isTextual()) {
        return Text.english(limited(value, path, maxLength));
      }
      if (!value.isObject() || value.isEmpty()) {
        throw new DefinitionException(source, path, "must be a text: a string, or {\"en\": …, \"uk\": …} with one or both");
      }
      noUnknown(value, path + ".", Set.of("en", "uk"));
      return new Text(value.has("en") ? limited(value.get("en"), path + ".en", maxLength) : null,
          value.has("uk") ? limited(value.get("uk"), path + ".uk", maxLength) : null);
    }

    private String limited(JsonNode value, String path, int maxLength) {
      String text = textValue(value, path);
      if (text.length() > maxLength) {
        throw new DefinitionException(source, path, "is " + text.length() + " characters long; at most "
            + maxLength + " are accepted");
      }
      return text;
    }

    <E extends WireName> E wireName(JsonNode node, String name, String path,
        java.util.function.Function<String, java.util.Optional<E>> of, E[] values) {
      String text = text(node, name, path + "." + name);
      return of.apply(text).orElseThrow(() -> new DefinitionException(source, path + "." + name, "unknown "
          + name + " \"" + text + "\"; known: " + String.join(", ", java.util.Arrays.stream(values).map(WireName::id).toList())));
    }

    /** A distance, km, in (0, {@link #MAX_ZONE_KM}]. */
    double distance(JsonNode node, String name, String path) {
      double km = number(node, name, path);
      if (!(km > 0 && km <= MAX_ZONE_KM)) {
        throw new DefinitionException(source, path, km + " is outside (0, " + MAX_ZONE_KM + "]");
      }
      return km;
    }

    /** A longitude or latitude, degrees, in [-limit, limit]. */
    double coordinate(JsonNode node, String name, String path, double limit) {
      double degrees = number(node, name, path);
      if (!(Math.abs(degrees) <= limit)) {
        throw new DefinitionException(source, path, degrees + " is outside [-" + limit + ", " + limit + "]");
      }
      return degrees;
    }

    private double number(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || !value.isNumber()) {
        throw new DefinitionException(source, path, "must be a number");
      }
      return value.asDouble();
    }

    /** Counts a polygon's vertices and parts, and stops the read if the definition has too many. */
    void count(int vertices, int parts, String path, String how) {
      used[0] += vertices;
      used[1] += parts;
      if (used[0] > limits.maxVertices()) {
        throw new DefinitionException(source, path, "the polygons have " + used[0] + " vertices so far; at most "
            + limits.maxVertices() + " are accepted here");
      }
      if (used[1] > limits.maxParts()) {
        throw new DefinitionException(source, path, "the polygons have " + used[1] + " parts so far" + how
            + "; at most " + limits.maxParts() + " are accepted here");
      }
    }

    void object(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        throw new DefinitionException(source, path, "must be an object");
      }
    }

    void noUnknown(JsonNode node, String prefix, Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw new DefinitionException(source, prefix + name, "unknown field; known: " + known);
        }
      }
    }

    String text(JsonNode node, String name) {
      return text(node, name, name);
    }

    String text(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        throw new DefinitionException(source, path, "missing");
      }
      return textValue(value, path);
    }

    String text(JsonNode node, String name, String path, int maxLength) {
      String text = text(node, name, path);
      if (text.length() > maxLength) {
        throw new DefinitionException(source, path, "is " + text.length() + " characters long; at most "
            + maxLength + " are accepted");
      }
      return text;
    }

    String textValue(JsonNode value, String path) {
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new DefinitionException(source, path, "must be a non-empty string");
      }
      return value.asText();
    }

    JsonNode array(JsonNode node, String name) {
      return array(node, name, name);
    }

    JsonNode array(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || !value.isArray()) {
        throw new DefinitionException(source, path, "must be an array");
      }
      return value;
    }

    LocalDate date(JsonNode node, String name, String path) {
      String text = text(node, name, path);
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new DefinitionException(source, path, "\"" + text + "\" is not a date (YYYY-MM-DD)");
      }
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        throw new DefinitionException(source, path, text + " is outside the dates accepted, " + EARLIEST + " to " + LATEST);
      }
      return date;
    }
  }
}
