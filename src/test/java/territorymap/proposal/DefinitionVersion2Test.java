package territorymap.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import territorymap.figures.Allocation;
import territorymap.figures.AreaReport;
import territorymap.geo.GeodesicArea;
import territorymap.territory.Atom;
import territorymap.territory.ContactBand;
import territorymap.territory.Partition;
import territorymap.territory.ShippedData;
import territorymap.territory.Side;
import territorymap.territory.Territory;
import territorymap.territory.TerritoryExpression;

/**
 * Version 2 of the definition language (docs/definition-language.md) read and evaluated on the
 * shipped data: texts in two languages, holders with regimes and recognitions, third parties,
 * bands, circles around named points, variants, sources cited per term; and each fault named by
 * its field.
 */
class DefinitionVersion2Test {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ZNPP = """
      {"version": 2, "id": "v2", "title": {"en": "Test", "uk": "Тест"}, "date": "2025-04-23",
       "summary": {"uk": "Лише українською."},
       "sources": [{"id": "a", "publisher": "P", "title": "T", "date": "2025-04-25", "url": "https://example.org/a"},
                   {"id": "b", "publisher": "Q", "title": "U", "date": "2025-04-26", "url": "https://example.org/b"}],
       "places": [{"id": "znpp", "name": {"en": "Zaporizhzhia nuclear power plant", "uk": "Запорізька АЕС"},
                   "lon": 34.586, "lat": 47.508}],
       "layer": "2025-08-15", "unassigned": "status-quo",
       "assignments": [
         {"territory": {"circle": {"km": 5, "place": "znpp"}}, "holder": "third-party",
          "thirdParty": {"en": "United States", "uk": "США"}, "regime": "international-monitoring",
          "recognition": "not-mentioned", "note": {"en": "Run by the US."}, "sources": ["a"]},
         {"territory": {"difference": [{"band": {"km": 15, "into": "held", "regions": ["UA-14"]}},
                                       {"circle": {"km": 5, "place": "znpp"}}]},
          "holder": "russia", "regime": "demilitarized", "recognition": "in-law", "sources": ["a", "b"]}]}""";

  private static Proposal read(String json) throws Exception {
    Partition partition = ShippedData.august2025();
    return new ProposalReader(code -> partition.boundaries().find(code).isPresent()).read(JSON.readTree(json), "t");
  }

  private static DefinitionException fault(String json) {
    return assertThrows(DefinitionException.class, () -> read(json));
  }

  @Test
  void aVersion2DefinitionIsReadWithItsTextsTermsPlacesAndCitations() throws Exception {
    Proposal p = read(ZNPP);
    assertEquals(new Text("Test", "Тест"), p.title());
    assertEquals(List.of("uk"), p.summary().languages());
    assertEquals("Лише українською.", p.summary().in("en"), "a text in one language is shown in it");
    assertEquals("Запорізька АЕС", p.places().get(0).name().uk());
    Terms us = p.assignments().get(0).terms();
    assertEquals(Party.THIRD_PARTY, us.holder());
    assertEquals("United States", us.thirdParty().en());
    assertEquals(Regime.INTERNATIONAL_MONITORING, us.regime());
    assertEquals(List.of("a", "b"), p.assignments().get(1).sources());
    assertEquals(new Terms(Party.RUSSIA, null, Regime.DEMILITARIZED, Recognition.IN_LAW), p.assignments().get(1).terms());
    assertTrue(p.definition().contains("\"version\":2"));
  }

  @Test
  void bandsAndCirclesAreMeasuredOnTheLayerAndSummedByHolderAndRegime() throws Exception {
    Partition partition = ShippedData.august2025();
    AreaReport report = AreaReport.of(Allocation.of(read(ZNPP), partition));
    // The circle: the plant is on the occupied bank of the Kakhovka reservoir, so the 5 km circle is
    // occupied land and water-free land around it; its area is at most the whole disc's.
    double disc = GeodesicArea.ofM2(TerritoryExpression.Circle.of(34.586, 47.508, 5).geometry()) / 1e6;
    double third = report.parties().get(Party.THIRD_PARTY).km2();
    assertTrue(third > 0.3 * disc && third <= disc + 0.1, third + " km² of a " + disc + " km² disc");
    assertEquals(third, report.regimes().get(Regime.INTERNATIONAL_MONITORING).km2(), 0.1);
    // The band: 15 km into held Donetsk, recognised as Russian but demilitarized.
    double band = ContactBand.of(partition.line(), ContactBand.Reach.INTO_HELD, 15_000, List.of("UA-14")).areaM2() / 1e6;
    assertTrue(band > 1_000 && band < partition.areaM2(new Atom("UA-14", Side.HELD)) / 1e6, band + " km²");
    assertEquals(band, report.regimes().get(Regime.DEMILITARIZED).km2(), 1.0);
    assertEquals(band, report.change().cededToRussia().km2(), 1.0);
    double circleOccupied = Territory.ofPolygon(partition, TerritoryExpression.Circle.of(34.586, 47.508, 5).geometry(),
        partition.atoms().stream().filter(a -> a.side() == Side.OCCUPIED).toList()).areaM2() / 1e6;
    assertTrue(circleOccupied > 0 && circleOccupied < third, circleOccupied + " of " + third);
    assertEquals(partition.occupiedM2() / 1e6 - circleOccupied + band, report.parties().get(Party.RUSSIA).km2(), 1.0,
        "the status quo plus the band, less the plant's circle on the occupied side");
  }

