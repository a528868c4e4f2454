package territorymap.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import territorymap.geo.Geometries;
import territorymap.territory.Atom;
import territorymap.territory.Partition;
import territorymap.territory.Region;
import territorymap.territory.Side;
import territorymap.territory.Territory;

/**
 * Estimates the pre-war population of any territory of one {@link Partition}.
 *
 * <p>Method. For each unit, the places GeoNames puts in it are counted where they lie, and the
 * rest of the unit's official population (official minus the places' sum) is spread evenly over
 * the unit's geodesic area. The estimate of a territory is the places inside it plus, unit by
 * unit, the rest times the territory's share of the unit's area. A whole unit therefore gets
 * exactly its official population, and the 27 units add up to
 * {@link OfficialPopulation#nationalPersons()}.
 *
 * <p>Where a unit's places add up to more than its official population (Sevastopol, whose
 * GeoNames figure is a post-2014 Russian one: 467,532 against 385,900), the rest is 0 and every
 * place of the unit is scaled by official ÷ sum, so that the unit still adds up to its official
 * figure; {@link CountedPlace#persons()} carries the scaled figure.
 *
 * <p>Places are matched to units by GeoNames' admin-1 code, not by the boundary polygons. A place
 * that lies outside its unit's polygon (the coarse Natural Earth coast and borders) is moved to the
 * nearest point of the nearer of the unit's two atoms. Each place's atom is found once, here, so a
 * territory made of whole atoms costs no point-in-polygon test; only the places of atoms the
 * territory holds in part are tested against its geometry.
 *
 * <p>Known limit: a moved place lies on its atom's edge; in a territory that holds that atom only in
 * part, it is counted if the territory's geometry covers that edge point, which a neighbouring
 * unit's piece of the territory may do.
 *
 * <p>Building the model tests each of the 1,651 places against its unit's two prepared atoms once
 * per partition (layer): keep one model per partition. Instances are immutable and thread-safe.
 */
public final class PopulationModel {

  /** A place with the atom it lies in and where it is counted (lon/lat degrees). */
  private record Located(Place place, Atom atom, Point at, double persons) {}

  /** Per unit: the places, and the spread rest per m² of the unit's geodesic area. */
  private record UnitModel(List<Located> places, double restPerM2) {}

  private final Partition partition;
  private final Map<String, UnitModel> units;
  private final OfficialPopulation official;

  private PopulationModel(Partition partition, Map<String, UnitModel> units, OfficialPopulation official) {
    this.partition = partition;
    this.units = units;
    this.official = official;
  }

  /**
   * Builds the model for one partition.
   *
   * @throws IllegalArgumentException if a unit of the partition has no official population
   */
  public static PopulationModel of(Partition partition, Places places, OfficialPopulation official) {
    Map<String, UnitModel> units = new LinkedHashMap<>();
    for (Region region : partition.boundaries().regions()) {
      long officialPersons = official.find(region.code())
          .orElseThrow(() -> new IllegalArgumentException("no official population for " + region.code()))
          .persons();
      List<Place> inUnit = places.inUnit(region.code());
      double placesSum = inUnit.stream().mapToDouble(Place::population).sum();
      double scale = placesSum > officialPersons ? officialPersons / placesSum : 1;
      double rest = Math.max(0, officialPersons - placesSum);
      Atom occupied = new Atom(region.code(), Side.OCCUPIED);
      Atom held = new Atom(region.code(), Side.HELD);
      PreparedGeometry[] atoms = {PreparedGeometryFactory.prepare(partition.geometry(occupied)),
          PreparedGeometryFactory.prepare(partition.geometry(held))};
      List<Located> located = inUnit.stream()
          .map(place -> locate(atoms, occupied, held, place, place.population() * scale))
          .toList();
      // The unit's area as cut by the layer (its atoms), not the region's own geodesic area: the
      // two differ by overlay noise (about 1e-7 relative), and the atoms must add up to the unit.
      double unitM2 = partition.areaM2(new Atom(region.code(), Side.OCCUPIED))
          + partition.areaM2(new Atom(region.code(), Side.HELD));
      units.put(region.code(), new UnitModel(located, rest / unitM2));
    }
    return new PopulationModel(partition, units, official);
  }

