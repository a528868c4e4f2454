package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.LayerRef;

/**
 * The shipped catalogue as a whole (issue #14): every seed is sourced term by term, in English
 * and Ukrainian, and every one evaluates on every loaded layer. The seeds are read here as JSON
 * text, apart from the project's reader, so that what is checked is what the files say.
 */
class CatalogueTest {

  private static final Path SEEDS = Path.of("seeds/proposals");

  /** Every seed file by its id, read as plain JSON. */
  private static final Map<String, JsonNode> FILES = read();

  private static Map<String, JsonNode> read() {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(SEEDS)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".json")).toList()) {
        files.put(path.getFileName().toString().replace(".json", ""), json.readTree(path.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void assertBilingual(JsonNode text, String where) {
    assertTrue(text.isObject(), where + " is a text object");
    assertFalse(text.path("en").asText().isBlank(), where + " has English");
    assertFalse(text.path("uk").asText().isBlank(), where + " has Ukrainian");
  }

  @Test
  void everySeedIsVersion2NamedForItsIdWithATitleAndSummaryInEnglishAndUkrainian() {
    FILES.forEach((file, seed) -> {
      assertEquals(2, seed.path("version").asInt(), file);
      assertEquals(file, seed.path("id").asText(), "the file is named for its id");
      assertBilingual(seed.path("title"), file + " title");
      assertBilingual(seed.path("summary"), file + " summary");
    });
  }

  @Test
  void everySeedHasTwoOrMoreSourcesEachWithPublisherTitleDateAndPublicUrl() {
    FILES.forEach((file, seed) -> {
      JsonNode sources = seed.path("sources");
      assertTrue(sources.size() >= 2, file + " has " + sources.size() + " source(s)");
      Set<String> urls = new HashSet<>();
      for (JsonNode source : sources) {
        for (String member : List.of("id", "publisher", "title", "date")) {
          assertFalse(source.path(member).asText().isBlank(), file + " source lacks " + member + ": " + source);
        }
        assertTrue(source.path("url").asText().matches("https?://\\S+"), file + " source URL: " + source);
        assertTrue(urls.add(source.path("url").asText()), file + " cites one URL twice");
      }
    });
  }

  @Test
  void everyTermHasANoteInBothLanguagesAndCitesSourcesOfItsOwnProposal() {
    FILES.forEach((file, seed) -> {
      Set<String> ids = new HashSet<>();
      seed.path("sources").forEach(source -> ids.add(source.path("id").asText()));
      Set<String> cited = new HashSet<>();
      JsonNode assignments = seed.path("assignments");
      assertTrue(assignments.size() > 0, file);
      for (int i = 0; i < assignments.size(); i++) {
        JsonNode term = assignments.get(i);
        String where = file + " assignments[" + i + "]";
        assertBilingual(term.path("note"), where + " note");
        assertTrue(term.path("sources").size() > 0, where + " names no source");
        term.path("sources").forEach(id -> {
          assertTrue(ids.contains(id.asText()), where + " cites unknown source " + id);
          cited.add(id.asText());
        });
      }
      assertEquals(ids, cited, file + ": every source listed is cited by a term");
    });
  }

  @Test
  void variantsNameAProposalOfTheCatalogueAndSayWhatDistinguishesThem() {
    FILES.forEach((file, seed) -> {
      if (seed.has("variantOf")) {
        JsonNode base = FILES.get(seed.path("variantOf").asText());
        assertTrue(base != null && !base.has("variantOf"), file + " is a variant of a proposal that is not one");
        assertBilingual(seed.path("variant"), file + " variant");
      }
    });
  }

  @Test
  void theCatalogueHoldsAtLeastFifteenProposalsBesidesTheirVariants() {
    long proposals = FILES.values().stream().filter(seed -> !seed.has("variantOf")).count();
    assertTrue(proposals >= 15, proposals + " proposals");
    for (String id : List.of("istanbul-2022-03-29", "ukraine-1991-borders", "russia-demand-2024-06-14",
        "us-framework-2025-04", "cbs-2025-08-08", "alaska-2025-08-15", "us-28-point-2025-11",
        "e3-counter-proposal-2025-11", "line-of-contact-2025-08-15")) {
      assertTrue(FILES.containsKey(id), id);
    }
  }

  @Test
  void everyProposalEvaluatesOnEveryLoadedLayerAndComparesWithTheLineOfContact() {
    Evaluations shipped = TestData.shipped();
    assertEquals(FILES.keySet(), new java.util.TreeSet<>(shipped.catalogue().all().stream()
        .map(ProposalVersion::id).toList()), "the service loads every seed file");
    for (LayerFigures layer : shipped.layers()) {
      LayerRef on = new LayerRef.OnDate(layer.layer().date(), "layer");
      for (String id : FILES.keySet()) {
        AreaReport report = shipped.report(id, on);
        assertEquals(layer.layer().date(), report.layer().date(), id);
      }
    }
    LayerRef august = new LayerRef.OnDate(java.time.LocalDate.of(2025, 8, 15), "layer");
    for (String id : FILES.keySet()) {
      assertEquals(2, shipped.compare(List.of(id, "line-of-contact-2025-08-15"), august).reports().size(), id);
    }
  }

  /**
   * Every pair of proposals compares on the latest layer: what the first gives to a holder and the
   * second to another adds up, per region, to the difference of the two reports' holdings.
   */
  @Test
  @org.junit.jupiter.api.Tag("slow")
  void everyProposalComparesWithEveryOther() {
    Evaluations shipped = TestData.shipped();
    LayerRef august = new LayerRef.OnDate(java.time.LocalDate.of(2025, 8, 15), "layer");
    List<String> ids = List.copyOf(FILES.keySet());
    int pairs = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        var comparison = shipped.compare(List.of(ids.get(i), ids.get(j)), august);
        var divergence = comparison.divergences().get(0);
        double moved = divergence.transfers().stream().mapToDouble(t -> t.area().km2()).sum();
        assertEquals(divergence.total().km2(), moved, 0.1 * divergence.transfers().size() + 0.1,
            ids.get(i) + " vs " + ids.get(j));
        for (territorymap.proposal.Party party : territorymap.proposal.Party.values()) {
          double change = comparison.reports().get(1).parties().get(party).km2()
              - comparison.reports().get(0).parties().get(party).km2();
          assertEquals(change, divergence.parties().get(party).km2(), 0.3, ids.get(i) + " vs " + ids.get(j) + " " + party);
        }
        pairs++;
      }
    }
    assertEquals(ids.size() * (ids.size() - 1) / 2, pairs);
  }

  @Test
  void everyVariantOfTheAlaskaTermsReturnsTheOccupiedPartsOfSumyKharkivAndDnipropetrovsk() {
    List<String> alaska = FILES.entrySet().stream()
        .filter(e -> e.getKey().equals("alaska-2025-08-15")
            || e.getValue().path("variantOf").asText().equals("alaska-2025-08-15"))
        .map(Map.Entry::getKey).toList();
    assertTrue(alaska.size() >= 2, "the Alaska terms have variants: " + alaska);
    for (String id : alaska) {
      AreaReport report = TestData.shipped().report(id, LayerRef.own());
      for (String pocket : List.of("UA-63", "UA-59", "UA-12")) {
        AreaReport.RegionFigures region = report.regions().stream()
            .filter(r -> r.code().equals(pocket)).findFirst().orElseThrow();
        assertTrue(region.occupied().km2() > 50, pocket + " has an occupied pocket on the layer");
        assertEquals(0, region.parties().get(Party.RUSSIA).km2(), id + " " + pocket);
      }
    }
  }
}
