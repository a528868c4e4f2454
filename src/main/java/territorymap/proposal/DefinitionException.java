package territorymap.proposal;

/**
 * A proposal definition that cannot be used: the document it came from, the field at fault as a
 * JSON path (e.g. {@code assignments[2].territory.region}), and what is wrong.
 */
public final class DefinitionException extends RuntimeException {

  private final String source;
  private final String field;
  private final String fault;

  public DefinitionException(String source, String field, String fault) {
    super(source + ": " + field + ": " + fault);
    this.source = source;
    this.field = field;
    this.fault = fault;
  }

  /** What is wrong, without the source and field. */
  public String fault() {
    return fault;
  }

  public String source() {
    return source;
  }

  /** The field at fault, as a JSON path from the document root. */
  public String field() {
    return field;
  }
}
