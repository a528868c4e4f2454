package territorymap.fetch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The classes of a DeepStateMap snapshot's polygons that make up the territory under Russian
 * control, by their English name: the one table of the classification.
 *
 * <p>A snapshot's feature names carry several languages separated by {@code ///}: Ukrainian first,
 * English second, then (in recent snapshots) a status key such as {@code geoJSON.status.occupied}.
 * The English part is the second, as every public client read for this (data/SOURCES.md) takes it.
 * Everything whose English name is not in this table is not occupied: contested ("grey") zones,
 * liberated areas, and the satirical "Occupied …" polygons DeepStateMap draws outside Ukraine
 * (their English names are longer than "Occupied", so an exact match leaves them out).
 */
public enum OccupiedClass {
  /** Occupied since 24 February 2022. */
  OCCUPIED("Occupied"),
  /** Crimea and Sevastopol, occupied since 2014. */
  OCCUPIED_CRIMEA("Occupied Crimea"),
  /** The parts of Donetsk and Luhansk oblasts occupied before 2022 ("CADR and CALR"). */
  CADR_AND_CALR("CADR and CALR");

  /** What separates the languages of a feature name. */
  public static final String LANGUAGE_SEPARATOR = "///";

  private final String englishName;

  OccupiedClass(String englishName) {
    this.englishName = englishName;
  }

  /** The English name DeepStateMap gives the class. */
  public String englishName() {
    return englishName;
  }

  /** The class of a feature with this (multilingual) name, if it is one of the occupied classes. */
  public static Optional<OccupiedClass> of(String name) {
    return englishPart(name).flatMap(english -> Arrays.stream(values())
        .filter(c -> c.englishName.equals(english))
        .findFirst());
  }

  /**
   * The English part of a multilingual name, whitespace (line breaks included) trimmed and runs of
   * it collapsed to one space; empty if the name has no second part.
   */
  public static Optional<String> englishPart(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String[] parts = name.split(LANGUAGE_SEPARATOR, -1);
    if (parts.length < 2) {
      return Optional.empty();
    }
    return Optional.of(parts[1].strip().replaceAll("\\s+", " "));
  }

  /** The English names of the table, for messages. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(OccupiedClass::englishName).toList());
  }
}
