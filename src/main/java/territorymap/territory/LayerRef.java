package territorymap.territory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which control layer to evaluate on, as a request or a command line names it: the evaluated
 * proposal's own layer, the latest loaded one, or the layer of a date. Parsed once where it
 * enters, and carrying the name of the field it came from, so that an unknown layer is reported
 * against that field ({@code layer}, {@code date}, {@code --layer}).
 */
public sealed interface LayerRef {

  /** The request field or option this reference came from. */
  String field();

  /** The layer of whatever is evaluated: a proposal's own layer. */
  record Own(String field) implements LayerRef {}

  /** The most recent loaded layer. */
  record Latest(String field) implements LayerRef {}

  /**
   * The layer of one day: the mapped layer of that date where there is one (it supersedes the
   * project's approximation of the same date), else the approximation.
   */
  record OnDate(LocalDate date, String field) implements LayerRef {}

  /**
   * The project's approximation of one day, written {@code YYYY-MM-DD-approximate}: reachable by
   * this name also when a mapped layer of its date supersedes it, so that the two can be compared.
   */
  record Approximation(LocalDate date, String field) implements LayerRef {}

  /** The proposal's own layer, for callers with no field (e.g. start-up). */
  static LayerRef own() {
    return new Own("layer");
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM-DD-approximate}, {@code latest}, or nothing (null or
   * blank) for the own layer.
   *
   * @return empty if the text is none of these
   */
  static Optional<LayerRef> parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return Optional.of(new Own(field));
    }
    if (text.equals("latest")) {
      return Optional.of(new Latest(field));
    }
    try {
      if (text.endsWith(ControlLayer.APPROXIMATE_SUFFIX)) {
        return Optional.of(new Approximation(
            LocalDate.parse(text.substring(0, text.length() - ControlLayer.APPROXIMATE_SUFFIX.length())), field));
      }
      return Optional.of(new OnDate(LocalDate.parse(text), field));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses as {@link #parse(String, String)} does, for a request.
   *
   * @param atlas the layers there are, named in the error
   * @throws UnknownLayerException if the text is none of those {@link #parse(String, String)} takes
   */
  static LayerRef parse(String text, String field, Atlas atlas) {
    return parse(text, field).orElseThrow(() -> new UnknownLayerException(text, field, atlas.dates()));
  }
}
