package territorymap.render;

/** What a legend entry shows beside its label: a fill swatch, a line sample or a ring. */
public sealed interface LegendKey permits Fill, LineStyle, Ring {}
