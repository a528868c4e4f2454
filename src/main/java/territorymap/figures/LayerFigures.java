package territorymap.figures;

import java.util.ArrayList;
import java.util.List;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
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
 */
public record LayerFigures(AreaReport.LayerInfo layer, AreaReport.BoundaryInfo boundaries, double rawKm2,
    Figure occupied, List<RegionOccupied> regions) {

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
        Rounding.km2(partition.layer().rawAreaM2() / 1e6), occupied.figure(boundaries), regions);
  }

  /** One region's figures, by code. */
  public RegionOccupied region(String code) {
    return regions.stream().filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no region " + code));
  }
}
