package territorymap;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.fetch.FetchOptions;
import territorymap.fetch.FetchResult;
import territorymap.fetch.LayerFetcher;
import territorymap.figures.Evaluations;
import territorymap.geo.GeoJsonException;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.web.RefreshStatus;

/**
 * Keeps a running server's layers current ({@code --refresh PERIOD}): every period, on one daemon
 * thread of its own, fetches what is new with the fetch options ({@link LayerFetcher}: into its
 * folder, which the server loaded at start-up, so a restart finds the same layers) and adds each
 * file written as a layer ({@link Evaluations#add}), which {@code /layers}, {@code /timeline} and
 * {@code layer=latest} see at once.
 *
 * <p>Failure policy: a fetch that fails (the source unreachable, an error status, an unexpected
 * shape) is logged and changes nothing; a file written but unreadable is logged and skipped; the
 * layers added before a failure stay. The figures of every other layer are kept, since adding a
 * layer shares every other partition ({@link territorymap.territory.Atlas#with}).
 */
final class LayerRefresher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LayerRefresher.class);

  private final FetchOptions options;
  private final Duration every;
  private final Evaluations evaluations;
  private final Clock clock;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "layer-refresh");
    thread.setDaemon(true); // never keeps the JVM alive by itself
    return thread;
  });
  private volatile RefreshStatus last;

  /**
   * @param options what to fetch and where to write it
   * @param every how long from the end of one refresh to the start of the next
   * @param evaluations the evaluations whose atlas the layers are added to
   */
  LayerRefresher(FetchOptions options, Duration every, Evaluations evaluations, Clock clock) {
    this.options = options;
    this.every = every;
    this.evaluations = evaluations;
    this.clock = clock;
    this.last = new RefreshStatus(every, null, RefreshStatus.PENDING, List.of(), "the first refresh has not ended yet");
  }

  /** Schedules a refresh after {@code first}, then one every period after each ends. */
  LayerRefresher start(Duration first) {
    scheduler.scheduleWithFixedDelay(this::refreshLogged, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("Layers are refreshed every {} from {} into {}", every, options.base(), options.into());
    return this;
  }

  /** The last refresh, for {@code /health}. */
  RefreshStatus status() {
    return last;
  }

  private void refreshLogged() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log, and keep refreshing.
      LOG.warn("Refresh failed, layers unchanged", e);
    }
  }

  /** Fetches what is new and adds it as layers, now, on the caller's thread; one refresh at a time. */
  synchronized RefreshStatus refresh() {
    FetchResult result;
    try {
      result = new LayerFetcher(options, line -> LOG.info("Refresh: {}", line)).fetch();
    } catch (RuntimeException e) {
      LOG.warn("Refresh failed, layers unchanged: {}", e.getMessage());
      return ended(RefreshStatus.FAILED, List.of(), e.getMessage());
    }
    List<String> added = new ArrayList<>();
    List<String> failures = new ArrayList<>(result.failures());
    for (FetchResult.Written written : result.written()) {
      try {
        ControlLayer layer = ControlLayerReader.read(written.file(), null);
        evaluations.add(layer);
        added.add(layer.name());
        LOG.info("Refresh: layer {} added from {}", layer.name(), written.file());
      } catch (GeoJsonException | UncheckedIOException e) {
        LOG.warn("Refresh: {} skipped: {}", written.file(), e.getMessage());
        failures.add(written.file() + ": " + e.getMessage());
      }
    }
    if (!added.isEmpty()) {
      // A seeded proposal whose own layer was superseded is evaluated on its new one now, not on a request.
      evaluations.warm();
    }
    failures.forEach(f -> LOG.warn("Refresh: {}", f));
    if (!failures.isEmpty()) {
      return ended(RefreshStatus.FAILED, added, failures.size() + " could not be fetched or read: "
          + String.join("; ", failures) + (added.isEmpty() ? "" : "; added " + String.join(", ", added)));
    }
    if (added.isEmpty()) {
      return ended(RefreshStatus.NOTHING_NEW, added, "nothing new: " + result.upToDate() + " date(s) up to date");
    }
    return ended(RefreshStatus.ADDED, added, added.size() + " layer(s) added: " + String.join(", ", added));
  }

  private RefreshStatus ended(String outcome, List<String> added, String message) {
    last = new RefreshStatus(every, clock.instant(), outcome, added, message);
    return last;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
