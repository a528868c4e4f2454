package territorymap.territory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.Coverage;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonException;
import territorymap.geo.GeoJsonFeature;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/**
 * Ukraine in its 1991 borders as a coverage of its 27 first-level units, loaded from an admin-1
 * GeoJSON file, with each unit's geodesic area computed once.
 *
 * <p>A feature is matched to its unit by an ISO 3166-2 code: the feature {@code id}, or else one
 * of the properties {@code iso}, {@code shapeISO}, {@code iso_3166_2}. Either ring orientation,
 * Polygon or MultiPolygon, and a legacy {@code crs} member are accepted; invalid rings are
 * repaired. The file must hold every one of the 27 units exactly once; a missing, unknown or
 * repeated code, or geometry without area, stops the load with a {@link GeoJsonException} that
 * names the file, the feature and the fault. Overlaps between units are removed as
 * {@link Coverage} describes.
 */
public final class Boundaries {

  private static final Pattern CODE = Pattern.compile("UA-\\d\\d");
  private static final List<String> CODE_PROPERTIES = List.of("iso", "shapeISO", "iso_3166_2", "ISO_3166_2");

  private final String source;
  private final Map<String, Region> regions;
  private final List<Region> ordered;
  private final MultiPolygon country;
  private final double totalM2;
  private final Coverage coverage;

  private Boundaries(String source, Map<String, Region> regions, Coverage coverage) {
    this.source = source;
    this.regions = Collections.unmodifiableMap(regions);
    this.ordered = List.copyOf(regions.values());
    this.coverage = coverage;
    this.country = coverage.union();
    this.totalM2 = regions.values().stream().mapToDouble(Region::areaM2).sum();
  }

  /** Loads and checks a boundary file against the official table of units. */
  public static Boundaries load(Path file, OfficialRegions units) {
    String source = file.toString();
    Map<String, MultiPolygon> geometries = new TreeMap<>();
    for (GeoJsonFeature feature : GeoJsonDocument.read(file)) {
      String code = codeOf(feature).orElseThrow(() -> new GeoJsonException(source, feature.label(),
          "no ISO 3166-2 code (UA-nn) in its id or in a property " + CODE_PROPERTIES));
      if (units.find(code).isEmpty()) {
        throw new GeoJsonException(source, feature.label(), "unknown unit code " + code);
      }
      if (geometries.containsKey(code)) {
        throw new GeoJsonException(source, feature.label(), "unit " + code + " appears twice");
      }
      if (feature.geometry() == null) {
        throw new GeoJsonException(source, feature.label(), "no geometry");
      }
      try {
        geometries.put(code, Geometries.polygonal(feature.geometry()));
      } catch (IllegalArgumentException e) {
        throw new GeoJsonException(source, feature.label(), "geometry cannot be used: " + e.getMessage());
      }
    }
    Set<String> missing = new TreeSet<>();
    units.all().forEach(unit -> {
      if (!geometries.containsKey(unit.code())) {
        missing.add(unit.code());
      }
    });
    if (!missing.isEmpty()) {
      throw new GeoJsonException(source, "", "missing units " + missing);
    }
    Extent.check(Geometries.multiPolygon(geometries.values().stream()
        .flatMap(g -> Geometries.polygonsOf(g).stream()).toList()), source, true);
    List<String> codes = new ArrayList<>(geometries.keySet());
    Coverage coverage = Coverage.of(new ArrayList<>(geometries.values()));
    Map<String, Region> regions = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      MultiPolygon geometry = coverage.units().get(i);
      OfficialRegion unit = units.find(codes.get(i)).orElseThrow();
      regions.put(unit.code(), new Region(unit, geometry, GeodesicArea.ofM2(geometry)));
    }
    return new Boundaries(source, regions, coverage);
  }

  private static Optional<String> codeOf(GeoJsonFeature feature) {
    if (feature.id() != null && CODE.matcher(feature.id()).matches()) {
      return Optional.of(feature.id());
    }
    return CODE_PROPERTIES.stream()
        .map(feature::text)
        .filter(value -> value != null && CODE.matcher(value).matches())
        .findFirst();
  }

  /** Where the boundaries came from: the file path. */
  public String source() {
    return source;
  }

  /** The units, ordered by code. */
  public List<Region> regions() {
    return ordered;
  }

  public Optional<Region> find(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The union of all units: Ukraine in its 1991 borders, lon/lat degrees. */
  public MultiPolygon country() {
    return country;
  }

  /** The sum of the units' geodesic areas, m² (gaps between units excluded). */
  public double totalM2() {
    return totalM2;
  }

  /** Whether the file was a clean coverage as given, and how many overlaps were removed. */
  public Coverage coverage() {
    return coverage;
  }
}
