package territorymap.proposal;

import java.util.Collection;
import territorymap.territory.Atom;
import territorymap.territory.Boundaries;
import territorymap.territory.Territory;
import territorymap.territory.Units;

/**
 * An unrounded area on both bases, for sums and differences before they are rounded into a
 * {@link Figure} (so that, say, a difference in Russia's area mirrors Ukraine's exactly).
 *
 * @param m2 geodesic area, m²
 * @param officialKm2 area on the official basis, km²
 */
record Measure(double m2, double officialKm2) {

  /** The area of some territories, the official basis scaled region by region. */
  static Measure of(Collection<Territory> territories, Boundaries boundaries) {
    double m2 = 0;
    double official = 0;
    for (Territory territory : territories) {
      for (Atom atom : territory.atoms()) {
        double a = territory.areaM2(atom);
        m2 += a;
        official += a * boundaries.find(atom.code()).orElseThrow().officialKm2PerM2();
      }
    }
    return new Measure(m2, official);
  }

  Measure minus(Measure other) {
    return new Measure(m2 - other.m2, officialKm2 - other.officialKm2);
  }

  /** Rounded, with percentages of the geodesic total and of Ukraine's official area. */
  Figure figure(Boundaries boundaries) {
    return Figure.of(m2, officialKm2, boundaries.totalM2(), Units.NATIONAL_OFFICIAL_KM2);
  }
}
