package territorymap.web;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import territorymap.figures.AreaReport;
import territorymap.figures.Allocation;
import territorymap.figures.Comparison;
import territorymap.figures.Figure;
import territorymap.figures.PeopleReport;
import territorymap.people.Place;
import territorymap.people.Places;
import territorymap.proposal.NamedPoint;
import territorymap.proposal.Party;
import territorymap.proposal.Regime;
import territorymap.proposal.Terms;
import territorymap.render.Fill;
import territorymap.render.Fills;
import territorymap.render.KeyFigure;
import territorymap.render.LegendEntry;
import territorymap.render.LineStyle;
import territorymap.render.MapFeature;
import territorymap.render.MapImage;
import territorymap.render.Ring;
import territorymap.territory.DisplayDetail;
import territorymap.territory.Partition;
import territorymap.territory.Region;

/**
 * What a map image of a proposal, or of a comparison, shows: the allocation the area report is made
 * from (each share in the page's fill), the unit borders, the line of contact of the layer, the
 * settlements the proposal moves from one holder to another (the people report's largest, each a
 * ring in the colour of the holder it goes to), the largest places, and the report's figures on the
 * basis asked for (official by default), one decimal for %, rounded to 100 km² with "≈" on an
 * approximate line, as the page shows them; its words, place names, numbers and dates in English or
 * Ukrainian ({@link ViewWords}). The credits name the line's source (DeepStateMap by name where the
 * layer is theirs), OpenStreetMap for the boundaries' outline and GeoNames for the places.
 */
final class MapImages {

  /** Places labelled on an image, largest first (oblast centres before the rest). */
  static final int PLACES = 60;
  static final String SERVICE_CREDIT = "Territory Map";
  private static final Color INK = new Color(0x1b1d21);
  private static final LineStyle UNIT_BORDER = new LineStyle(Fills.BORDER, 0.9, false);

  private MapImages() {}

  /**
   * One proposal's image.
   *
   * @param people the allocation's people, whose largest settlements changing hands are marked
   * @param line the layer's line of contact, lon/lat
   */
  static MapImage of(Allocation allocation, AreaReport report, PeopleReport people, Geometry line, Basis basis,
      ViewWords words) {
    List<MapFeature> features = new ArrayList<>();
    Map<Fill, String> legend = new LinkedHashMap<>();
    for (Allocation.Share share : allocation.shares()) {
      Fill fill = Fills.share(share.holder().id(), share.terms().recognition().id(), share.terms().regime().id());
      features.add(new MapFeature.Area(share.territory().displayGeometry(DisplayDetail.MEDIUM), fill, null));
      legend.putIfAbsent(fill, shareLabel(share, words));
    }
    Partition partition = allocation.partition();
    decorate(features, partition, line, allocation.proposal().places(), people, words);
    boolean approximate = report.layer().approximate();
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(new KeyFigure(words.percent(basis.percent(report.parties().get(Party.RUSSIA))),
        words.ofUkraineTo(Party.RUSSIA)));
    figures.add(new KeyFigure(words.percent(basis.percent(report.parties().get(Party.UKRAINE))),
        words.ofUkraineTo(Party.UKRAINE)));
    Figure ceded = report.change().cededByUkraine();
    figures.add(new KeyFigure(words.km2(basis.km2(ceded), approximate), words.cededBeyond(report.layer().date())));
    return new MapImage(words.text(report.title()), subtitle(report, basis, words), features, null, figures,
        legendEntries(legend, report, people, words), credits(report, words));
  }

