package territorymap.proposal;

/**
 * A published report a proposal definition rests on.
 *
 * @param publisher e.g. "CBS News"
 * @param title the report's headline or a description of it
 * @param date publication date, ISO {@code YYYY-MM-DD}
 * @param url where to read it; {@code null} where the project has not recorded one
 */
public record Source(String publisher, String title, String date, String url) {}
