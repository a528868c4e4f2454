package territorymap.territory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.GeoJsonDocument;
import territorymap.geo.GeoJsonException;
import territorymap.geo.GeoJsonFeature;
import territorymap.geo.GeodesicArea;
import territorymap.geo.Geometries;

/**
 * Reads a control layer from a GeoJSON file: any number of Polygon or MultiPolygon features, in
 * either ring orientation, with or without a legacy {@code crs} member, dissolved into one
 * geometry. Clipping to the country happens when the layer cuts the regions ({@link Partition}).
 *
 * <p>The date comes, in this order, from the caller, from a {@code YYYY-MM-DD} or {@code YYYYMMDD}
 * in the file name, or from a {@code date} property of the first feature that has one; a
 * {@code date} property that contradicts the date found first stops the read, naming both. A layer
 * wholly outside Ukraine's bounding box is refused ({@link Extent}: most likely swapped axes). The layer
 * is approximate if a feature says {@code "approximate": true} or the file name contains
 * "approximate". The source is the {@code source} property if there is one, else the file name.
 */
public final class ControlLayerReader {

  private static final Pattern DASHED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

  private ControlLayerReader() {}

  /**
   * Reads one layer file.
   *
   * @param date the layer's date, or {@code null} to take it from the file name or properties
   * @throws GeoJsonException if the file cannot be read, has no date, or has no polygon
   */
  public static ControlLayer read(Path file, LocalDate date) {
    String source = file.toString();
    List<GeoJsonFeature> features = GeoJsonDocument.read(file);
    List<Geometry> polygons = new ArrayList<>();
    boolean approximate = file.getFileName().toString().contains("approximate");
    String description = null;
    LocalDate found = date != null ? date : dateInName(file.getFileName().toString()).orElse(null);
    for (GeoJsonFeature feature : features) {
      if (feature.geometry() == null) {
        continue;
      }
      try {
        polygons.add(Geometries.polygonal(feature.geometry()));
      } catch (IllegalArgumentException e) {
        throw new GeoJsonException(source, feature.label(), "geometry cannot be used: " + e.getMessage());
      }
      approximate |= feature.flag("approximate");
      if (description == null) {
        description = feature.text("source");
      }
      if (feature.text("date") != null) {
        LocalDate property = parseDate(feature.text("date"), source, feature.label());
        if (found == null) {
          found = property;
        } else if (!found.equals(property)) {
          throw new GeoJsonException(source, feature.label(), "its date property says " + property + " but the "
              + (date != null ? "command line says " : "file name says ") + found + "; make them agree");
        }
      }
    }
    if (polygons.isEmpty()) {
      throw new GeoJsonException(source, "", "no polygon in the file");
    }
    if (found == null) {
      throw new GeoJsonException(source, "",
          "no date: name the file YYYY-MM-DD-….geojson, give a \"date\" property, or pass DATE=FILE");
    }
    MultiPolygon geometry = Geometries.union(polygons);
    Extent.check(geometry, source, false);
    return new ControlLayer(found, geometry, approximate,
        description != null ? description : file.getFileName().toString(), GeodesicArea.ofM2(geometry));
  }

  /** The date written in a file name, {@code YYYY-MM-DD} or {@code YYYYMMDD}, if any. */
  public static Optional<LocalDate> dateInName(String name) {
    for (Pattern pattern : List.of(DASHED, COMPACT)) {
      Matcher m = pattern.matcher(name);
      while (m.find()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
          // Not a calendar date (e.g. 2025-13-40): look further along the name.
        }
      }
    }
    return Optional.empty();
  }

  private static LocalDate parseDate(String text, String source, String location) {
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new GeoJsonException(source, location, "date property \"" + text + "\" is not YYYY-MM-DD");
    }
  }
}
