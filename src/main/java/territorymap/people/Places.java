package territorymap.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ukraine's populated places from GeoNames (1,651, each with at least about 1,000 people), as
 * shipped in the jar ({@code data/places-ukraine.csv}, made by {@code scripts/extract-places.sh}).
 * Credit: "Places: GeoNames (CC BY 4.0)".
 */
public final class Places {

  /** The credit line every map or figure using these places must carry. */
  public static final String CREDIT = "Places: GeoNames (CC BY 4.0)";

  private static final String RESOURCE = "/territorymap/people/places-ukraine.csv";
  private static final List<String> COLUMNS =
      List.of("geonamesId", "iso", "name", "nameUk", "lon", "lat", "population", "featureCode", "centreOf");

  private final List<Place> all;

  private Places(List<Place> all) {
    this.all = List.copyOf(all);
  }

  /** The table shipped in the jar. */
  public static Places shipped() {
    return ShippedTable.read(RESOURCE, Places::parse);
  }

  /** Reads the CSV written by the script (no quoted fields: the script's names have no commas). */
  static Places parse(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !Arrays.asList(header.split(",")).equals(COLUMNS)) {
      throw new IllegalStateException("the places table needs the columns " + COLUMNS + ", not " + header);
    }
    List<Place> places = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split(",", -1);
      if (c.length != COLUMNS.size()) {
        throw new IllegalStateException("places table: " + c.length + " fields in " + line);
      }
      places.add(new Place(Long.parseLong(c[0]), c[1], c[2], c[3], Double.parseDouble(c[4]),
          Double.parseDouble(c[5]), Integer.parseInt(c[6]), c[7],
          c[8].isEmpty() ? Set.of() : Set.of(c[8].split(" "))));
    }
    return new Places(places);
  }

  /** Every place, largest population first. */
  public List<Place> all() {
    return all;
  }

  /**
   * The places in the order a map should try to label them: the emphasised ones (say, the places a
   * proposal names or hands over) first, then the units' administrative centres, then the others,
   * each group largest first. Map labels are placed first come, first served, so the order is the
   * priority ({@code MapFeature.Place} of the map renderer).
   *
   * @param emphasisedIds GeoNames ids to put first; unknown ids are ignored
   */
  public List<Place> labelOrder(Set<Long> emphasisedIds) {
    return all.stream()
        .sorted(Comparator.comparing((Place p) -> !emphasisedIds.contains(p.geonamesId()))
            .thenComparing(p -> !p.isUnitCentre()))
        .toList();
  }

  /** The places GeoNames puts in one unit, largest first. */
  public List<Place> inUnit(String unitCode) {
    return all.stream().filter(p -> p.unitCode().equals(unitCode)).toList();
  }
}
