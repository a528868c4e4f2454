package territorymap.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a UTF-8 table shipped in the jar; a missing resource is a broken build, not bad input. */
final class ShippedTable {

  /** Parses the table's text. */
  interface Parser<T> {
    T parse(BufferedReader reader) throws IOException;
  }

  private ShippedTable() {}

  static <T> T read(String resource, Parser<T> parser) {
    try (InputStream in = ShippedTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
