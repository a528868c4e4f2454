package territorymap.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.figures.Evaluations;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.LayerNotLoadedException;
import territorymap.proposal.ProposalStore;

/**
 * Computes, in the background, the list figures of stored proposals whose current version has none
 * yet (after a restart, a write by another instance, or a layer appearing), so that {@code GET
 * /proposals} never evaluates a definition on a request thread: a page answers at once, listing
 * such a proposal as {@code evaluating}, and a later page has its figures.
 *
 * <p>One daemon thread at a time, which ends when idle; each version is asked for once.
 */
final class HeadlineBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(HeadlineBackfill.class);

  /** Why a version has no figures, once the background has tried: listed as such. */
  record Failure(long revision, ProposalList.State state, String detail) {}

  private final Evaluations evaluations;
  private final ThreadPoolExecutor thread;
  /** The versions queued or being evaluated, as {@code id@revision}. */
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();

  HeadlineBackfill(Evaluations evaluations) {
    this.evaluations = evaluations;
    this.thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100_000), r -> {
      Thread t = new Thread(r, "list-figures");
      t.setDaemon(true);
      return t;
    });
    thread.allowCoreThreadTimeOut(true);
  }

  /** Why the background could not compute this version's figures, if it tried and could not. */
  Optional<Failure> failure(ProposalStore.Listed row) {
    Failure failure = failures.get(row.id());
    return failure != null && failure.revision() == row.revision() ? Optional.of(failure) : Optional.empty();
  }

  /** Queues a version whose figures are not known; does nothing if it is queued already. */
  void request(ProposalStore.Listed row) {
    String key = row.id() + "@" + row.revision();
    if (!pending.add(key)) {
      return;
    }
    try {
      thread.execute(() -> {
        try {
          evaluations.headline(row);
        } catch (LayerNotLoadedException e) {
          failures.put(row.id(), new Failure(row.revision(), ProposalList.State.LAYER_NOT_LOADED, e.getMessage()));
        } catch (DefinitionException e) {
          failures.put(row.id(), new Failure(row.revision(), ProposalList.State.UNREADABLE, e.getMessage()));
        } catch (RuntimeException e) {
          // A store outage or a fault in one proposal: logged; the next listing asks again.
          LOG.error("Stored proposal {} could not be evaluated for the list", row.id(), e);
        } finally {
          pending.remove(key);
        }
      });
    } catch (RejectedExecutionException e) {
      pending.remove(key); // a full queue: a later listing asks again
    }
  }
}
