package territorymap.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where readers reach the service ({@code --public-url}), for the absolute URLs it hands out: the
 * permalink's {@code og:image}, {@code twitter:image}, {@code og:url} and oEmbed discovery link, and
 * oEmbed's iframe, provider and thumbnail. Behind a proxy that ends TLS, the request this server sees
 * says {@code http://} and perhaps an inner host name; the public URL says what the reader's browser
 * and a social network's crawler must be given. Without one, each request's own scheme and
 * {@code Host} are used.
 *
 * @param origin {@code scheme://host[:port]}, lower-case scheme and host, no trailing slash; or
 *     empty to take each request's own
 */
public record PublicUrl(Optional<String> origin) {

  /** Each request's own scheme and {@code Host}. */
  public static final PublicUrl FROM_REQUEST = new PublicUrl(Optional.empty());

  public PublicUrl {
    origin.ifPresent(o -> {
      if (!o.equals(origin(o))) {
        throw new IllegalArgumentException("not a normalised origin: " + o);
      }
    });
  }

  /**
   * Parses an {@code http} or {@code https} URL with a host and nothing after it but an optional
   * {@code /} (the service's routes are at the root of its host).
   *
   * @throws IllegalArgumentException naming {@code --public-url} and what is wrong
   */
  public static PublicUrl parse(String text) {
    return new PublicUrl(Optional.of(origin(text)));
  }

  /** The normalised origin of a public URL, {@code scheme://host[:port]}. */
  private static String origin(String text) {
    String trimmed = text == null ? "" : text.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw bad(text, "not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw bad(text, "it must start with https:// or http://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw bad(text, "it must name a host (and no user)");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw bad(text, "the service answers at the root of its host: give no path, query or fragment");
    }
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("--public-url takes the service's public address, such as "
        + "https://maps.example, not \"" + text + "\": " + why);
  }

  /** {@code scheme://host[:port]} for links in the answer to {@code ctx}. */
  String base(Context ctx) {
    return origin.orElseGet(() -> ctx.scheme().toLowerCase(Locale.ROOT) + "://" + host(ctx));
  }

  /** The request's {@code Host}, or the address it came to where it has none (HTTP/1.0). */
  private static String host(Context ctx) {
    String host = ctx.host();
    return host == null || host.isBlank() ? ctx.req().getLocalName() + ":" + ctx.req().getLocalPort() : host;
  }
}
