package territorymap.render;

import java.awt.Color;
import java.util.Map;

/**
 * The page's colours and patterns ({@code public/js/maps.js}) for the server's images: each holder a
 * colour (strong and light, told apart by lightness too); a special regime a pattern of its own,
 * otherwise the recognition's pattern over the light tint. Holders, regimes and recognitions are
 * named by their wire names ({@code "russia"}, {@code "demilitarized"}, {@code "de-facto"}), as in
 * the page; an unknown holder is drawn as Ukraine's, an unknown recognition in the light tint.
 */
public final class Fills {

  private record Colours(Color strong, Color light) {}

  private static final Map<String, Colours> PARTIES = Map.of(
      "russia", new Colours(new Color(0xc25e00), new Color(0xf7cf9c)),
      "ukraine", new Colours(new Color(0x0b5fa5), new Color(0xcfe0f1)),
      "undetermined", new Colours(new Color(0x8e3b8a), new Color(0xecd0e8)),
      "third-party", new Colours(new Color(0x2e7d32), new Color(0xcfe8d0)));

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

  /**
   * The fill of a share held by {@code holder} under {@code regime} with {@code recognition}, as the
   * page draws it: a regime other than {@code none} by its pattern (demilitarized horizontal
   * stripes, a free economic zone vertical ones, joint administration stripes falling to the right,
   * international monitoring fine horizontal ones; a stripe's angle is measured from the vertical);
   * otherwise in law solid, de facto stripes rising to
   * the right, frozen fine ones, and not mentioned the light tint (dotted for Russia, whose
   * unmentioned territory is the status quo of occupation).
   */
  public static Fill share(String holder, String recognition, String regime) {
    Colours c = colours(holder);
    switch (regime) {
      case "demilitarized": return new Fill.Stripes(c.light(), c.strong(), 2.5, 90);
      case "free-economic-zone": return new Fill.Stripes(c.light(), c.strong(), 2.5, 0);
      case "joint-administration": return new Fill.Stripes(c.light(), c.strong(), 3, -45);
      case "international-monitoring": return new Fill.Stripes(c.light(), c.strong(), 1.6, 90);
      default: break;
    }
    return switch (recognition) {
      case "in-law" -> new Fill.Solid(c.strong());
      case "de-facto" -> new Fill.Stripes(c.light(), c.strong(), 3, 45);
      case "frozen" -> new Fill.Stripes(c.light(), c.strong(), 1.6, 45);
      case "not-mentioned" -> holder.equals("russia") ? new Fill.Dots(c.light(), c.strong()) : new Fill.Solid(c.light());
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
