package territorymap.render;

/**
 * One main figure shown large beside the map.
 *
 * @param value the figure as it should read, already rounded and formatted (e.g. "19.1 %")
 * @param label what it is (e.g. "of Ukraine to Russia")
 */
public record KeyFigure(String value, String label) {}
