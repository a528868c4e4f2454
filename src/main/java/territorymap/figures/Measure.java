package territorymap.figures;

import java.util.Collection;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.Territory;

/**
 * An unrounded area on both bases, for sums and differences before they are rounded into a
 * {@link Figure} (so that, say, a change in Russia's area mirrors Ukraine's exactly).
 *
 * @param m2 geodesic area, m²
 * @param officialKm2 area on the official basis, km²
 */
record Measure(double m2, double officialKm2) {

  static final Measure ZERO = new Measure(0, 0);

  /** A piece of one region. */
  static Measure of(Boundaries boundaries, Atom atom, double m2) {
    return new Measure(m2, OfficialBasis.km2(boundaries.find(atom.code()).orElseThrow(), m2));
  }

  /** The area of some territories, the official basis scaled region by region. */
  static Measure of(Collection<Territory> territories, Boundaries boundaries) {
    Measure sum = ZERO;
    for (Territory territory : territories) {
      for (Atom atom : territory.atoms()) {
        sum = sum.plus(of(boundaries, atom, territory.areaM2(atom)));
      }
    }
    return sum;
  }

  Measure plus(Measure other) {
    return new Measure(m2 + other.m2, officialKm2 + other.officialKm2);
  }

  Measure minus(Measure other) {
    return new Measure(m2 - other.m2, officialKm2 - other.officialKm2);
  }

  /** Rounded, with percentages of the geodesic total and of Ukraine's official area. */
  Figure figure(Boundaries boundaries) {
    return Figure.of(m2, officialKm2, boundaries.totalM2());
  }
}
