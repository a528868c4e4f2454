package territorymap.territory;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.GeodesicCircle;
import territorymap.geo.Geometries;

/**
 * A description of territory that can be evaluated against any control layer: a whole region,
 * a region's occupied or held part, all occupied territory, an explicit polygon, a band along the
 * layer's line of contact, a circle around a point, or unions, intersections and differences of
 * these.
 *
 * <p>Region codes are not checked here: a definition is validated where it is read (the proposal
 * reader refuses an unknown code, naming the field).
 */
public sealed interface TerritoryExpression {

  /** The territory this expression describes, in the atoms of one partition. */
  Territory evaluate(Partition partition);


  /** A whole region, both sides of the line. */
  record WholeRegion(String code) implements TerritoryExpression {
    @Override
    public Territory evaluate(Partition partition) {
      return Territory.ofAtoms(partition, List.of(new Atom(code, Side.OCCUPIED), new Atom(code, Side.HELD)));
    }
  }

  /** A region's part on one side of the line: occupied (region ∩ layer) or held (region − layer). */
  record RegionPart(String code, Side side) implements TerritoryExpression {
    @Override
    public Territory evaluate(Partition partition) {
      return Territory.ofAtoms(partition, List.of(new Atom(code, side)));
    }
  }

  /** All territory on one side of the line, in every region. */
  record AllOf(Side side) implements TerritoryExpression {
    @Override
    public Territory evaluate(Partition partition) {
      return Territory.ofAtoms(partition,
          partition.atoms().stream().filter(atom -> atom.side() == side).toList());
    }
  }

  /** The part of the country inside an explicit polygon (lon/lat degrees, valid). */
  record Shape(MultiPolygon geometry) implements TerritoryExpression {
    @Override
    public Territory evaluate(Partition partition) {
      return Territory.ofPolygon(partition, geometry);
    }
  }

  /**
   * The land within a geodesic distance of the layer's line of contact, into one side or both,
   * limited to some regions or none ({@link ContactBand}).
   *
   * @param km the distance from the line, km, &gt; 0
   * @param regions the ISO codes the band is limited to; empty for the whole line
   */
  record Band(ContactBand.Reach reach, double km, List<String> regions) implements TerritoryExpression {
    public Band {
      regions = List.copyOf(regions);
    }

    @Override
    public Territory evaluate(Partition partition) {
      return ContactBand.of(partition.line(), reach, km * 1000, regions);
    }
  }

  /**
   * The land within a geodesic distance of a point ({@link GeodesicCircle}).
   *
   * @param lon longitude of the centre, degrees
   * @param lat latitude of the centre, degrees
   * @param km the radius, km, &gt; 0
   * @param geometry the circle as a polygon
   */
  record Circle(double lon, double lat, double km, MultiPolygon geometry) implements TerritoryExpression {
    /** The circle of {@code km} around ({@code lon}, {@code lat}). */
    public static Circle of(double lon, double lat, double km) {
      return new Circle(lon, lat, km, Geometries.polygonal(GeodesicCircle.of(lon, lat, km * 1000)));
    }

    @Override
    public Territory evaluate(Partition partition) {
      return Territory.ofPolygon(partition, geometry);
    }
  }

  /** Territory in any of the operands. */
  record Union(List<TerritoryExpression> operands) implements TerritoryExpression {
    public Union {
      operands = List.copyOf(operands);
    }

    @Override
    public Territory evaluate(Partition partition) {
      Territory result = Territory.ofAtoms(partition, List.of());
      for (TerritoryExpression operand : operands) {
        result = result.union(operand.evaluate(partition));
      }
      return result;
    }
  }

  /** Territory in every one of the operands (at least one). */
  record Intersection(List<TerritoryExpression> operands) implements TerritoryExpression {
    public Intersection {
      operands = List.copyOf(operands);
      if (operands.isEmpty()) {
        throw new IllegalArgumentException("an intersection needs at least one operand");
      }
    }

    @Override
    public Territory evaluate(Partition partition) {
      Territory result = operands.get(0).evaluate(partition);
      for (TerritoryExpression operand : operands.subList(1, operands.size())) {
        result = result.intersection(operand.evaluate(partition));
      }
      return result;
    }
  }

  /** Territory in the first operand and in none of the others. */
  record Difference(TerritoryExpression from, List<TerritoryExpression> subtract)
      implements TerritoryExpression {
    public Difference {
      subtract = List.copyOf(subtract);
    }

    @Override
    public Territory evaluate(Partition partition) {
      Territory result = from.evaluate(partition);
      for (TerritoryExpression operand : subtract) {
        result = result.minus(operand.evaluate(partition));
      }
      return result;
    }
  }
}
