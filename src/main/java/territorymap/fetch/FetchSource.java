package territorymap.fetch;

import java.net.URI;
import java.util.Arrays;

/** Where layers are fetched from. */
public enum FetchSource {
  /**
   * DeepStateMap's public API: {@code /api/history/public} lists the snapshots, each is served at
   * {@code /api/history/{id}/geojson}, the newest at {@code /api/history/last}.
   */
  DEEPSTATE("deepstate", "https://deepstatemap.live"),
  /**
   * The public daily archive of the same layer kept by the GitHub repository
   * {@code cyterat/deepstate-map-data}: {@code deepstate-map-data.geojson.gz}, one FeatureCollection
   * of the occupied territory of every date since 2024-07-08, one feature per date.
   */
  DEEPSTATE_ARCHIVE("deepstate-archive", "https://raw.githubusercontent.com/cyterat/deepstate-map-data/HEAD");

  private final String wireName;
  private final URI defaultBase;

  FetchSource(String wireName, String defaultBase) {
    this.wireName = wireName;
    this.defaultBase = URI.create(defaultBase);
  }

  /** The name on the command line, e.g. {@code deepstate-archive}. */
  public String wireName() {
    return wireName;
  }

  /** The base URL used unless {@code --source-url} gives another. */
  public URI defaultBase() {
    return defaultBase;
  }

  /** @throws IllegalArgumentException naming the known sources */
  public static FetchSource of(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("--source takes deepstate or deepstate-archive, not " + name));
  }
}
