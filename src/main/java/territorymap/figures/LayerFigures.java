package territorymap.figures;

import java.util.ArrayList;
import java.util.List;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;

/**
 * A control layer's own figures: the territory under Russian control inside Ukraine, in all and
 * region by region, on both bases.
 *
 * @param layer the layer
 * @param boundaries the boundary data
 * @param rawKm2 geodesic area of the layer as read, before clipping to Ukraine, km², rounded to 0.1
 * @param occupied the occupied area inside Ukraine
 * @param regions per region, ordered by code
 * @param sourceMeasure the layer's own area as its source measures it, beside the two bases
 */
public record LayerFigures(AreaReport.LayerInfo layer, AreaReport.BoundaryInfo boundaries, double rawKm2,
    Figure occupied, List<RegionOccupied> regions, SourceMeasure sourceMeasure) {

  /**
   * The source's own measure: the layer's geodesic area as read, unclipped, as a share of
   * Ukraine's official {@value OfficialBasis#NATIONAL_KM2} km², which is how DeepStateMap publishes
   * its figure (e.g. 116,165 km², 19.25 %, on 1 January 2026). Neither of the two bases: see
   * {@link #WHY_IT_DIFFERS}.
   *
   * @param km2 geodesic area of the layer as read, km², rounded to 0.1
   * @param percentOfNational that area over 603,628 km², %, rounded to 0.001
   * @param note why it differs from the two bases, in one sentence
   */
  public record SourceMeasure(double km2, double percentOfNational, String note) {}

  /** Why the source's own measure differs from the two bases, in one sentence. */
  static final String WHY_IT_DIFFERS = "The source's own measure is the layer's area as drawn, before"
      + " clipping to Ukraine's 1991 boundaries: it counts water inside the layer (the Sivash, the Molochnyi"
      + " liman) that the land-only boundaries leave out and any part drawn past the border, and it is not"
      + " scaled to the official areas of the units, as the official basis is.";

  /** The same for the project's approximation, which is drawn well past the border on purpose. */
  static final String APPROXIMATE = "The layer is the project's approximation, drawn well past the border"
      + " and into the sea so that clipping makes its edges; its unclipped area measures nothing: use the"
      + " two bases.";

  /**
   * A region's occupied part in the layer.
   *
   * @param percentOfRegion the occupied share of the region (geodesic), %, rounded to 0.001
   */
  public record RegionOccupied(String code, String name, String nameUk, Figure occupied, double percentOfRegion) {}

  public LayerFigures {
    regions = List.copyOf(regions);
  }

  /** The figures of one partition's layer. */
  static LayerFigures of(Partition partition) {
    Boundaries boundaries = partition.boundaries();
    Measure occupied = Measure.ZERO;
    for (Atom atom : partition.atoms()) {
      if (atom.side() == Side.OCCUPIED) {
        occupied = occupied.plus(Measure.of(boundaries, atom, partition.areaM2(atom)));
      }
    }
    List<RegionOccupied> regions = new ArrayList<>();
    for (Region region : boundaries.regions()) {
      double m2 = partition.areaM2(new Atom(region.code(), Side.OCCUPIED));
      regions.add(new RegionOccupied(region.code(), region.official().name(), region.official().nameUk(),
          Figure.of(m2, OfficialBasis.km2(region, m2), boundaries.totalM2()),
          Rounding.percent(100 * m2 / region.areaM2())));
    }
    return new LayerFigures(AreaReport.LayerInfo.of(partition), AreaReport.BoundaryInfo.of(boundaries),
        Rounding.km2(partition.layer().rawAreaM2() / 1e6), occupied.figure(boundaries), regions,
        sourceMeasure(partition.layer()));
  }

  private static SourceMeasure sourceMeasure(ControlLayer layer) {
    double km2 = layer.rawAreaM2() / 1e6;
    return new SourceMeasure(Rounding.km2(km2), Rounding.percent(100 * km2 / OfficialBasis.NATIONAL_KM2),
        layer.approximate() ? APPROXIMATE : WHY_IT_DIFFERS);
  }

  /** One region's figures, by code. */
  public RegionOccupied region(String code) {
    return regions.stream().filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no region " + code));
  }
}
