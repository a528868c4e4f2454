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
}
