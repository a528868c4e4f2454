package territorymap.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import territorymap.people.CountedPlace;
import territorymap.people.OfficialPopulation;
import territorymap.people.Place;
import territorymap.people.Places;
import territorymap.people.PopulationEstimate;
import territorymap.people.PopulationModel;
import territorymap.proposal.Party;
import territorymap.territory.Atom;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;

/**
 * The pre-war population, estimate, of what a proposal gives to whom: each party's territory, each
 * change against the control layer, region by region, and the largest settlements that change
 * hands. The people beside the km² of an {@link AreaReport}, made from the same {@link Allocation}
 * and cached with it ({@link Evaluations}).
 *
 * <p>Every figure is {@link PopulationModel}'s estimate (GeoNames places counted where they lie, the
 * rest of each unit's official population spread over its area) of the people who lived there
 * before 24 February 2022, never who lives there now; it is named {@value #NAME} wherever it is
 * shown. Persons are rounded to whole persons (which the estimate cannot claim: the page rounds
 * further), shares of the national figure used ({@link OfficialPopulation#nationalPersons()}) to
 * 0.001 %. The parties' persons add up to the national figure within one person per party
 * (each is rounded on its own).
 *
 * @param name {@value #NAME}
 * @param method the method, in one sentence
 * @param credit the sources
 * @param nationalPersons the national figure used: the 27 units' official figures added up
 * @param parties for each party, the people of its territory, in {@link Party} order
 * @param change against the control layer
 * @param regions per unit, ordered by code
 * @param settlementsChangingHands the places whose holder under the proposal differs from the
 *     layer's control (Russia on the occupied side, Ukraine on the held side)
 */
