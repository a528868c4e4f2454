package territorymap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sites that may frame {@code /embed}: its {@code Content-Security-Policy}'s
 * {@code frame-ancestors}. Any site by default ({@code *}); the map page itself is never framed
 * ({@code frame-ancestors 'none'}).
 *
 * @param sources {@code *}, or origins such as {@code https://news.example} or
 *     {@code https://*.example.org} (CSP host sources with a scheme), at least one
 */
public record EmbedOrigins(List<String> sources) {

  /** Any site. */
  public static final EmbedOrigins ANY = new EmbedOrigins(List.of("*"));

  /** A scheme, a host (its first label may be {@code *}), an optional port; no path, no quotes. */
  private static final Pattern ORIGIN =
      Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

  public EmbedOrigins {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("--embed-origins needs * or at least one origin");
    }
    for (String source : sources) {
      if (!source.equals("*") && !ORIGIN.matcher(source).matches()) {
        throw new IllegalArgumentException("--embed-origins takes * or origins like https://news.example"
            + " (comma-separated), not " + source);
      }
    }
  }

  /** Parses {@code *} or a comma- or space-separated list of origins. */
  public static EmbedOrigins parse(String text) {
    List<String> sources = new ArrayList<>();
    for (String part : text.split("[,\\s]+")) {
      if (!part.isBlank()) {
        sources.add(part.trim().replaceAll("/+$", ""));
      }
    }
    return new EmbedOrigins(sources);
  }

  /** The value of {@code frame-ancestors}. */
  String frameAncestors() {
    return String.join(" ", sources);
  }
}
