package territorymap.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The last background refresh of the control layers ({@code --refresh}), as {@code /health}
 * reports it.
 *
 * @param every how often the layers are refreshed
 * @param at when the last refresh ended, or {@code null} before the first
 * @param outcome {@value #PENDING}, {@value #ADDED}, {@value #NOTHING_NEW} or {@value #FAILED} (the
 *     atlas in use is then unchanged, but for the layers listed as added before the failure)
 * @param layersAdded the names of the layers it added, oldest first
 * @param message what it did or why it failed, in words
 */
public record RefreshStatus(Duration every, Instant at, String outcome, List<String> layersAdded, String message) {

  public static final String PENDING = "pending";
  public static final String ADDED = "added";
  public static final String NOTHING_NEW = "nothing-new";
  public static final String FAILED = "failed";

  public RefreshStatus {
    layersAdded = List.copyOf(layersAdded);
  }
}
