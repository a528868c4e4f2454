package territorymap.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored proposal defined on a control layer this server has not loaded (it was stored by an
 * instance with other layers, or before a restart without the folder that held the layer): its
 * definition is kept as it is, but it cannot be evaluated until that layer is loaded.
 */
public final class LayerNotLoadedException extends RuntimeException {

  private final String id;
  private final LocalDate layer;
  private final List<LocalDate> available;

  public LayerNotLoadedException(String id, LocalDate layer, List<LocalDate> available) {
    super("proposal \"" + id + "\" is defined on the control layer of " + layer + ", which this server has not"
        + " loaded; load that layer (--control-dir) to evaluate it. Layers loaded: " + available);
    this.id = id;
    this.layer = layer;
    this.available = List.copyOf(available);
  }

  public String id() {
    return id;
  }

  /** The date of the layer the proposal is defined on. */
  public LocalDate layer() {
    return layer;
  }

  /** The dates of the layers that are loaded. */
  public List<LocalDate> available() {
    return available;
  }
}
