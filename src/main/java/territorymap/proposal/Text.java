package territorymap.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * A text of a definition (title, summary, a note, a name) in English, Ukrainian or both: the seeds
 * carry both, a user's proposal may be written in one, and what is shown says which it has.
 *
 * @param en the English text, or {@code null}
 * @param uk the Ukrainian text, or {@code null}
 */
public record Text(String en, String uk) {

  public Text {
    if (en == null && uk == null) {
      throw new IllegalArgumentException("a text needs English, Ukrainian or both");
    }
  }

  /** An English-only text, as every version-1 string is read. */
  public static Text english(String en) {
    return new Text(en, null);
  }

  /**
   * The text in a language ({@code "en"} or {@code "uk"}), or in the other where it has only that
   * one: a reader is better served by a text in the other language than by none.
   */
  public String in(String language) {
    if ("uk".equals(language)) {
      return uk != null ? uk : en;
    }
    return en != null ? en : uk;
  }

  /** The languages it is written in, {@code en} before {@code uk}. */
  public List<String> languages() {
    List<String> languages = new ArrayList<>(2);
    if (en != null) {
      languages.add("en");
    }
    if (uk != null) {
      languages.add("uk");
    }
    return List.copyOf(languages);
  }

  @Override
  public String toString() {
    return in("en");
  }
}
