package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.figures.AreaReport;
import territorymap.figures.Evaluations;
import territorymap.figures.PeopleReport;
import territorymap.figures.Subject;
import territorymap.figures.Figure;
import territorymap.proposal.Party;
import territorymap.territory.LayerRef;

class AreaCsvTest {

  static AreaReport report;
  static PeopleReport people;
  static String csv;

  @BeforeAll
  static void render() {
    Evaluations evaluations = TestData.shipped();
    Subject alaska = evaluations.subject("alaska-2025-08-15", LayerRef.own());
    report = evaluations.report(alaska);
    people = evaluations.people(alaska);
    csv = AreaCsv.render(report, people);
  }

  private static List<String> lines() {
    return csv.substring(1).lines().toList();
  }

  private static List<String> table() {
    return lines().stream().filter(l -> !l.startsWith("#")).toList();
  }

  private static String[] rowOf(String code) {
    return table().stream().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow().split(",", -1);
  }

  @Test
  void theFileStartsWithAByteOrderMarkAndKeepsUkrainianNamesInUtf8() {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    assertEquals("Донецька область", rowOf("UA-14")[2]);
    assertTrue(csv.contains("\r\n"));
  }

  @Test
  void theMetadataBlockNamesTheLayerItsSourceTheBoundariesAndTheBases() {
    List<String> meta = lines().stream().takeWhile(l -> l.startsWith("#")).toList();
    assertEquals("#proposal,alaska-2025-08-15", meta.get(1));
    assertTrue(meta.contains("#layer_date,2025-08-15"), meta.toString());
    assertTrue(meta.contains("#layer_approximate,true"), meta.toString());
    assertTrue(meta.stream().anyMatch(l -> l.startsWith("#layer_source,") && l.length() > 14));
    assertTrue(meta.stream().anyMatch(l -> l.startsWith("#boundaries,") && l.contains("ukraine-oblasts.geojson")));
    assertTrue(meta.stream().anyMatch(l -> l.startsWith("#basis_official,") && l.contains("603540")), meta.toString());
    assertTrue(meta.stream().anyMatch(l -> l.startsWith("#prewar_population_estimate,") && l.contains("43520435")
        && l.contains("State Statistics Service") && l.contains("GeoNames")), meta.toString());
    assertEquals(12, meta.size(), "with the title in both languages");
  }

  @Test
  void everyAreaHasKm2AndPercentOnBothBasesAndEachPartyItsShareOfTheRegion() {
    String[] header = table().get(0).split(",");
    assertEquals(List.of("code", "name", "name_uk", "area_geodesic_km2", "area_official_km2", "area_geodesic_pct",
        "area_official_pct", "russia_geodesic_km2", "russia_official_km2", "russia_geodesic_pct",
        "russia_official_pct", "russia_pct_of_region"), Arrays.asList(header).subList(0, 12));
    assertEquals(3 + 4 + 4 * 5 + 1 + 4 + 2, header.length);
    assertEquals(1 + 27 + 1, table().size());

    AreaReport.RegionFigures donetsk = report.regions().stream().filter(r -> r.code().equals("UA-14")).findFirst().orElseThrow();
    String[] row = rowOf("UA-14");
    Figure russia = donetsk.parties().get(Party.RUSSIA);
    assertEquals(russia.km2(), Double.parseDouble(row[7]));
    assertEquals(russia.officialKm2(), Double.parseDouble(row[8]));
    assertEquals(russia.percent(), Double.parseDouble(row[9]));
    assertEquals(russia.officialPercent(), Double.parseDouble(row[10]));
    // The Alaska terms give Russia all of Donetsk oblast.
    assertEquals(100.0, Double.parseDouble(row[11]));
    assertEquals(donetsk.area().officialKm2(), Double.parseDouble(row[4]));

    String[] total = rowOf("total");
    assertEquals(603_540, Double.parseDouble(total[4]));
    assertEquals(100.0, Double.parseDouble(total[6]));
    assertEquals(report.parties().get(Party.RUSSIA).officialPercent(), Double.parseDouble(total[10]));
    assertEquals(report.parties().get(Party.RUSSIA).percent(), Double.parseDouble(total[11]));
  }

  @Test
  void everyRegionAndTheTotalCarryThePreWarPopulationEstimateOfEachPartyAndChange() {
    List<String> header = Arrays.asList(table().get(0).split(","));
    assertEquals(List.of("prewar_population_estimate", "russia_prewar_population_estimate",
        "ukraine_prewar_population_estimate", "undetermined_prewar_population_estimate",
        "third-party_prewar_population_estimate", "ceded_by_ukraine_prewar_population_estimate",
        "returned_by_russia_prewar_population_estimate"), header.subList(27, 34));
    // The Alaska terms give Russia all of Donetsk oblast: its official 4,059,372, of which the held
    // part's people are ceded by Ukraine.
    String[] donetsk = rowOf("UA-14");
    assertEquals("4059372", donetsk[27]);
    assertEquals("4059372", donetsk[28]);
    assertEquals("0", donetsk[29]);
    PeopleReport.RegionPeople inDonetsk = people.regions().stream().filter(r -> r.code().equals("UA-14")).findFirst()
        .orElseThrow();
    assertEquals(String.valueOf(inDonetsk.cededByUkraine()), donetsk[32]);
    assertEquals(4_059_372 - inDonetsk.occupied(), inDonetsk.cededByUkraine(), 1);
    String[] total = rowOf("total");
    assertEquals("43520435", total[27]);
    assertEquals(String.valueOf(people.parties().get(Party.RUSSIA).persons()), total[28]);
    assertEquals(String.valueOf(people.change().cededByUkraine().persons()), total[32]);
  }

  @Test
  void freeTextThatASpreadsheetWouldRunAsAFormulaIsShownAsText() {
    assertEquals("'=HYPERLINK(\"http://x\")", AreaCsv.text("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1", AreaCsv.text("+1"));
    assertEquals("'@SUM(A1)", AreaCsv.text("@SUM(A1)"));
    assertEquals("Alaska terms", AreaCsv.text("Alaska terms"));
    assertEquals("", AreaCsv.text(""));
  }
}
