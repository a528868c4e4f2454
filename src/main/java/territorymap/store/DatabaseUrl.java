package territorymap.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location as JDBC wants it, from either a {@code jdbc:postgresql://…} URL or the
 * {@code postgres://user:password@host:port/db} form of {@code DATABASE_URL}.
 */
record DatabaseUrl(String jdbcUrl, String user, String password) {

  static DatabaseUrl parse(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(url, null, null);
    }
    if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
      throw new IllegalArgumentException("a database URL is jdbc:postgresql://… or postgres://user:password@host/db");
    }
    URI uri = URI.create(url);
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    return new DatabaseUrl(jdbc, user, password);
  }
}
