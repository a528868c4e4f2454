package territorymap.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import territorymap.proposal.ProposalChangedException;
import territorymap.proposal.Catalogue;

/**
 * The strong ETag of a stored proposal, made from its revision, and the {@code If-Match} of a
 * change read back into the revision it expects (RFC 9110 §13.1.1).
 */
final class ETags {

  private ETags() {}

  static String of(long revision) {
    return "\"" + Long.toHexString(revision) + "\"";
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
