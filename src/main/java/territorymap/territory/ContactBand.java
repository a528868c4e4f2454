package territorymap.territory;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import territorymap.geo.GeodesicBuffer;

/**
 * The territory within a geodesic distance of a line of contact, on one side of it or on both:
 * "Ukraine withdraws 40 km from the line in Donetsk oblast" is {@code of(line, INTO_HELD, 40_000,
 * Set.of("UA-14"))}.
 *
 * <p>The band is {@link GeodesicBuffer} of the line (see there for its accuracy); it is cut by the
 * atoms of the side asked for ({@link Territory#ofPolygon(Partition, Geometry, Collection)}), so
 * its area is a sum of geodesic areas of atom pieces and it combines with any other territory of
 * the partition. A line without edges (nothing occupied) gives an empty territory.
 */
public final class ContactBand {

  /** Which side of the line the band reaches into. */
  public enum Reach {
    /** Into the part held by Ukraine. */
    INTO_HELD,
    /** Into the occupied part. */
    INTO_OCCUPIED,
    /** The same distance each way: band ∩ Ukraine. */
    MIRRORED
  }

  private ContactBand() {}

  /**
   * The band as a territory.
   *
   * @param line the line of contact; its partition is the one the territory is made of
   * @param reach which side or sides
   * @param distanceM geodesic distance from the line, metres, &gt; 0
   * @param regions ISO 3166-2 codes the band is limited to; empty for the whole line
   * @throws IllegalArgumentException for a distance that is not positive or an unknown region code
   */
  public static Territory of(LineOfContact line, Reach reach, double distanceM, Collection<String> regions) {
    if (!(distanceM > 0)) {
      throw new IllegalArgumentException("distance " + distanceM + " m: must be positive");
    }
    Partition partition = line.partition();
    for (String code : regions) {
      if (partition.boundaries().find(code).isEmpty()) {
        throw new IllegalArgumentException("unknown region " + code);
      }
    }
    if (line.geometry().isEmpty()) {
      return Territory.ofAtoms(partition, List.of());
    }
    Set<String> limit = Set.copyOf(regions);
    List<Atom> side = partition.atoms().stream()
        .filter(atom -> limit.isEmpty() || limit.contains(atom.code()))
        .filter(atom -> switch (reach) {
          case INTO_HELD -> atom.side() == Side.HELD;
          case INTO_OCCUPIED -> atom.side() == Side.OCCUPIED;
          case MIRRORED -> true;
        })
        .toList();
    MultiPolygon band = GeodesicBuffer.of(line.geometry(), distanceM);
    return Territory.ofPolygon(partition, band, side);
  }
}
