package territorymap.proposal;

import java.util.Arrays;
import java.util.Optional;

/** A value with the name it has in definitions and reports, e.g. {@code "de-jure"}. */
public interface WireName {

  /** The name in definitions and reports. */
  String id();

  /** The value among {@code values} with that name. */
  static <E extends WireName> Optional<E> find(E[] values, String id) {
    return Arrays.stream(values).filter(value -> value.id().equals(id)).findFirst();
  }
}
