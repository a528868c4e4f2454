package territorymap.proposal;

/**
 * A published report a proposal definition rests on.
 *
 * @param id how the definition's terms cite it (version 1 sources are numbered {@code s1}, {@code s2}, …)
 * @param publisher e.g. "CBS News"
 * @param title the report's headline or a description of it
 * @param date publication date, ISO {@code YYYY-MM-DD}
 * @param url where to read it; {@code null} where a user's proposal records none
 */
public record Source(String id, String publisher, String title, String date, String url) {}
