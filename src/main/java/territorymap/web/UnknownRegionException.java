package territorymap.web;

/** A region code that is not one of the 27 units, named by the path parameter {@code id}; answered 404. */
final class UnknownRegionException extends RuntimeException {

  UnknownRegionException(String code) {
    super("no region with code \"" + code + "\"; regions are ISO 3166-2 codes UA-05 … UA-77 (see GET /regions)");
  }

  /** The path parameter that named the region. */
  String field() {
    return "id";
  }
}
