package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import territorymap.TestData;

/** The pre-war population, estimate, in the area report and the comparison, on the shipped data. */
class PeopleRoutesTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  static Javalin app;

  @BeforeAll
  static void start() {
    app = WebApp.create(TestData.shipped()).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void theAreaReportCarriesPeopleBesideItsAreas() throws Exception {
    JsonNode report = json("/proposals/alaska-2025-08-15/area");
    // The area report's own members are where they were.
    assertEquals("alaska-2025-08-15", report.get("id").asText());
    assertTrue(report.at("/parties/russia/officialKm2").asDouble() > 100_000);
    JsonNode people = report.get("people");
    assertEquals("pre-war population, estimate", people.get("name").asText());
    assertEquals(43_520_435, people.get("nationalPersons").asLong());
    assertEquals(9_719_744, people.at("/parties/russia/persons").asLong());
    assertEquals(750_337, people.at("/change/cededByUkraine/persons").asLong());
    assertEquals(27, people.get("regions").size());
    JsonNode moved = people.get("settlementsChangingHands");
    assertEquals(23, moved.get("count").asInt());
    assertEquals("Kramatorsk", moved.at("/largest/0/name").asText());
    assertEquals(173_700, moved.at("/largest/0/population").asLong());
    assertEquals("ukraine", moved.at("/largest/0/from").asText());
    assertEquals("russia", moved.at("/largest/0/to").asText());
    assertEquals("Sloviansk", moved.at("/largest/1/name").asText());
    assertEquals(124_800, moved.at("/largest/1/population").asLong());
  }

  @Test
  void ukraineInIts1991BordersIs100Percent() throws Exception {
    JsonNode report = json("/proposals/ukraine-1991-borders/area");
    assertEquals(100.0, report.at("/parties/ukraine/officialPercent").asDouble());
    assertEquals(100.0, report.at("/people/parties/ukraine/percentOfNational").asDouble());
  }

  @Test
  void eachReportOfAComparisonCarriesItsPeople() throws Exception {
    JsonNode compared = json("/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14");
    assertEquals("Kramatorsk", compared.at("/reports/0/people/settlementsChangingHands/largest/0/name").asText());
    assertEquals("Zaporizhzhia", compared.at("/reports/1/people/settlementsChangingHands/largest/0/name").asText());
    assertEquals("russia-demand-2024-06-14", compared.at("/reports/1/id").asText());
  }

  @Test
  void theMapImagesMarkTheSettlementsChangingHandsWithARingAndAName() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + app.port() + "/proposals/alaska-2025-08-15/map.svg")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    String svg = response.body();
    // Kramatorsk and Sloviansk go from Ukraine to Russia: rings in Russia's orange, names in bold.
    assertTrue(Pattern.compile("<text [^>]*font-weight=\"bold\"[^>]*>Kramatorsk</text>").matcher(svg).find(), "Kramatorsk's label");
    // Each of the ten largest a ring in the colour of the side it goes to (Vovchansk back to
    // Ukraine's blue); the legend's ring in ink, as they go to both sides.
    JsonNode largest = json("/proposals/alaska-2025-08-15/area").at("/people/settlementsChangingHands/largest");
    Map<String, String> colours = Map.of("russia", "#c25e00", "ukraine", "#0b5fa5");
    for (String to : colours.keySet()) {
      long expected = 0;
      for (JsonNode settlement : largest) {
        expected += settlement.get("to").asText().equals(to) ? 1 : 0;
      }
      assertTrue(expected > 0, to);
      assertEquals(expected, rings(svg, colours.get(to)), "rings going to " + to);
    }
    assertEquals(1, rings(svg, "#1b1d21"), "the legend's ring");
    assertTrue(svg.contains(">Settlements changing hands</text>"), "the legend entry");
    // Kramatorsk is not labelled a second time as a place.
    assertEquals(1, Pattern.compile(">Kramatorsk</text>").matcher(svg).results().count());
  }

  private static long rings(String svg, String colour) {
    return Pattern.compile("<circle [^>]*fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2.4\"")
        .matcher(svg).results().count();
  }
}
