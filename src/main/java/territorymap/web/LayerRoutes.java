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

  /**
   * One point of the occupied-area series.
   *
   * @param change the difference from the previous point, both bases; {@code null} for the first
   * @param percentOfRegion for a region's series, its occupied share of the region (geodesic), %;
   *     {@code null} for the whole country
   */
  record TimelinePoint(LocalDate date, boolean approximate, Figure occupied, Figure change,
      Double percentOfRegion) {}

  /** The occupied area over time, for the whole country or one region. */
  record Timeline(String region, List<TimelinePoint> points) {}

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

  void timeline(Context ctx) {
    LocalDate from = date(ctx.queryParam("from"), "from", LocalDate.MIN);
    LocalDate to = date(ctx.queryParam("to"), "to", LocalDate.MAX);
    String region = ProposalRoutes.blankToNull(ctx.queryParam("region"));
    if (region != null && proposals.atlas().boundaries().find(region).isEmpty()) {
      throw new BadRequestException("region", "no region with code \"" + region + "\" (see GET /regions)");
    }
    List<TimelinePoint> points = new java.util.ArrayList<>();
    Figure previous = null;
    for (Partition partition : proposals.atlas().partitions()) {
      LocalDate date = partition.layer().date();
      if (date.isBefore(from) || date.isAfter(to)) {
        continue;
      }
      AreaReport report = proposals.layerReport(date.toString());
      AreaReport.RegionFigures figures = region == null ? null
          : report.regions().stream().filter(r -> r.code().equals(region)).findFirst().orElseThrow();
      Figure occupied = figures == null ? report.parties().get("russia") : figures.parties().get("russia");
      points.add(new TimelinePoint(date, partition.layer().approximate(), occupied,
          previous == null ? null : Figure.difference(occupied, previous),
          figures == null ? null : figures.percentOfRegion().get("russia")));
      previous = occupied;
    }
    ctx.json(new Timeline(region, points));
  }

  private static LocalDate date(String text, String field, LocalDate absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(field, "\"" + text + "\" is not a date (YYYY-MM-DD)");
    }
  }

  private LayerSummary summary(Partition partition) {
    AreaReport report = proposals.layerReport(partition.layer().date().toString());
    return new LayerSummary(partition.layer().date(), partition.layer().approximate(),
        partition.layer().source(), Math.round(partition.layer().rawAreaM2() / 1e5) / 10.0,
        report.parties().get("russia"));
  }
}
