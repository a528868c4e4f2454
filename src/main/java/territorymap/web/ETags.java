package territorymap.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import territorymap.proposal.ProposalChangedException;
import territorymap.proposal.Catalogue;

/**
 * The strong ETag of a stored proposal, made from its revision, and the {@code If-Match} of a
 * change read back into the revision it expects (RFC 9110 §13.1.1); the ETag of a read answer, made
 * from its bytes, and the {@code If-None-Match} of a revalidation (RFC 9110 §13.1.2).
 */
final class ETags {

  private ETags() {}

  static String of(long revision) {
    return "\"" + Long.toHexString(revision) + "\"";
  }

  /**
   * The strong tag of a body: the first 16 bytes of its SHA-256, in hex, quoted. Made from the bytes
   * themselves, so two servers (or a restart) give one body the same tag, and any change a new one.
   */
  static String of(byte[] body) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header names one of {@code tags} (or is {@code *}): then a GET
   * is answered 304. The comparison is weak, as RFC 9110 §13.1.2 asks: {@code W/"x"} matches {@code "x"}.
   */
  static boolean noneMatchHits(String header, String... tags) {
    if (header == null || header.isBlank()) {
      return false;
    }
    if (header.trim().equals("*")) {
      return true;
    }
    for (String named : header.split(",")) {
      String opaque = named.trim();
      if (opaque.startsWith("W/")) {
        opaque = opaque.substring(2);
      }
      for (String tag : tags) {
        if (opaque.equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The revision a {@code PUT} or {@code DELETE} expects: {@code null} without {@code If-Match} or
   * with {@code *} (any revision will do), the one named otherwise.
   *
   * @throws ProposalChangedException if no tag named can match: none is one of ours (a weak tag
   *     never matches), or, where several are named, the stored revision is none of them
   */
  static Long expected(Context ctx, Catalogue catalogue, String id) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    List<Long> revisions = new ArrayList<>();
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
        try {
          revisions.add(Long.parseUnsignedLong(t.substring(1, t.length() - 1), 16));
        } catch (NumberFormatException e) {
          // Not a tag this server gave: it cannot match.
        }
      }
    }
    if (revisions.size() == 1) {
      return revisions.get(0);
    }
    // Several tags: the stored revision, if it is one of them (the update still checks it did not change).
    Long current = catalogue.stored(id).map(s -> s.revision()).orElse(null);
    if (current != null && revisions.contains(current)) {
      return current;
    }
    throw new ProposalChangedException(id);
  }
}
