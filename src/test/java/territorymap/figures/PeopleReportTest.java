package territorymap.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import territorymap.TestData;
import territorymap.proposal.Party;
import territorymap.proposal.ProposalVersion;
import territorymap.territory.LayerRef;

/** The pre-war population, estimate, of the reported proposals on the shipped data. */
class PeopleReportTest {

  /** The national figure used: 41,167,335 (1 Jan 2022) plus Crimea 1,967,200 and Sevastopol 385,900 (1 Jan 2014). */
  private static final long NATIONAL = 43_520_435;

  private static PeopleReport people(String id) {
    Evaluations evaluations = TestData.shipped();
    return evaluations.people(evaluations.subject(id, LayerRef.own()));
  }

  private static PeopleReport.RegionPeople region(PeopleReport people, String code) {
    return people.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theAlaskaTermsListKramatorskAndSlovianskAmongTheSettlementsChangingHands() {
    PeopleReport.Settlements moved = people("alaska-2025-08-15").settlementsChangingHands();
    List<PeopleReport.Settlement> largest = moved.largest();
    assertEquals(PeopleReport.LARGEST, largest.size());
    assertEquals(new PeopleReport.Settlement(704_508, "Kramatorsk", "Краматорськ", "UA-14", 37.55629, 48.72305,
        173_700, Party.UKRAINE, Party.RUSSIA), largest.get(0));
    assertEquals(new PeopleReport.Settlement(693_468, "Sloviansk", "Слов’янськ", "UA-14", 37.61667, 48.86667,
        124_800, Party.UKRAINE, Party.RUSSIA), largest.get(1));
    assertEquals(List.of("Kramatorsk", "Sloviansk", "Kostiantynivka", "Pokrovsk", "Druzhkivka", "Myrnohrad"),
        largest.subList(0, 6).stream().map(PeopleReport.Settlement::name).toList());
    // Vovchansk (Kharkiv oblast, occupied in the layer) goes back to Ukraine.
    assertTrue(largest.stream().anyMatch(s -> s.name().equals("Vovchans’k") && s.from() == Party.RUSSIA
        && s.to() == Party.UKRAINE), largest.toString());
    assertEquals(23, moved.count());
    assertEquals(706_992, moved.persons());
  }

  @Test
  void theAlaskaTermsCedeTheHeldPartOfDonetskOblastWithItsPeople() {
    PeopleReport alaska = people("alaska-2025-08-15");
    PeopleReport.RegionPeople donetsk = region(alaska, "UA-14");
    assertEquals(4_059_372, donetsk.persons());
    assertEquals(4_059_372, donetsk.parties().get(Party.RUSSIA));
    assertEquals(0, donetsk.parties().get(Party.UKRAINE));
    assertEquals(4_059_372 - donetsk.occupied(), donetsk.cededByUkraine(), 1);
    assertEquals(750_337, alaska.change().cededByUkraine().persons());
    assertEquals(1.724, alaska.change().cededByUkraine().percentOfNational());
    assertEquals(9_719_744, alaska.parties().get(Party.RUSSIA).persons());
    assertEquals(22.334, alaska.parties().get(Party.RUSSIA).percentOfNational());
    // Net for Ukraine: what Russia hands back to Ukraine, less what Ukraine cedes.
    assertEquals(alaska.change().returnedByRussia().persons() - alaska.change().cededByUkraine().persons(),
        alaska.change().netForUkraine().persons(), 1);
    long cededByRegion = alaska.regions().stream().mapToLong(PeopleReport.RegionPeople::cededByUkraine).sum();
    assertEquals(alaska.change().cededByUkraine().persons(), cededByRegion, 27);
  }

  @Test
  void the27UnitsAddUpToTheNationalFigureUsedAndSoDoEveryProposalsParties() {
    PeopleReport whole = people("ukraine-1991-borders");
    assertEquals(NATIONAL, whole.nationalPersons());
    assertEquals(NATIONAL, whole.regions().stream().mapToLong(PeopleReport.RegionPeople::persons).sum());
    assertEquals(27, whole.regions().size());
    assertEquals(NATIONAL, whole.parties().get(Party.UKRAINE).persons());
    assertEquals(100.0, whole.parties().get(Party.UKRAINE).percentOfNational());
    for (ProposalVersion seeded : TestData.shipped().catalogue().seeded()) {
      PeopleReport people = people(seeded.proposal().id());
      long sum = people.parties().values().stream().mapToLong(PeopleReport.Persons::persons).sum();
      // Each party is rounded to whole persons on its own.
      assertEquals(NATIONAL, sum, Party.values().length, seeded.proposal().id());
      for (PeopleReport.RegionPeople region : people.regions()) {
        long inRegion = region.parties().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(region.persons(), inRegion, Party.values().length, seeded.proposal().id() + " " + region.code());
      }
    }
  }

  @Test
  void ukraineInIts1991BordersTakesBackThePeopleOfAllTheOccupiedTerritory() {
    PeopleReport whole = people("ukraine-1991-borders");
    PeopleReport line = people("line-of-contact-2025-08-15");
    assertEquals(line.parties().get(Party.RUSSIA).persons(), whole.change().returnedByRussia().persons(), 1);
    assertEquals(0, whole.change().cededByUkraine().persons());
    assertEquals(0, line.settlementsChangingHands().count());
    assertEquals("Donetsk", whole.settlementsChangingHands().largest().get(0).name());
    assertEquals(1_024_700, whole.settlementsChangingHands().largest().get(0).population());
    assertEquals("pre-war population, estimate", whole.name());
  }
}
