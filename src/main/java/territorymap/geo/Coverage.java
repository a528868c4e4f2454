package territorymap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A set of polygonal units that tile an area without overlapping, and their union.
 *
 * <p>Real boundary files are rarely clean coverages, so the input is checked with JTS
 * {@link CoverageValidator} rather than trusted. A valid coverage is dissolved with
 * {@link CoverageUnion}, which is fast but returns invalid geometry on an invalid coverage. An
 * invalid one is repaired before use: where two units overlap, the overlap is given to the unit
 * that comes first and cut from the other, so that no square metre is counted twice; the union
 * is then made by robust overlay. Gaps between units are left as they are: they belong to no unit.
 *
 * @param units the units, in input order, overlaps removed; lon/lat degrees
 * @param union the union of all units
 * @param validAsGiven whether the input passed {@link CoverageValidator} unchanged
 * @param overlapsRemoved how many pairs of units overlapped and were cut
 */
public record Coverage(List<MultiPolygon> units, MultiPolygon union, boolean validAsGiven,
    int overlapsRemoved) {

  public Coverage {
    units = List.copyOf(units);
  }

  /** Checks the units as a coverage, repairs overlaps if there are any, and dissolves them. */
  public static Coverage of(List<MultiPolygon> units) {
    Geometry[] array = units.toArray(Geometry[]::new);
    Geometry[] faults = CoverageValidator.validate(array);
    if (!CoverageValidator.hasInvalidResult(faults)) {
      Geometry union = CoverageUnion.union(array);
      if (union != null && union.isValid()) {
        return new Coverage(units, Geometries.asMultiPolygon(union), true, 0);
      }
    }
    // Only units the validator flagged can overlap another; a pair needs both flagged.
    List<MultiPolygon> repaired = new ArrayList<>(units);
    int overlaps = 0;
    for (int i = 0; i < repaired.size(); i++) {
      for (int j = i + 1; j < repaired.size(); j++) {
        if (faults[i] == null || faults[j] == null) {
          continue;
        }
        MultiPolygon first = repaired.get(i);
        MultiPolygon second = repaired.get(j);
        if (!first.getEnvelopeInternal().intersects(second.getEnvelopeInternal())) {
          continue;
        }
        MultiPolygon overlap = Geometries.intersection(first, second);
        if (!overlap.isEmpty() && overlap.getArea() > 0) {
          repaired.set(j, Geometries.difference(second, first));
          overlaps++;
        }
      }
    }
    return new Coverage(repaired, Geometries.union(repaired), false, overlaps);
  }
}
