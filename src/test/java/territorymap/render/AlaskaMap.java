package territorymap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import territorymap.people.Place;
import territorymap.people.Places;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.DisplayDetail;
import territorymap.territory.Partition;
import territorymap.territory.ShippedData;
import territorymap.territory.Region;
import territorymap.territory.LineOfContact;
import territorymap.territory.Side;

/**
 * A map image as the service will draw one, on the shipped data: the terms reported around the
 * Alaska summit (Ukraine leaves the part of Donetsk oblast it holds; the line is frozen elsewhere)
 * over the approximate layer of 15 August 2025. Used by the renderer's tests and benchmark.
 */
public final class AlaskaMap {

  private AlaskaMap() {}

  /** The image, with place names in Ukrainian if asked. */
  public static MapImage build(boolean ukrainian) {
    Partition partition = ShippedData.august2025();
    Boundaries boundaries = partition.boundaries();
    List<MapFeature> features = new ArrayList<>();
    Fill held = Fills.share("ukraine", "not-mentioned", "none");
    Fill frozen = Fills.share("russia", "frozen", "none");
    Fill deJure = Fills.share("russia", "in-law", "none");
    Fill transfer = Fills.transfer("ukraine", "russia");
    for (Region region : boundaries.regions()) {
      boolean crimea = region.code().equals("UA-43") || region.code().equals("UA-40");
      boolean donetsk = region.code().equals("UA-14");
      for (Side side : Side.values()) {
        Geometry piece = partition.displayGeometry(new Atom(region.code(), side), DisplayDetail.MEDIUM);
        if (piece.isEmpty()) {
          continue;
        }
        Fill fill = crimea || donetsk && side == Side.OCCUPIED ? deJure
            : donetsk ? transfer : side == Side.OCCUPIED ? frozen : held;
        features.add(new MapFeature.Area(piece, fill, null));
      }
    }
    for (Region region : boundaries.regions()) {
      features.add(new MapFeature.Line(region.geometry(), new LineStyle(Fills.BORDER, 0.9, false)));
    }
    features.add(new MapFeature.Line(LineOfContact.of(partition).geometry(), Fills.LINE_OF_CONTACT));
    // Kramatorsk and Sloviansk (GeoNames 704508, 693468), the towns the terms hand over, first.
    List<Place> places = Places.shipped().labelOrder(Set.of(704508L, 693468L));
    for (Place place : places.subList(0, 60)) {
      features.add(new MapFeature.Place(place.name(ukrainian), place.lon(), place.lat(), place.isUnitCentre()));
    }
    return new MapImage(
        "Alaska terms: Ukraine would leave the rest of Donetsk oblast",
        "Line of contact 15 Aug 2025 (approximate)  ·  areas geodesic, WGS 84",
        features, null,
        List.of(new KeyFigure("19.1 %", "of Ukraine held by Russia on 15 Aug 2025"),
            new KeyFigure("+6,200 km²", "more handed to Russia: the part of Donetsk oblast Ukraine holds"),
            new KeyFigure("0.75 million", "pre-war population of that part, estimate")),
        List.of(new LegendEntry(deJure, "Russia, recognised (de jure)"),
            new LegendEntry(transfer, "Handed from Ukraine to Russia"),
            new LegendEntry(frozen, "Russia, frozen on the line"),
            new LegendEntry(held, "Ukraine"),
            new LegendEntry(Fills.LINE_OF_CONTACT, "Line of contact, 15 Aug 2025")),
        List.of("Line: Territory Map approximation from public reports, 15 Aug 2025",
            "Boundaries: Natural Earth", Places.CREDIT, "Territory Map"));
  }
}