public record PeopleReport(String name, String method, String credit, long nationalPersons,
    Map<Party, Persons> parties, Change change, List<RegionPeople> regions, Settlements settlementsChangingHands) {

  /** What the figures are called wherever they are shown. */
  public static final String NAME = "pre-war population, estimate";

  /** The method in one sentence, for reports and exports. */
  static final String METHOD = "GeoNames places (about 1,000 people and more) counted in the piece they lie in,"
      + " plus the rest of each unit's official pre-war population spread evenly over the unit's area;"
      + " who lived there before 24 February 2022, not who lives there now";

  /** How many of the settlements changing hands are listed (the largest first). */
  static final int LARGEST = 10;

  /**
   * Some people.
   *
   * @param persons the estimate, whole persons
   * @param percentOfNational its share of the national figure used, %, rounded to 0.001
   */
  public record Persons(long persons, double percentOfNational) {}

  /**
   * Against the control layer: the people of the territory that leaves Ukraine's hands (held, given
   * to any other party), of the territory that leaves Russia's (occupied, given to any other party),
   * and the net change for Ukraine (occupied given to Ukraine, less what Ukraine cedes).
   */
  public record Change(Persons cededByUkraine, Persons returnedByRussia, Persons netForUkraine) {}

  /**
   * One region's people.
   *
   * @param persons the unit's official pre-war population
   * @param occupied the people of its part under Russian control in the layer
   * @param parties the people of each party's part of the region, in {@link Party} order
   * @param cededByUkraine the people of its held part given to another party
   * @param returnedByRussia the people of its occupied part given to another party
   */
  public record RegionPeople(String code, String name, String nameUk, long persons, long occupied,
      Map<Party, Long> parties, long cededByUkraine, long returnedByRussia) {

    public RegionPeople {
      parties = Parties.copy(parties);
    }
  }

  /**
   * The settlements changing hands.
   *
   * @param count how many GeoNames places change hands
   * @param persons the people of those places, whole persons
   * @param largest the {@value #LARGEST} largest, largest first
   */
  public record Settlements(int count, long persons, List<Settlement> largest) {

    public Settlements {
      largest = List.copyOf(largest);
    }
  }

  /**
   * A settlement changing hands.
   *
   * @param region ISO 3166-2 code of its unit
   * @param lon longitude, WGS 84 degrees
   * @param lat latitude, WGS 84 degrees
   * @param population the persons counted for it: its GeoNames population (scaled where its unit's
   *     places exceed the unit's official figure), whole persons
   * @param from who holds it in the layer: Russia on the occupied side, Ukraine on the held side
   * @param to who the proposal gives it to
   */
  public record Settlement(long geonamesId, String name, String nameUk, String region, double lon, double lat,
      long population, Party from, Party to) {}

  public PeopleReport {
    parties = Parties.copy(parties);
    regions = List.copyOf(regions);
  }

  /** The people of an allocation, from the model of its partition. */
  public static PeopleReport of(Allocation allocation, PopulationModel model) {
    Partition partition = allocation.partition();
    if (model.partition() != partition) {
      throw new IllegalArgumentException("the model belongs to another partition (layer)");
    }
    double national = model.nationalPersons();
    // Each atom's persons per party (by ordinal): the shares do not overlap, so nothing counts twice.
    Map<Atom, double[]> byAtom = new HashMap<>();
    double[] byParty = new double[Party.values().length];
    List<Moved> moved = new ArrayList<>();
    for (Allocation.Share share : allocation.shares()) {
      PopulationEstimate estimate = model.estimate(share.territory());
      byParty[share.holder().ordinal()] += estimate.persons();
      estimate.byAtomPersons().forEach((atom, persons) ->
          byAtom.computeIfAbsent(atom, a -> new double[byParty.length])[share.holder().ordinal()] += persons);
      for (CountedPlace place : estimate.places()) {
        if (share.holder() != holder(place.atom().side())) {
          moved.add(new Moved(place, share.holder()));
        }
      }
    }
    Map<Party, Persons> parties = new EnumMap<>(Party.class);
    for (Party party : Party.values()) {
      parties.put(party, persons(byParty[party.ordinal()], national));
    }
    double ceded = 0;
    double returned = 0;
    double returnedToUkraine = 0;
    for (Map.Entry<Atom, double[]> entry : byAtom.entrySet()) {
      Side side = entry.getKey().side();
      double away = awayFromHolder(side, entry.getValue());
      if (side == Side.HELD) {
        ceded += away;
      } else {
        returned += away;
        returnedToUkraine += entry.getValue()[Party.UKRAINE.ordinal()];
      }
    }
    moved.sort(Comparator.comparingDouble((Moved m) -> m.place().persons()).reversed()
        .thenComparingLong(m -> m.place().place().geonamesId()));
    List<Settlement> largest = moved.subList(0, Math.min(LARGEST, moved.size())).stream().map(Moved::settlement).toList();
    return new PeopleReport(NAME, METHOD, OfficialPopulation.CREDIT + "; " + Places.CREDIT,
        model.nationalPersons(), parties,
        new Change(persons(ceded, national), persons(returned, national),
            persons(returnedToUkraine - ceded, national)),
        regions(partition, model, byAtom),
        new Settlements(moved.size(), Math.round(moved.stream().mapToDouble(m -> m.place().persons()).sum()), largest));
  }

  /** A place counted in a share whose party is not the place's holder in the layer. */
  private record Moved(CountedPlace place, Party to) {
    Settlement settlement() {
      Place p = place.place();
      return new Settlement(p.geonamesId(), p.name(), p.nameUk(), p.unitCode(), p.lon(), p.lat(),
          Math.round(place.persons()), holder(place.atom().side()), to);
    }
  }

  /** Who holds a side of the line in the layer. */
  static Party holder(Side side) {
    return side == Side.OCCUPIED ? Party.RUSSIA : Party.UKRAINE;
  }

  /** The persons of one atom that a proposal gives to a party other than its holder in the layer. */
  private static double awayFromHolder(Side side, double[] byParty) {
    double away = 0;
    for (Party party : Party.values()) {
      if (party != holder(side)) {
        away += byParty[party.ordinal()];
      }
    }
    return away;
  }

  private static List<RegionPeople> regions(Partition partition, PopulationModel model, Map<Atom, double[]> byAtom) {
    List<RegionPeople> result = new ArrayList<>();
    double[] none = new double[Party.values().length];
    for (Region region : partition.boundaries().regions()) {
      Atom occupiedAtom = new Atom(region.code(), Side.OCCUPIED);
      Atom heldAtom = new Atom(region.code(), Side.HELD);
      // The shares cover each atom once, so its persons are its row added up.
      double[] occupied = byAtom.getOrDefault(occupiedAtom, none);
      double[] held = byAtom.getOrDefault(heldAtom, none);
      Map<Party, Long> parties = new EnumMap<>(Party.class);
      for (Party party : Party.values()) {
        parties.put(party, Math.round(occupied[party.ordinal()] + held[party.ordinal()]));
      }
      result.add(new RegionPeople(region.code(), region.official().name(), region.official().nameUk(),
          model.officialPersons(region.code()), Math.round(Arrays.stream(occupied).sum()), parties,
          Math.round(awayFromHolder(Side.HELD, held)), Math.round(awayFromHolder(Side.OCCUPIED, occupied))));
    }
    return result;
  }

  private static Persons persons(double persons, double national) {
    return new Persons(Math.round(persons), Rounding.percent(100 * persons / national));
  }
}
