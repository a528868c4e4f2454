package territorymap.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import territorymap.people.Places;
import territorymap.proposal.Party;
import territorymap.proposal.Recognition;
import territorymap.proposal.Regime;
import territorymap.proposal.Terms;
import territorymap.proposal.Text;

/**
 * The words a map image and {@code /embed} put around a proposal's own text, in English or Ukrainian
 * (the same terms as the page's {@code i18n.js}), and numbers and dates as each language writes them:
 * "19.3 %", "603,628 km²", "15 Aug 2025" in English; "19,3 %", "603 628 км²", "15 серпня 2025" in
 * Ukrainian. A proposal's own texts (title, names) are taken in the view's language where the
 * definition has it.
 */
record ViewWords(Language language) {

  private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("uk"));

  static ViewWords of(Language language) {
    return new ViewWords(language);
  }

  private boolean uk() {
    return language == Language.UK;
  }

  private String pick(String english, String ukrainian) {
    return uk() ? ukrainian : english;
  }

  String day(LocalDate date) {
    return (uk() ? DAY_UK : DAY_EN).format(date);
  }

  /** A share of Ukraine, %, to one decimal. */
  String percent(double percent) {
    return localise(String.format(Locale.ROOT, "%.1f %%", percent));
  }

  /** An area, km², to 1 km², or to 100 km² with "≈" on an approximate line. */
  String km2(double km2, boolean approximate) {
    String number = approximate
        ? String.format(Locale.ROOT, "≈ %,.0f", Math.round(km2 / 100) * 100.0)
        : String.format(Locale.ROOT, "%,.0f", km2);
    return localise(number) + pick(" km²", " км²");
  }

  /** Ukrainian groups thousands with a no-break space and writes a decimal comma. */
  private String localise(String number) {
    return uk() ? number.replace(',', '\u00a0').replace('.', ',') : number;
  }

  String party(Party party) {
    return switch (party) {
      case RUSSIA -> pick("Russia", "Росія");
      case UKRAINE -> pick("Ukraine", "Україна");
      case UNDETERMINED -> pick("undetermined", "не визначено");
      case THIRD_PARTY -> pick("a third party", "третя сторона");
    };
  }

  /** A text of a proposal in this language, or in the other where it has only that one. */
  String text(Text text) {
    return text.in(uk() ? "uk" : "en");
  }

  /** A share's terms, as a legend says them: "Russia, demilitarized, in law". */
  String terms(Terms terms) {
    String holder = terms.holder() == Party.THIRD_PARTY ? text(terms.thirdParty()) : party(terms.holder());
    String regime = terms.regime() == Regime.NONE ? "" : ", " + regime(terms.regime());
    return holder + regime + ", " + recognition(terms.recognition());
  }

  String regime(Regime regime) {
    return switch (regime) {
      case NONE -> pick("no special regime", "без особливого режиму");
      case DEMILITARIZED -> pick("demilitarized", "демілітаризовано");
      case FREE_ECONOMIC_ZONE -> pick("free economic zone", "вільна економічна зона");
      case JOINT_ADMINISTRATION -> pick("joint administration", "спільне управління");
      case INTERNATIONAL_MONITORING -> pick("international monitoring", "міжнародний нагляд");
    };
  }

  String recognition(Recognition recognition) {
    return switch (recognition) {
      case IN_LAW -> pick("in law", "визнано юридично");
      case DE_FACTO -> pick("de facto", "визнано фактично");
      case FROZEN -> pick("frozen, pending talks", "заморожено до переговорів");
      case NOT_MENTIONED -> pick("not mentioned", "не згадано");
    };
  }

  /** A party as the one something is given to (Ukrainian's dative). */
  String toParty(Party party) {
    return switch (party) {
      case RUSSIA -> pick("Russia", "Росії");
      case UKRAINE -> pick("Ukraine", "Україні");
      case UNDETERMINED -> pick("no one (undetermined)", "нікому (не визначено)");
      case THIRD_PARTY -> pick("a third party", "третій стороні");
    };
  }

  /** The legend entry of the rings that mark settlements changing hands. */
  String settlementsChangingHands() {
    return pick("Settlements changing hands", "Населені пункти, що переходять");
  }

  /** A settlement's name as labelled: its Ukrainian name on a Ukrainian image where it has one. */
  String settlementName(territorymap.figures.PeopleReport.Settlement settlement) {
    return uk() && settlement.nameUk() != null && !settlement.nameUk().isBlank() ? settlement.nameUk() : settlement.name();
  }

  /** "of Ukraine to Russia", after a share. */
  String ofUkraineTo(Party party) {
    return pick("of Ukraine to " + party(party), "території України — " + toParty(party));
  }

  String cededBeyond(LocalDate date) {
    return pick("Ukraine would give up beyond the line of " + day(date),
        "Україна віддає понад лінію фронту на " + day(date));
  }

  String lineOfContact(LocalDate date) {
    return pick("Line of contact, ", "Лінія зіткнення, ") + day(date);
  }

  /** The subtitle: the line's date, whether approximate, and the basis with Ukraine's total on it. */
  String subtitle(LocalDate date, boolean approximate, Basis basis, double totalKm2) {
    String total = km2(totalKm2, false);
    String basisText = basis == Basis.OFFICIAL
        ? pick("official basis, % of ", "офіційна основа, % від ") + total
        : pick("geodesic basis, % of ", "геодезична основа, % від ") + total;
    return pick("Line of contact ", "Лінія зіткнення ") + day(date)
        + (approximate ? pick(" (approximate)", " (приблизна)") : "") + "  ·  " + basisText;
  }

  /** A comparison's legend: proposal {@code letter} gives {@code to} what A gives {@code from}. */
  String givesInstead(String letter, Party to, Party from) {
    return pick(letter + " gives to " + toParty(to) + " what A gives to " + toParty(from),
        letter + " віддає " + toParty(to) + " те, що A віддає " + toParty(from));
  }

  /** A comparison's key figure: "A: to Russia — TITLE". */
  String toRussiaIn(String letter, String title) {
    return letter + pick(": to Russia — ", ": Росії — ") + title;
  }

  /** A description's figures: "19.3 % of Ukraine to Russia, 80.7 % to Ukraine". */
  String shares(String russia, String ukraine) {
    return pick(russia + " of Ukraine to Russia, " + ukraine + " to Ukraine",
        "Росії — " + russia + " території України, Україні — " + ukraine);
  }

  /** After {@link #shares}: "; Ukraine would give up ≈ 6,400 km² beyond the line". */
  String givesUp(String km2) {
    return pick("; Ukraine would give up " + km2 + " beyond the line", "; Україна віддає " + km2 + " понад лінію фронту");
  }

  /** A description's last sentence: "Line of contact 15 Aug 2025 (approximate)." */
  String lineSentence(LocalDate date, boolean approximate) {
    return pick("Line of contact ", "Лінія зіткнення ") + day(date)
        + (approximate ? pick(" (approximate).", " (приблизна).") : ".");
  }

  String versus() {
    return pick(" vs ", " проти ");
  }

  String lineCreditLabel() {
    return pick("Line: ", "Лінія фронту: ");
  }

  String approximation(LocalDate date) {
    return pick("Territory Map approximation from public reports, ", "наближення Territory Map за відкритими повідомленнями, ")
        + day(date);
  }

  String boundariesCredit() {
    return pick("Boundaries: © OpenStreetMap contributors (ODbL), Natural Earth",
        "Кордони: © учасники OpenStreetMap (ODbL), Natural Earth");
  }

  String placesCredit() {
    return uk() ? "Населені пункти: GeoNames (CC BY 4.0)" : Places.CREDIT;
  }

  String compared() {
    return pick("Compared: ", "Порівняння: ");
  }

  String openFullView() {
    return pick("Open the full view with every figure on Territory Map",
        "Відкрити повний вигляд з усіма даними на Territory Map");
  }

  /** The embed's credits line: its labels before each link. */
  String boundariesLabel() {
    return pick("Boundaries", "Кордони");
  }

  String osmContributors() {
    return pick("© OpenStreetMap contributors", "© учасники OpenStreetMap");
  }

  String placesLabel() {
    return pick("Places", "Населені пункти");
  }
}
