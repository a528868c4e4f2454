package territorymap.web;

/**
 * A query parameter that is well formed but cannot be used (a number out of range, a token this
 * server did not give): answered 422 with the parameter named.
 */
final class InvalidParameterException extends RuntimeException {

  private final String field;

  InvalidParameterException(String field, String detail) {
    super(detail);
    this.field = field;
  }

  String field() {
    return field;
  }
}
