package territorymap.proposal;

/**
 * A point a definition names (a nuclear plant, a city centre), used by its circles and shown on its
 * map.
 *
 * @param id how the definition refers to it
 * @param lon longitude, degrees (WGS84)
 * @param lat latitude, degrees (WGS84)
 */
public record NamedPoint(String id, Text name, double lon, double lat) {}
