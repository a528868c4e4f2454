package territorymap.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The databases the repository tests run against: always an embedded H2 file, and PostgreSQL
 * where {@code TERRITORYMAP_TEST_DATABASE_URL} names one ({@code .ci/run} starts one on
 * 127.0.0.1 and sets it).
 */
public record StoreTarget(String name, Function<Path, JdbcProposalStore> open) {

  public static final String DATABASE_URL_VARIABLE = "TERRITORYMAP_TEST_DATABASE_URL";

  @Override
  public String toString() {
    return name;
  }

  public static List<StoreTarget> all() {
    List<StoreTarget> targets = new ArrayList<>();
    targets.add(new StoreTarget("H2", JdbcProposalStore::h2));
    String url = System.getenv(DATABASE_URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      targets.add(new StoreTarget("PostgreSQL", dir -> JdbcProposalStore.postgres(url)));
    } else {
      System.err.println("PostgreSQL store tests skipped: set " + DATABASE_URL_VARIABLE);
    }
    return targets;
  }
}
