package territorymap.territory;

/**
 * The identity of a first-level unit, independent of any boundary file.
 *
 * @param code ISO 3166-2 code, e.g. {@code UA-14}
 * @param name English name in the official romanisation, e.g. "Donetsk"
 * @param nameUk Ukrainian name in Cyrillic
 * @param officialKm2 official area from the State Statistics Service of Ukraine, km²
 */
public record OfficialRegion(String code, String name, String nameUk, double officialKm2) {}
