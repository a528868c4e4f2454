package territorymap.render;

/**
 * One legend entry.
 *
 * @param key the swatch or line sample
 * @param label the text beside it
 */
public record LegendEntry(LegendKey key, String label) {}
