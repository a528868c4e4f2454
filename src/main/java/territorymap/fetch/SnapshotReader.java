package territorymap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonException;
import territorymap.geo.Geometries;

/**
 * The occupied territory of one upstream document: the union of a DeepStateMap snapshot's
 * polygons of an {@link OccupiedClass}, or an archive day's geometry, as a valid MultiPolygon on
 * the project's overlay grid ({@link Geometries}).
 *
 * <p>A snapshot without a polygon of a known class fails, naming the snapshot and the English
 * names it has, never giving an empty layer (0 km² would read as "all liberated").
 */
final class SnapshotReader {

  private SnapshotReader() {}

  /**
   * The occupied union of a snapshot's FeatureCollection.
   *
   * @param label names the snapshot in messages, e.g. "snapshot 1755290000 (2025-08-15)"
   * @throws FetchException if the document is not a FeatureCollection of named features, or has
   *     no polygon of a known class
   */
  static MultiPolygon occupied(JsonNode collection, String label) {
    JsonNode features = collection.path("features");
    if (!"FeatureCollection".equals(collection.path("type").asText()) || !features.isArray()) {
      throw new FetchException(label + ": not a GeoJSON FeatureCollection with a features array"
          + " (the upstream shape may have changed)");
    }
    List<Geometry> polygons = new ArrayList<>();
    Set<String> others = new TreeSet<>();
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      JsonNode geometry = feature.path("geometry");
      String type = geometry.path("type").asText("");
      if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
        continue;
      }
      String name = feature.path("properties").path("name").asText(null);
      if (OccupiedClass.of(name).isEmpty()) {
        OccupiedClass.englishPart(name).ifPresentOrElse(others::add, () -> others.add("(no English name)"));
        continue;
      }
      polygons.add(valid(geometry, label, "feature " + i));
    }
    if (polygons.isEmpty()) {
      throw new FetchException(label + ": no polygon of a known class (" + OccupiedClass.names()
          + ") among its " + features.size() + " features; polygons named " + others
          + ": the upstream classification may have changed");
    }
    MultiPolygon union = Geometries.union(polygons);
    if (union.isEmpty()) {
      throw new FetchException(label + ": its occupied polygons enclose no area");
    }
    return union;
  }

  /** One archive day's geometry (already the occupied union upstream), made valid and gridded. */
  static MultiPolygon archiveDay(JsonNode geometry, String label) {
    String type = geometry == null ? "" : geometry.path("type").asText("");
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      throw new FetchException(label + ": no polygon (geometry type \"" + type + "\")");
    }
    try {
      return Geometries.polygonal(valid(geometry, label, "geometry"));
    } catch (IllegalArgumentException e) {
      throw new FetchException(label + ": " + e.getMessage());
    }
  }

  /**
   * A geometry as read, 2D and valid ({@link GeometryFixer} keeps every area it encloses). Not yet
   * on the grid: the union (or {@link Geometries#polygonal}) snap-rounds it, once.
   */
  private static Geometry valid(JsonNode node, String label, String location) {
    try {
      Geometry geometry = GeoJsonDocument.geometry(node, label, location);
      geometry.apply(DROP_Z);
      return geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
    } catch (GeoJsonException e) {
      throw new FetchException(label + ": " + location + ": " + e.getMessage());
    }
  }

  /** Upstream rings carry a third coordinate (0); RFC 7946 layers here are 2D. */
  private static final CoordinateSequenceFilter DROP_Z = new CoordinateSequenceFilter() {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      if (seq.hasZ()) {
        seq.setOrdinate(i, CoordinateSequence.Z, Coordinate.NULL_ORDINATE);
      }
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  };
}
