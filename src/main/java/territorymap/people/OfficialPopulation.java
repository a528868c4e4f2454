package territorymap.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 27 units' official pre-war population ({@code data/population-2022.csv}): the State
 * Statistics Service of Ukraine's estimate of 1 January 2022 for 25 units, and its last
 * published figures (1 January 2014) for Crimea and Sevastopol.
 *
 * <p>The national figure used is the sum of the 27 ({@link #nationalPersons()}, 43,520,435): the
 * published national estimate of 1 January 2022, which excludes Crimea and Sevastopol
 * (41,167,335), plus their 2014 figures.
 */
public final class OfficialPopulation {

  /** The credit line for figures derived from this table. */
  public static final String CREDIT =
      "Pre-war population: State Statistics Service of Ukraine (1 Jan 2022; Crimea, Sevastopol 1 Jan 2014)";

  private static final String RESOURCE = "/territorymap/people/population-2022.csv";

  private final Map<String, UnitPopulation> byCode;

  private OfficialPopulation(Map<String, UnitPopulation> byCode) {
    this.byCode = byCode;
  }

  /** The table shipped in the jar. */
  public static OfficialPopulation shipped() {
    return ShippedTable.read(RESOURCE, OfficialPopulation::parse);
  }

  static OfficialPopulation parse(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !Arrays.asList(header.split(",")).equals(List.of("iso", "name", "population", "asOf"))) {
      throw new IllegalStateException("the population table needs the columns iso,name,population,asOf, not " + header);
    }
    Map<String, UnitPopulation> units = new TreeMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        String[] c = line.split(",", -1);
        units.put(c[0], new UnitPopulation(c[0], c[1], Long.parseLong(c[2]), LocalDate.parse(c[3])));
      }
    }
    return new OfficialPopulation(units);
  }

  public Optional<UnitPopulation> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All units, ordered by code. */
  public Collection<UnitPopulation> all() {
    return byCode.values();
  }

  /** The national figure used: the sum of the units, persons. */
  public long nationalPersons() {
    return byCode.values().stream().mapToLong(UnitPopulation::persons).sum();
  }
}
