package territorymap.territory;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One first-level unit of Ukraine in its 1991 borders: an oblast, the Autonomous Republic of
 * Crimea, or one of the cities Kyiv and Sevastopol.
 *
 * @param official the unit's identity: ISO 3166-2 code, names, official area
 * @param geometry the boundary as loaded, overlaps with other units removed; lon/lat degrees
 * @param areaM2 the geodesic (WGS84) area of {@code geometry}, square metres
 */
public record Region(OfficialRegion official, MultiPolygon geometry, double areaM2) {

  public String code() {
    return official.code();
  }

  public double areaKm2() {
    return areaM2 / 1e6;
  }
}