  @Test
  void aVariantNamesTheProposalItVariesAndWhatDistinguishesIt() throws Exception {
    Proposal variant = read(ZNPP.replace("\"id\": \"v2\",",
        "\"id\": \"v2-axios\", \"variantOf\": \"v2\", \"variant\": {\"en\": \"As Axios reported\"},"));
    assertEquals("v2", variant.variantOf());
    assertEquals("As Axios reported", variant.variant().en());
    assertNull(read(ZNPP).variantOf());
    assertEquals("variant", fault(ZNPP.replace("\"id\": \"v2\",", "\"id\": \"v2-x\", \"variantOf\": \"v2\",")).field());
  }

  @Test
  void eachFaultIsNamedByItsField() {
    assertEquals("assignments[0].thirdParty", fault(ZNPP.replace(
        "\"thirdParty\": {\"en\": \"United States\", \"uk\": \"США\"},", "")).field());
    assertEquals("assignments[1].thirdParty", fault(ZNPP.replace(
        "\"holder\": \"russia\",", "\"holder\": \"russia\", \"thirdParty\": \"US\",")).field());
    assertEquals("assignments[1].holder", fault(ZNPP.replace("\"holder\": \"russia\"", "\"holder\": \"nato\"")).field());
    assertEquals("assignments[1].regime", fault(ZNPP.replace("\"regime\": \"demilitarized\"",
        "\"regime\": \"neutral\"")).field());
    assertEquals("assignments[1].recognition", fault(ZNPP.replace("\"recognition\": \"in-law\"",
        "\"recognition\": \"de-jure\"")).field());
    assertEquals("assignments[1].sources[1]", fault(ZNPP.replace("[\"a\", \"b\"]", "[\"a\", \"c\"]")).field());
    assertEquals("assignments[0].territory.circle.place", fault(ZNPP.replace("\"km\": 5, \"place\": \"znpp\"}}, \"holder\"",
        "\"km\": 5, \"place\": \"kyiv\"}}, \"holder\"")).field());
    assertEquals("assignments[0].territory.circle.km", fault(ZNPP.replace("\"km\": 5, \"place\": \"znpp\"}}, \"holder\"",
        "\"km\": 0, \"place\": \"znpp\"}}, \"holder\"")).field());
    assertEquals("assignments[1].territory.difference[0].band.into", fault(ZNPP.replace("\"into\": \"held\"",
        "\"into\": \"east\"")).field());
    assertEquals("assignments[1].territory.difference[0].band.regions[0]", fault(ZNPP.replace("[\"UA-14\"]",
        "[\"UA-99\"]")).field());
    assertEquals("assignments[1].territory.difference[0].band.km", fault(ZNPP.replace("\"km\": 15",
        "\"km\": 501")).field());
    assertEquals("places[0].lat", fault(ZNPP.replace("\"lat\": 47.508", "\"lat\": 95")).field());
    assertEquals("title.uk", fault(ZNPP.replace("\"uk\": \"Тест\"", "\"uk\": \"\"")).field());
    assertEquals("summary", fault(ZNPP.replace("{\"uk\": \"Лише українською.\"}", "{}")).field());
    assertEquals("sources[1].id", fault(ZNPP.replace("{\"id\": \"b\"", "{\"id\": \"a\"")).field());
    assertEquals("version", fault(ZNPP.replace("\"version\": 2", "\"version\": 3")).field());
  }

  @Test
  void aPreviewHasFewerBandsAndCircles() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      many.append(i == 0 ? "" : ",").append("{\"circle\": {\"km\": 1, \"lon\": 30, \"lat\": 50}}");
    }
    String json = ZNPP.replace("{\"circle\": {\"km\": 5, \"place\": \"znpp\"}}, \"holder\": \"third-party\"",
        "{\"union\": [" + many + "]}, \"holder\": \"third-party\"");
    Partition partition = ShippedData.august2025();
    ProposalReader reader = new ProposalReader(code -> partition.boundaries().find(code).isPresent());
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> reader.readWithPolygons(JSON.readTree(json), "t", ProposalReader.Limits.PREVIEW));
    assertTrue(e.getMessage().contains("at most 10"), e.getMessage());
    reader.readWithPolygons(JSON.readTree(json), "t", ProposalReader.Limits.STORED);
  }
}