  /**
   * A comparison's image: the baseline's shares, and over them, hatched in the taker's colour, the
   * territory each other proposal gives to another party; the baseline's settlements changing hands
   * marked ({@code people}: the baseline's).
   */
  static MapImage of(List<Allocation> allocations, Comparison comparison, PeopleReport people, Geometry line,
      Basis basis, ViewWords words) {
    List<MapFeature> features = new ArrayList<>();
    Map<Fill, String> legend = new LinkedHashMap<>();
    for (Allocation.Share share : allocations.get(0).shares()) {
      Fill fill = Fills.share(share.holder().id(), share.terms().recognition().id(), share.terms().regime().id());
      features.add(new MapFeature.Area(share.territory().displayGeometry(DisplayDetail.MEDIUM), fill, null));
      legend.putIfAbsent(fill, "A: " + shareLabel(share, words));
    }
    List<AreaReport> reports = comparison.reports();
    for (int i = 0; i < comparison.divergences().size(); i++) {
      String letter = String.valueOf((char) ('B' + i));
      for (Comparison.Transfer transfer : comparison.divergences().get(i).transfers()) {
        Fill fill = Fills.transfer(transfer.fromParty().id(), transfer.toParty().id());
        features.add(new MapFeature.Area(transfer.territory().displayGeometry(DisplayDetail.MEDIUM), fill,
            Fills.party(transfer.toParty().id())));
        legend.putIfAbsent(fill, words.givesInstead(letter, transfer.toParty(), transfer.fromParty()));
      }
    }
    decorate(features, allocations.get(0).partition(), line,
        allocations.stream().flatMap(a -> a.proposal().places().stream()).distinct().toList(), people, words);
    List<KeyFigure> figures = new ArrayList<>();
    for (int i = 0; i < reports.size() && i < 3; i++) {
      figures.add(new KeyFigure(words.percent(basis.percent(reports.get(i).parties().get(Party.RUSSIA))),
          words.toRussiaIn(String.valueOf((char) ('A' + i)), words.text(reports.get(i).title()))));
    }
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      title.append(i == 0 ? "" : words.versus()).append((char) ('A' + i)).append(' ').append(words.text(reports.get(i).title()));
    }
    AreaReport base = reports.get(0);
    return new MapImage(title.toString(), subtitle(base, basis, words), features, null, figures,
        legendEntries(legend, base, people, words), credits(base, words));
  }

  /**
   * Unit borders, the line of contact, the settlements changing hands (largest first), and place
   * names: the points the proposals name first (a nuclear plant), then the shipped places in their
   * labelling order.
   */
  private static void decorate(List<MapFeature> features, Partition partition, Geometry line,
      List<NamedPoint> named, PeopleReport people, ViewWords words) {
    for (Region region : partition.boundaries().regions()) {
      features.add(new MapFeature.Line(region.geometry(), UNIT_BORDER));
    }
    features.add(new MapFeature.Line(line, Fills.LINE_OF_CONTACT));
    for (PeopleReport.Settlement settlement : people.settlementsChangingHands().largest()) {
      features.add(new MapFeature.Marked(words.settlementName(settlement), settlement.lon(), settlement.lat(),
          new Ring(Fills.party(settlement.to().id()))));
    }
    for (NamedPoint point : named) {
      features.add(new MapFeature.Place(words.text(point.name()), point.lon(), point.lat(), true));
    }
    List<Place> places = Places.shipped().labelOrder(Set.of());
    for (Place place : places.subList(0, Math.min(PLACES, places.size()))) {
      features.add(new MapFeature.Place(place.name(words.language() == Language.UK), place.lon(), place.lat(), place.isUnitCentre()));
    }
  }

  /** The shares' fills, the line of contact, and a ring for the settlements changing hands if any. */
  private static List<LegendEntry> legendEntries(Map<Fill, String> fills, AreaReport report, PeopleReport people,
      ViewWords words) {
    List<LegendEntry> entries = new ArrayList<>();
    fills.forEach((fill, label) -> entries.add(new LegendEntry(fill, label)));
    entries.add(new LegendEntry(Fills.LINE_OF_CONTACT, words.lineOfContact(report.layer().date())));
    // The ring in the taker's colour where all go to one side, else in ink.
    Set<Party> takers = people.settlementsChangingHands().largest().stream()
        .map(PeopleReport.Settlement::to).collect(Collectors.toSet());
    if (!takers.isEmpty()) {
      entries.add(new LegendEntry(new Ring(takers.size() == 1 ? Fills.party(takers.iterator().next().id()) : INK),
          words.settlementsChangingHands()));
    }
    return entries;
  }

  private static String subtitle(AreaReport report, Basis basis, ViewWords words) {
    return words.subtitle(report.layer().date(), report.layer().approximate(), basis, basis.totalKm2(report));
  }

  /** The credits: the line's source, the boundaries, the places, the service. */
  static List<String> credits(AreaReport report, ViewWords words) {
    return List.of(words.lineCreditLabel() + lineCredit(report.layer(), words), words.boundariesCredit(),
        words.placesCredit(), SERVICE_CREDIT);
  }

  /**
   * A layer's source as a credit: DeepStateMap by name where the layer is theirs (its source names
   * a file or URL of theirs), the project's own approximation as such, anything else as given.
   */
  static String lineCredit(AreaReport.LayerInfo layer, ViewWords words) {
    String source = layer.source() == null ? "" : layer.source();
    if (isDeepState(layer)) {
      return "DeepStateMap, " + words.day(layer.date());
    }
    if (layer.approximate()) {
      return words.approximation(layer.date());
    }
    return source;
  }

  /** Whether the layer is DeepStateMap's (its source names a file or URL of theirs). */
  static boolean isDeepState(AreaReport.LayerInfo layer) {
    return layer.source() != null && layer.source().toLowerCase(Locale.ROOT).replace(" ", "").contains("deepstate");
  }

  private static String shareLabel(Allocation.Share share, ViewWords words) {
    return words.terms(share.terms());
  }
}
