package territorymap.web;

import java.time.Duration;
import territorymap.figures.Subject;
import territorymap.territory.LayerRef;

/**
 * How long a read answer may be kept by a browser or a CDN ({@code Cache-Control: public,
 * max-age=N}) before it is asked again; every such answer also carries an {@code ETag}, so asking
 * again costs a {@code 304} when nothing changed ({@link Body#send}).
 *
 * <p>The rule: the 27 units do not change while the server runs (a day); figures, maps and images
 * on a dated layer change only when a refresh supersedes that layer or a stored proposal is
 * replaced (an hour for a seeded proposal, a minute for a stored one, which any writer may change);
 * anything on {@code layer=latest} a minute, since {@code --refresh} may add a later layer at any time.
 *
 * @param maxAge how long an answer may be served without asking again
 */
record Freshness(Duration maxAge) {

  /** Answers that do not change while the server runs: the regions, the places, the sources. */
  static final Freshness STATIC = new Freshness(Duration.ofDays(1));
  /** Answers on a named layer about what only a refresh or a restart changes. */
  static final Freshness DATED = new Freshness(Duration.ofHours(1));
  /** Answers on {@code layer=latest}, or about a stored proposal. */
  static final Freshness SHORT = new Freshness(Duration.ofSeconds(60));

  /** For answers about a layer named as {@code ref}. */
  static Freshness of(LayerRef ref) {
    return ref instanceof LayerRef.Latest ? SHORT : DATED;
  }

  /** For answers about subjects asked for as {@code ref}: short if any is a stored proposal. */
  static Freshness of(LayerRef ref, java.util.List<Subject> subjects) {
    return subjects.stream().allMatch(s -> s.version().seeded()) ? of(ref) : SHORT;
  }

  /** The {@code Cache-Control} value. */
  String header() {
    return "public, max-age=" + maxAge.toSeconds();
  }
}
