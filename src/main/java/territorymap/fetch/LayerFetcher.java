package territorymap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Fetches DeepStateMap layers into a folder, one file per date ({@link LayerFolder}): from the
 * live API, a snapshot at a time, or from the daily archive in one download. Incremental: dates
 * that already have a file are not fetched again (the newest date is, if a later snapshot of the
 * same day has appeared). A snapshot that cannot be fetched or read is reported and skipped;
 * earlier layers are never touched, and no half-written file is ever left where the loader
 * would read it.
 *
 * <p>Reusable: one instance runs {@link #fetch} as often as wanted (a background refresh can
 * call it on a timer and add {@link FetchResult#newFiles()} as layers). Not thread-safe: one
 * fetch at a time per folder, which {@link LayerFolder} enforces with a lock.
 */
public final class LayerFetcher {

  /** DeepStateMap is a Ukrainian project and updates in the Kyiv evening: a snapshot's date is its Kyiv date. */
  public static final ZoneId SNAPSHOT_ZONE = ZoneId.of("Europe/Kyiv");

  /** Consecutive snapshot failures after which a run stops: the server is down, not one snapshot bad. */
  private static final int FAILURES_IN_A_ROW = 3;

  private final FetchOptions options;
  private final Consumer<String> log;
  private final PoliteClient client;

  /** @param log where progress and warnings go, a line at a time */
  public LayerFetcher(FetchOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
    this.client = new PoliteClient(options, log);
  }

  /**
   * Runs one fetch.
   *
   * @throws FetchException if nothing could be listed or downloaded at all (the list or archive
   *     failed); per-snapshot failures are in the result instead
   */
  public FetchResult fetch() {
    try (LayerFolder folder = LayerFolder.open(options.into())) {
      return options.source() == FetchSource.DEEPSTATE ? fromApi(folder) : fromArchive(folder);
    }
  }

  /** A snapshot as listed upstream. */
  record Listed(long id, Instant time, LocalDate date) {}

  private FetchResult fromApi(LayerFolder folder) {
    List<Listed> listed;
    URI listUrl = options.resolve("api/history/public");
    URI lastUrl = options.resolve("api/history/last");
    PoliteClient.Body latest = null;
    try {
      listed = ApiShapes.list(ApiShapes.parse(client.getBytes(listUrl), listUrl), listUrl);
    } catch (FetchException e) {
      if (e.status() != 401 && e.status() != 403 && e.status() != 404) {
        throw e;
      }
      log.accept(e.getMessage() + "; the list is not public: fetching the latest snapshot only");
      latest = client.getBytes(lastUrl);
      listed = List.of(ApiShapes.latest(ApiShapes.parse(latest, lastUrl), lastUrl));
    }
    Map<LocalDate, Listed> byDate = new TreeMap<>();
    for (Listed snapshot : listed) {
      byDate.merge(snapshot.date(), snapshot, (a, b) -> a.id() >= b.id() ? a : b);
    }
    NavigableSet<LocalDate> have = folder.dates();
    Plan plan = plan(byDate.keySet(), have, folder,
        date -> String.valueOf(byDate.get(date).id()));
    List<FetchResult.Written> written = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int inARow = 0;
    Progress progress = new Progress(plan.wanted().size());
    for (LocalDate date : plan.wanted()) {
      Listed snapshot = byDate.get(date);
      String label = "snapshot " + snapshot.id() + " (" + date + ")";
      try {
        URI url = latest != null ? lastUrl : options.resolve("api/history/" + snapshot.id() + "/geojson");
        PoliteClient.Body body = latest != null ? latest : client.getBytes(url);
        JsonNode collection = ApiShapes.parse(body, url);
        if (collection.has("map") && !collection.has("features")) {
          collection = collection.get("map");
        }
        MultiPolygon occupied = SnapshotReader.occupied(collection, label);
        Provenance provenance = new Provenance(date, FetchSource.DEEPSTATE, url, String.valueOf(snapshot.id()),
            snapshot.time().toString(), Instant.now(), body.fetched().sha256(), body.fetched().etag());
        written.add(new FetchResult.Written(date, folder.write(occupied, provenance), have.contains(date)));
        inARow = 0;
      } catch (FetchException e) {
        failures.add(e.getMessage());
        log.accept("failed: " + e.getMessage());
        if (++inARow == FAILURES_IN_A_ROW && written.isEmpty()) {
          log.accept("stopping: " + FAILURES_IN_A_ROW + " snapshots in a row failed and none was written");
          break;
        }
      }
      progress.step(written.size(), date);
    }
    return new FetchResult(written, plan.upToDate(), failures);
  }

  private FetchResult fromArchive(LayerFolder folder) {
    URI url = options.resolve("deepstate-map-data.geojson.gz");
    NavigableSet<LocalDate> have = folder.dates();
    String etag = null;
    if (!have.isEmpty() && (options.since() == null || !options.since().isBefore(have.first()))) {
      etag = folder.provenance(have.last())
          .filter(p -> p.source() == FetchSource.DEEPSTATE_ARCHIVE)
          .map(Provenance::etag).orElse(null);
    }
    Path part;
    try {
      part = folder.temporary("deepstate-map-data.geojson.gz");
    } catch (IOException e) {
      throw new FetchException("cannot write to " + folder.dir() + ": " + e.getMessage(), e);
    }
    try {
      log.accept("downloading " + url + (etag != null ? " (if changed since " + etag + ")" : ""));
      PoliteClient.Fetched fetched = client.get(url, etag, () -> Files.newOutputStream(part,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
      if (fetched.notModified()) {
        log.accept("the archive has not changed since the last fetch (" + etag + ")");
        return new FetchResult(List.of(), have.size(), List.of());
      }
      log.accept(String.format("downloaded %.1f MB; reading it", fetched.bytes() / 1e6));
      // Dates are only known once read, so the plan is made as the stream goes, in its (ascending) order.
      List<FetchResult.Written> written = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      int[] upToDate = {0};
      LocalDate[] lastKept = {null};
      Instant fetchedAt = Instant.now();
      Progress progress = new Progress(-1);
      ArchiveReader.Wanted wanted = date -> {
        if (!options.inRange(date)) {
          return false;
        }
        if (have.contains(date)) {
          upToDate[0]++;
          lastKept[0] = date;
          return false;
        }
        // One per --every days, counting from the last date kept or already there (the archive is in date order).
        return lastKept[0] == null || !date.isBefore(lastKept[0].plusDays(options.everyDays()))
            || date.isBefore(lastKept[0]);
      };
      try {
        ArchiveReader.read(part, url, fetched.contentType(), wanted, (index, date, geometry) -> {
          try {
            MultiPolygon occupied = SnapshotReader.archiveDay(geometry, "archive day " + date);
            Provenance provenance = new Provenance(date, FetchSource.DEEPSTATE_ARCHIVE, url, String.valueOf(index),
                date.toString(), fetchedAt, fetched.sha256(), fetched.etag());
            written.add(new FetchResult.Written(date, folder.write(occupied, provenance), false));
            lastKept[0] = date;
          } catch (FetchException e) {
            failures.add(e.getMessage());
            log.accept("failed: " + e.getMessage());
          }
          progress.step(written.size(), date);
        });
      } catch (FetchException e) {
        // Cut short or malformed past some day: the days before it are written, whole; say what stopped it.
        failures.add(e.getMessage());
        log.accept("failed: " + e.getMessage());
      }
      return new FetchResult(written, upToDate[0], failures);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        log.accept("could not remove " + part + ": " + e.getMessage());
      }
    }
  }

  /** The dates to fetch, in order, and how many in range are up to date. */
  private record Plan(List<LocalDate> wanted, int upToDate) {}

  /**
   * Which listed dates to fetch: those in range without a file, one per {@code --every} days
   * counting from the dates already there, and the newest date there if upstream has a later
   * snapshot of it (its id differs from the one in the file).
   */
  private Plan plan(Iterable<LocalDate> listed, NavigableSet<LocalDate> have, LayerFolder folder,
      java.util.function.Function<LocalDate, String> upstreamId) {
    List<LocalDate> wanted = new ArrayList<>();
    int upToDate = 0;
    LocalDate lastKept = null;
    for (LocalDate date : listed) {
      if (!options.inRange(date)) {
        continue;
      }
      if (have.contains(date)) {
        lastKept = date;
        boolean newer = date.equals(have.last()) && folder.provenance(date)
            .map(p -> !p.upstreamId().equals(upstreamId.apply(date))).orElse(false);
        if (newer) {
          wanted.add(date);
        } else {
          upToDate++;
        }
        continue;
      }
      if (lastKept != null && date.isBefore(lastKept.plusDays(options.everyDays()))) {
        continue;
      }
      wanted.add(date);
      lastKept = date;
    }
    return new Plan(wanted, upToDate);
  }

  /** A progress line about every 5 s or every tenth of a long import, with the time per layer. */
  private final class Progress {
    private final int total;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private int steps;

    Progress(int total) {
      this.total = total;
    }

    void step(int written, LocalDate date) {
      steps++;
      long now = System.nanoTime();
      boolean tenth = total > 20 && steps % Math.max(1, total / 10) == 0;
      if (now - lastLine < 5_000_000_000L && !tenth && steps != total) {
        return;
      }
      lastLine = now;
      double perLayer = (now - start) / 1e9 / Math.max(1, steps);
      log.accept(String.format("%s: %d layers written%s, up to %s, %.3f s per layer",
          options.source().wireName(), written, total > 0 ? " of " + total + " wanted" : "", date, perLayer));
    }
  }
}