  /** The place's atom ({@code atoms}: the prepared occupied and held parts of its unit). */
  private static Located locate(PreparedGeometry[] atoms, Atom occupied, Atom held, Place place, double persons) {
    Point point = Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()));
    if (atoms[0].covers(point)) {
      return new Located(place, occupied, point, persons);
    }
    if (atoms[1].covers(point)) {
      return new Located(place, held, point, persons);
    }
    Geometry a = atoms[0].getGeometry();
    Geometry b = atoms[1].getGeometry();
    double da = a.isEmpty() ? Double.POSITIVE_INFINITY : a.distance(point);
    double db = b.isEmpty() ? Double.POSITIVE_INFINITY : b.distance(point);
    Geometry nearest = da <= db ? a : b;
    Coordinate on = DistanceOp.nearestPoints(nearest, point)[0];
    return new Located(place, da <= db ? occupied : held, Geometries.FACTORY.createPoint(on), persons);
  }

  /** The national figure used: the official figures of the 27 units added up, persons. */
  public long nationalPersons() {
    return official.nationalPersons();
  }

  /**
   * A unit's official pre-war population, persons.
   *
   * @throws IllegalArgumentException if the unit has none
   */
  public long officialPersons(String code) {
    return official.find(code).orElseThrow(() -> new IllegalArgumentException("no official population for " + code))
        .persons();
  }

  /** The partition the model was built for. */
  public Partition partition() {
    return partition;
  }

  /**
   * The pre-war population of a territory of this model's partition.
   *
   * @throws IllegalArgumentException if the territory belongs to another partition
   */
  public PopulationEstimate estimate(Territory territory) {
    if (territory.partition() != partition) {
      throw new IllegalArgumentException("the territory belongs to another partition (layer)");
    }
    PreparedGeometry[] geometry = new PreparedGeometry[1]; // made only if an atom is held in part
    Map<String, Double> byUnit = new TreeMap<>();
    Map<Atom, Double> byAtom = new HashMap<>();
    List<CountedPlace> counted = new ArrayList<>();
    double placesTotal = 0;
    double spreadTotal = 0;
    for (Atom atom : territory.atoms()) {
      double areaM2 = territory.areaM2(atom);
      UnitModel unit = units.get(atom.code());
      double spread = unit.restPerM2() * areaM2;
      boolean whole = Math.abs(areaM2 - partition.areaM2(atom)) <= 1e-9 * partition.areaM2(atom);
      double inPlaces = 0;
      for (Located place : unit.places()) {
        if (!place.atom().equals(atom)) {
          continue;
        }
        if (!whole) {
          if (geometry[0] == null) {
            geometry[0] = PreparedGeometryFactory.prepare(territory.geometry());
          }
          if (!geometry[0].covers(place.at())) {
            continue;
          }
        }
        counted.add(new CountedPlace(place.place(), place.persons(), atom));
        inPlaces += place.persons();
      }
      byUnit.merge(atom.code(), inPlaces + spread, Double::sum);
      byAtom.merge(atom, inPlaces + spread, Double::sum);
      placesTotal += inPlaces;
      spreadTotal += spread;
    }
    counted.sort(Comparator.comparingDouble(CountedPlace::persons).reversed()
        .thenComparingLong(c -> c.place().geonamesId()));
    return new PopulationEstimate(placesTotal + spreadTotal, placesTotal, spreadTotal, byUnit, byAtom, counted);
  }

  /** The pre-war population of one atom (a unit's occupied or held part). */
  public PopulationEstimate estimate(Atom atom) {
    return estimate(Territory.ofAtoms(partition, List.of(atom)));
  }
}
