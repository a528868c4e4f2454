package territorymap.territory;

/**
 * The name of one atom of a {@link Partition}: one region's occupied or held part.
 *
 * @param code the region's ISO 3166-2 code
 * @param side which part
 */
public record Atom(String code, Side side) {}
