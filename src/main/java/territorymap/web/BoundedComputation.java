package territorymap.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where definitions are evaluated for writes and previews: a pool of its own with a fixed number of
 * threads and no queue, and a deadline per evaluation.
 *
 * <p>When every thread stays busy for {@link #ADMISSION_WAIT}, a new evaluation is refused
 * ({@link Refused.Reason#BUSY}, 503 with {@code Retry-After}) rather than queued behind the others;
 * that wait counts in its deadline. One that runs past the deadline is given up: its thread is interrupted, which stops the work at its next check
 * ({@link territorymap.geo.Cancelled}), and the request is answered 503 at the deadline; so is one
 * whose client goes away before it is done. Nothing else runs here, so {@code /health} and the
 * cached reads never wait behind an evaluation; for them to find a core free, the pool has one
 * thread less than the processors by default ({@link Limits#DEFAULT}).
 */
final class BoundedComputation implements AutoCloseable {

  private final ThreadGroup group = new ThreadGroup("evaluations");
  private final ThreadPoolExecutor pool;
  /**
   * One per thread, held from submission until the work has ended: admission is decided here, not
   * by a {@code SynchronousQueue}, which refuses work in the moment between a thread finishing one
   * evaluation and taking the next (a client sending one preview after another got 503s).
   */
  private final Semaphore permits;
  /**
   * How long a request waits for a thread before it is refused, counted in its deadline: long
   * enough for the evaluation of a preview the page has just given up on (its client closed the
   * connection to send a newer one) to reach its next check and stop, short of a queue.
   */
  static final Duration ADMISSION_WAIT = Duration.ofMillis(500);
  private final Duration deadline;

  BoundedComputation(int threads, Duration deadline) {
    AtomicInteger count = new AtomicInteger();
    this.permits = new Semaphore(threads);
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
      Thread thread = new Thread(group, work, "evaluation-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.deadline = deadline;
  }

  Duration deadline() {
    return deadline;
  }

  /**
   * Runs {@code work} on the pool within the deadline, for the request of {@code ctx}: if its
   * client goes away meanwhile, the work is stopped as at the deadline (no one is left to answer).
   * On a thread of the pool already (work that itself asks for a computation), runs it on that
   * thread, under the deadline already running.
   */
  <T> T run(Context ctx, Supplier<T> work) {
    if (Thread.currentThread().getThreadGroup() == group) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      if (!permits.tryAcquire(Math.min(ADMISSION_WAIT.toNanos(), deadline.toNanos() / 2), TimeUnit.NANOSECONDS)) {
        throw new Refused(Refused.Reason.BUSY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(Refused.Reason.BUSY);
    }
    // Whoever sets this releases the permit: the work when it ends, or the request if the work was
    // cancelled before it began (it never will then).
    AtomicBoolean claimed = new AtomicBoolean();
    Future<T> future;
    try {
      future = pool.submit(() -> {
        if (!claimed.compareAndSet(false, true)) {
          return null;
        }
        try {
          return work.get();
        } finally {
          permits.release();
        }
      });
    } catch (RejectedExecutionException e) {
      permits.release(); // the pool is shut down
      throw new Refused(Refused.Reason.BUSY);
    }
    try (ClientDeparture departure = ClientDeparture.watch(ctx, () -> future.cancel(true))) {
      return future.get(deadline.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Refused(Refused.Reason.DEADLINE);
    } catch (CancellationException e) {
      throw new Refused(Refused.Reason.GONE);
    } catch (InterruptedException e) {
      // The request's own thread was interrupted (the server is stopping): stop the work too.
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new Refused(Refused.Reason.BUSY);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (future.isCancelled() && claimed.compareAndSet(false, true)) {
        permits.release();
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** An evaluation not made: every thread was busy, it ran past the deadline, or its client left. */
  static final class Refused extends RuntimeException {
    /** Every thread was busy; the work ran past the deadline; the client went away. */
    enum Reason { BUSY, DEADLINE, GONE }

    private final Reason reason;

    Refused(Reason reason) {
      super(reason.name(), null, false, false);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }
}
