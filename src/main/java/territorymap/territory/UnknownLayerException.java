package territorymap.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * A control layer that is not loaded: says which field named it and which dates there are.
 */
public final class UnknownLayerException extends RuntimeException {

  private final String field;
  private final List<LocalDate> available;

  /**
   * @param requested the layer as named, e.g. {@code 2020-01-01}
   * @param field the request field or option that named it, e.g. {@code layer}
   */
  public UnknownLayerException(String requested, String field, List<LocalDate> available) {
    super("no control layer for " + requested + "; layers: " + available + " or \"latest\"");
    this.field = field;
    this.available = List.copyOf(available);
  }

  /** The request field or option that named the layer. */
  public String field() {
    return field;
  }

  public List<LocalDate> available() {
    return available;
  }
}
