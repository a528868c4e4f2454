package territorymap.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a fetch did: the layer files it wrote (new dates, and the newest date replaced by a later
 * snapshot of the same day), how many dates were already up to date, and what failed.
 *
 * @param written the files written, by date
 * @param upToDate how many dates in range already had their layer
 * @param failures one message per snapshot (or list, or archive) that could not be fetched
 */
public record FetchResult(List<Written> written, int upToDate, List<String> failures) {

  /** One layer file written. @param replaced whether it replaced an older snapshot of its date */
  public record Written(LocalDate date, Path file, boolean replaced) {}

  public FetchResult {
    written = List.copyOf(written);
    failures = List.copyOf(failures);
  }

  /** The files written, for a caller that adds them as layers. */
  public List<Path> newFiles() {
    return written.stream().map(Written::file).toList();
  }

  /** Whether the run found nothing to write and nothing failed. */
  public boolean nothingNew() {
    return written.isEmpty() && failures.isEmpty();
  }
}
