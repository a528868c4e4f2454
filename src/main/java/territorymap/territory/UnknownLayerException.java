package territorymap.territory;

import java.time.LocalDate;
import java.util.List;

/** A control-layer date that no loaded layer has; says which dates there are. */
public final class UnknownLayerException extends RuntimeException {

  private final List<LocalDate> available;

  public UnknownLayerException(String requested, List<LocalDate> available) {
    super("no control layer for " + requested + "; layers: " + available + " or \"latest\"");
    this.available = List.copyOf(available);
  }

  public List<LocalDate> available() {
    return available;
  }
}
