package territorymap.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 27 first-level units of Ukraine (24 oblasts, AR Crimea, Kyiv city, Sevastopol) with their
 * names and official areas, read from the table shipped in the jar ({@code data/official-areas.csv}
 * in the source tree).
 * The 27 add up to 603,540 km², 88 km² less than the national total the press quotes.
 */
public final class OfficialRegions {

  private static final String RESOURCE = "/territorymap/territory/official-areas.csv";

  private final Map<String, OfficialRegion> byCode;

  private OfficialRegions(Map<String, OfficialRegion> byCode) {
    this.byCode = byCode;
  }

  /** The table shipped in the jar. */
  public static OfficialRegions official() {
    try (InputStream in = OfficialRegions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OfficialRegions parse(BufferedReader reader) throws IOException {
    List<String> header = Arrays.asList(reader.readLine().split(","));
    int code = header.indexOf("iso");
    int name = header.indexOf("name");
    int nameUk = header.indexOf("nameUk");
    int area = header.indexOf("officialKm2");
    if (Math.min(Math.min(code, name), Math.min(nameUk, area)) < 0) {
      throw new IllegalStateException("the unit table needs the columns iso,name,nameUk,officialKm2, not " + header);
    }
    Map<String, OfficialRegion> units = new TreeMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      units.put(cells[code], new OfficialRegion(cells[code], cells[name], cells[nameUk],
          Double.parseDouble(cells[area])));
    }
    return new OfficialRegions(units);
  }

  public Optional<OfficialRegion> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All units, ordered by code. */
  public Collection<OfficialRegion> all() {
    return byCode.values();
  }
}
