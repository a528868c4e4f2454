package territorymap.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import territorymap.proposal.AreaReport;
import territorymap.proposal.Figure;
import territorymap.proposal.Proposals;
import territorymap.territory.Partition;

/** Handlers of {@code /layers}: the loaded control layers and their occupied areas. */
final class LayerRoutes {

  /**
   * A control layer's occupied area.
   *
   * @param rawKm2 geodesic area of the polygon as read, before clipping to Ukraine, km²
   * @param occupied the occupied area inside Ukraine, both bases
   */
  record LayerSummary(LocalDate date, boolean approximate, String source, double rawKm2, Figure occupied) {}

  /** A region's occupied area in a layer. */
  record RegionOccupied(String code, String name, String nameUk, Figure occupied, double percentOfRegion) {}

  /** A layer with its occupied area region by region. */
  record LayerArea(LayerSummary layer, AreaReport.BoundaryInfo boundaries, List<RegionOccupied> regions) {}

  private final Proposals proposals;

  LayerRoutes(Proposals proposals) {
    this.proposals = proposals;
  }

  void list(Context ctx) {
    ctx.json(proposals.atlas().partitions().stream().map(this::summary).toList());
  }

  void area(Context ctx) {
    Partition partition = proposals.atlas().partition(ctx.pathParam("date"));
    AreaReport report = proposals.layerReport(partition.layer().date().toString());
    List<RegionOccupied> regions = report.regions().stream()
        .map(r -> new RegionOccupied(r.code(), r.name(), r.nameUk(), r.parties().get("russia"),
            r.percentOfRegion().get("russia")))
        .toList();
    ctx.json(new LayerArea(summary(partition), report.boundaries(), regions));
  }

  private LayerSummary summary(Partition partition) {
    AreaReport report = proposals.layerReport(partition.layer().date().toString());
    return new LayerSummary(partition.layer().date(), partition.layer().approximate(),
        partition.layer().source(), Math.round(partition.layer().rawAreaM2() / 1e5) / 10.0,
        report.parties().get("russia"));
  }
}
