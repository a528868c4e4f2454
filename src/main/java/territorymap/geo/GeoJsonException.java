package territorymap.geo;

/**
 * A GeoJSON document that cannot be used, with where and why: the source (a file name or
 * "request body"), the member or feature at fault, and the fault.
 */
public final class GeoJsonException extends RuntimeException {

  private final String source;
  private final String location;
  private final String fault;

  public GeoJsonException(String source, String location, String fault) {
    super(source + ": " + (location == null || location.isEmpty() ? "" : location + ": ") + fault);
    this.source = source;
    this.location = location;
    this.fault = fault;
  }

  /** What is wrong, without the source and location. */
  public String fault() {
    return fault;
  }

  /** The document: a file path or a description such as "request body". */
  public String source() {
    return source;
  }

  /** The feature or member at fault, e.g. "feature 3 (id UA-14)" or "geometry"; may be empty. */
  public String location() {
    return location;
  }
}
