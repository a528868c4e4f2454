package territorymap.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import territorymap.proposal.ProposalReader;

/**
 * Where a page of {@code GET /proposals} starts: at an index among the seeded proposals, or after
 * an id among the stored ones (keyset paging: a page costs its own rows, however deep). Written
 * to clients as an opaque base64url token; one that cannot be read is refused (422 naming
 * {@code cursor}) rather than guessed at.
 *
 * @param seededIndex the index of the first seeded proposal of the page; meaningless when
 *     {@code afterId} is set
 * @param afterId the last stored id of the page before, or {@code null} while seeded ones remain
 */
record ListCursor(int seededIndex, String afterId) {

  static final ListCursor FIRST = new ListCursor(0, null);

  static ListCursor seeded(int index) {
    return new ListCursor(index, null);
  }

  static ListCursor after(String id) {
    return new ListCursor(0, id);
  }

  /** Whether the page starts among the stored proposals. */
  boolean inStored() {
    return afterId != null;
  }

  String token() {
    String text = inStored() ? "u:" + afterId : "s:" + seededIndex;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor a client sent, or {@link #FIRST} for none.
   *
   * @param seededCount how many seeded proposals there are: an index beyond them is refused
   */
  static ListCursor parse(String token, int seededCount) {
    if (token == null || token.isEmpty()) {
      return FIRST;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (text.startsWith("u:") && ProposalReader.ID.matcher(text.substring(2)).matches()) {
      return after(text.substring(2));
    }
    if (text.startsWith("s:") && text.length() <= 8) {
      try {
        int index = Integer.parseInt(text.substring(2));
        if (index >= 0 && index <= seededCount) {
          return seeded(index);
        }
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw invalid();
  }

  private static InvalidParameterException invalid() {
    return new InvalidParameterException("cursor", "not a cursor this server gave; use the next link of a"
        + " page (the Link header with rel=\"next\"), or leave cursor out for the first page");
  }
}
