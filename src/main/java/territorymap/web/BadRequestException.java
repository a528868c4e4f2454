package territorymap.web;

/** A request parameter that cannot be used; answered 400 with the parameter named. */
final class BadRequestException extends RuntimeException {

  private final String field;

  BadRequestException(String field, String detail) {
    super(detail);
    this.field = field;
  }

  String field() {
    return field;
  }
}
