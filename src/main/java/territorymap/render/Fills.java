package territorymap.render;

import java.awt.Color;
import java.util.Map;

/**
 * The page's colours and patterns ({@code public/js/maps.js}) for the server's images: each party a
 * colour (strong and light, told apart by lightness too), each status a pattern over the light tint.
 * Parties and statuses are named by their wire names ({@code "russia"}, {@code "de-facto"}), as in
 * the page; an unknown party is drawn as Ukraine's, an unknown status in the light tint.
 */
public final class Fills {

  private record Colours(Color strong, Color light) {}

  private static final Map<String, Colours> PARTIES = Map.of(
      "russia", new Colours(new Color(0xc25e00), new Color(0xf7cf9c)),
      "ukraine", new Colours(new Color(0x0b5fa5), new Color(0xcfe0f1)),
      "demilitarized", new Colours(new Color(0x8e3b8a), new Color(0xecd0e8)));

  /** Land outside the proposal (e.g. neighbours), and the sea. */
  public static final Color LAND = new Color(0xf3f1ec);
  public static final Color SEA = new Color(0xdde5ea);
  /** Unit borders. */
  public static final Color BORDER = new Color(0xffffff);
  /** The line of contact: near-black, drawn over every proposal map. */
  public static final LineStyle LINE_OF_CONTACT = new LineStyle(new Color(0x1b1d21), 2.2, false);

  private Fills() {}

  /** The strong colour of a party. */
  public static Color party(String party) {
    return colours(party).strong();
  }

  /** The fill of a share given to {@code party} with {@code status}, as the page draws it. */
  public static Fill share(String party, String status) {
    Colours c = colours(party);
    return switch (status) {
      case "de-jure" -> new Fill.Solid(c.strong());
      case "de-facto" -> new Fill.Stripes(c.light(), c.strong(), 3, 45);
      case "returned" -> new Fill.Stripes(c.light(), c.strong(), 3, -45);
      case "frozen" -> new Fill.Stripes(c.light(), c.strong(), 1.6, 45);
      case "demilitarized" -> new Fill.Stripes(c.light(), c.strong(), 2.5, 90);
      case "status-quo" -> new Fill.Dots(c.light(), c.strong());
      default -> new Fill.Solid(c.light());
    };
  }

  /** The fill of territory moving from one party to another: the giver's tint, the taker's stripes. */
  public static Fill transfer(String from, String to) {
    return new Fill.Stripes(colours(from).light(), colours(to).strong(), 4, 45);
  }

  private static Colours colours(String party) {
    return PARTIES.getOrDefault(party, PARTIES.get("ukraine"));
  }
}
