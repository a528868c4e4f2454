package territorymap.render;

import java.awt.Color;
import org.locationtech.jts.geom.Geometry;

/** One thing drawn on a map, in lon/lat degrees (RFC 7946 axis order). */
public sealed interface MapFeature {

  /**
   * A polygonal area.
   *
   * @param geometry polygonal lon/lat geometry; non-polygonal parts are ignored
   * @param fill how it is filled
   * @param outline the outline colour, or {@code null} for none
   */
  record Area(Geometry geometry, Fill fill, Color outline) implements MapFeature {}

  /**
   * A line, e.g. the line of contact. A polygonal geometry is drawn as its rings.
   *
   * @param geometry lineal or polygonal lon/lat geometry
   * @param style how it is drawn
   */
  record Line(Geometry geometry, LineStyle style) implements MapFeature {}

  /**
   * A named place: a dot and a label, placed only where the label collides with none placed
   * before it. Places are labelled in the order given, so put the most important first.
   *
   * @param name the label text (any script)
   * @param lon longitude, degrees
   * @param lat latitude, degrees
   * @param major whether it is an administrative centre or the like (bolder dot and label)
   */
  record Place(String name, double lon, double lat, boolean major) implements MapFeature {}

  /**
   * A settlement the map marks (one changing hands): a ring, always drawn, and its name, placed
   * before every {@link Place} where it collides with no other; a place at the same spot is not
   * labelled again.
   *
   * @param name the label text (any script)
   * @param lon longitude, degrees
   * @param lat latitude, degrees
   * @param ring its ring, in the colour of the holder the settlement goes to
   */
  record Marked(String name, double lon, double lat, Ring ring) implements MapFeature {}
}
