package territorymap.geo;

/**
 * Thrown where a long computation finds its thread interrupted: whoever started it has given up on
 * it (its deadline passed, or its client left), and the work stops there rather than run on.
 *
 * <p>JTS operations cannot be stopped half-way, so the check is made between them
 * ({@link #check()}): before every overlay and once per atom of a region being cut. Each single
 * operation is kept short by the limits on what a definition may contain.
 */
public final class Cancelled extends RuntimeException {

  private Cancelled() {
    super("the computation was stopped", null, false, false);
  }

  /**
   * Stops the current computation if its thread has been interrupted; the interrupt status is
   * kept, so that every caller on the way out sees it.
   */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }
}
