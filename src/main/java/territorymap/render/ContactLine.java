package territorymap.render;

import org.locationtech.jts.geom.Geometry;

/**
 * The line of contact of a control layer, as a line to draw: the outline of the controlled
 * territory where it runs inside the country. A layer is closed through Russia and the sea; those
 * parts of its outline fall outside the country and are dropped, and the outlines of separate
 * occupied pockets are kept.
 */
public final class ContactLine {

  private ContactLine() {}

  /**
   * @param controlled the layer's controlled territory, unclipped, lon/lat degrees
   * @param country the country (Ukraine in its 1991 borders), lon/lat degrees
   * @return lineal lon/lat geometry; empty if the layer's outline never enters the country.
   *     The cost is one line-polygon overlay: compute it once per layer.
   */
  public static Geometry of(Geometry controlled, Geometry country) {
    return controlled.getBoundary().intersection(country);
  }
}
