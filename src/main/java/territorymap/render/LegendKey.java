package territorymap.render;

/** What a legend entry shows beside its label: a fill swatch or a line sample. */
public sealed interface LegendKey permits Fill, LineStyle {}
