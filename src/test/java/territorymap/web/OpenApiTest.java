package territorymap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;

/**
 * The OpenAPI description ({@code src/main/resources/openapi.json}) held against the real server on
 * port 0, over the synthetic grid, the shipped proposal definitions, an H2 store and a write token:
 * every route the server has is described, every described operation answers with a status the
 * description lists, and what it answers has the fields the schemas name, no more and no fewer.
 */
class OpenApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TOKEN = "t";

  /** Methods an OpenAPI path item can describe; handlers of other types (before, after…) are not routes. */
  private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "options", "head", "trace");

  @TempDir static Path dir;
  static JdbcProposalStore store;
  static Evaluations proposals;
  static Javalin app;
  static JsonNode spec;

  @BeforeAll
  static void start() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    store = JdbcProposalStore.h2(dir.resolve("store"));
    proposals = Evaluations.load(Path.of("seeds/proposals"), atlas, store);
    app = WebApp.create(proposals, WriteAccess.withToken(TOKEN)).start(0);
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      spec = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  // ---------------------------------------------------------------------------------------------
  // The description and the page

  @Test
  void theDescriptionIsServedAsJsonInOpenApi3() throws Exception {
    HttpResponse<String> response = send("GET", "/openapi.json", null, null);
    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("application/json"), contentType(response));
    JsonNode served = JSON.readTree(response.body());
    assertTrue(served.path("openapi").asText().startsWith("3."), served.path("openapi").asText());
    assertEquals(spec, served, "the server answers the resource as it is in the jar");
    assertFalse(served.at("/info/description").asText().isBlank());
  }

  @Test
  void theDocsPageIsHtmlLoadingSwaggerUiFromThisServerWithNoInlineScript() throws Exception {
    for (String path : List.of("/docs/", "/docs")) {
      HttpResponse<String> page = send("GET", path, null, null);
      assertEquals(200, page.statusCode(), path);
      assertTrue(contentType(page).startsWith("text/html"), path + ": " + contentType(page));
      assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
      List<String> sources = new ArrayList<>();
      Matcher script = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
      while (script.find()) {
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(script.group(1));
        assertTrue(src.find(), "every script is a file the CSP allows, not inline: " + script.group());
        assertTrue(script.group(2).isBlank(), "no inline code: " + script.group());
        sources.add(src.group(1));
      }
      Matcher style = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(page.body());
      while (style.find()) {
        sources.add(style.group(1));
      }
      assertTrue(sources.contains("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"), sources.toString());
      assertTrue(sources.contains("/webjars/swagger-ui/5.34.1/swagger-ui.css"), sources.toString());
      for (String source : sources) {
        assertTrue(source.startsWith("/"), "served by this server: " + source);
        assertEquals(200, send("GET", source, null, null).statusCode(), source);
      }
      assertTrue(send("GET", "/docs/docs.js", null, null).body().contains("'/openapi.json'"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Routes against paths

  @Test
  void everyRouteOfTheServerIsDescribedWithItsMethod() {
    List<String> undescribed = new ArrayList<>();
    for (String route : routes()) {
      String[] methodPath = route.split(" ", 2);
      if (!spec.path("paths").path(methodPath[1]).has(methodPath[0].toLowerCase(Locale.ROOT))) {
        undescribed.add(route);
      }
    }
    assertTrue(routes().containsAll(List.of("GET /health", "POST /proposals", "GET /proposals/{id}/area")),
        "the route table is read: " + routes());
    assertEquals(List.of(), undescribed, "routes missing from openapi.json");
  }

  @Test
  void everyDescribedOperationIsARouteOfTheServer() {
    Set<String> routes = routes();
    List<String> phantoms = new ArrayList<>();
    for (Operation operation : operations()) {
      if (!routes.contains(operation.method().toUpperCase(Locale.ROOT) + " " + operation.path())) {
        phantoms.add(operation.method() + " " + operation.path());
      }
    }
    assertEquals(List.of(), phantoms, "operations in openapi.json that the server does not have");
  }

  // ---------------------------------------------------------------------------------------------
  // What the described operations answer

  @Test
  void everyDescribedReadAnswers200WithTheDescribedContent() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Operation operation : operations()) {
      if (!operation.method().equals("get")) {
        continue;
      }
      // Once with the required parameters only, once with every parameter's example.
      for (boolean all : new boolean[] {false, true}) {
        String path = concrete(operation, all);
        HttpResponse<String> response = send("GET", path, null, null);
        failures.addAll(check(operation, path, response));
        if (response.statusCode() != 200) {
          failures.add("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void writesWithoutATokenAre401AsDescribed() throws Exception {
    List<String> failures = new ArrayList<>();
    int writes = 0;
    for (Operation operation : operations()) {
      // Writes are the operations tagged so; a preview (POST that stores nothing) is open to all.
      if (!operation.node().path("tags").toString().contains("\"writes\"")) {
        continue;
      }
      writes++;
      assertTrue(operation.node().path("security").toString().contains("bearerAuth"),
          operation.method() + " " + operation.path() + " names the bearer scheme");
      String path = concrete(operation, true);
      String body = operation.node().has("requestBody") ? firstRequestExample(operation).toString() : null;
      for (String token : new String[] {null, "wrong"}) {
        HttpResponse<String> response = send(operation.method().toUpperCase(Locale.ROOT), path, body, token);
        failures.addAll(check(operation, path, response));
        if (response.statusCode() != 401) {
          failures.add(operation.method() + " " + path + " with token " + token + ": " + response.statusCode());
        }
      }
    }
    assertEquals(3, writes, "POST, PUT and DELETE /proposals");
    assertEquals(List.of(), failures);
  }

  @Test
  void everyRequestExampleCanBeCreatedReplacedAndDeleted() throws Exception {
    Operation post = operation("post", "/proposals");
    Operation put = operation("put", "/proposals/{id}");
    Operation delete = operation("delete", "/proposals/{id}");
    List<String> failures = new ArrayList<>();
    JsonNode examples = resolve(post.node().path("requestBody")).at("/content/application~1json/examples");
    assertTrue(examples.size() >= 3, "examples of the territory grammar");
    for (JsonNode example : (Iterable<JsonNode>) examples::elements) {
      JsonNode definition = example.get("value");
      String path = "/proposals/" + definition.get("id").asText();
      HttpResponse<String> created = send("POST", "/proposals", definition.toString(), TOKEN);
      failures.addAll(expect(post, "/proposals", created, 201));
      HttpResponse<String> replaced = send("PUT", path, definition.toString(), TOKEN);
      failures.addAll(expect(put, path, replaced, 200));
      failures.addAll(expect(delete, path, send("DELETE", path, null, TOKEN), 204));
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theDescribedErrorsAnswerProblemJsonWithTheDescribedStatus() throws Exception {
    String valid = firstRequestExample(operation("post", "/proposals")).toString();
    String huge = "{\"id\": \"huge\", \"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    record Case(String method, String template, String path, String body, String token, int status) {}
    List<Case> cases = List.of(
        new Case("GET", "/regions/{id}", "/regions/XX-99", null, null, 404),
        new Case("GET", "/regions/{id}/geojson", "/regions/XX-99/geojson", null, null, 404),
        new Case("GET", "/proposals/{id}", "/proposals/nope", null, null, 404),
        new Case("GET", "/proposals/{id}/area", "/proposals/nope/area", null, null, 404),
        new Case("GET", "/proposals/{id}/area", "/proposals/alaska-2025-08-15/area?layer=2020-01-01", null, null, 404),
        new Case("GET", "/proposals/{id}/area.csv", "/proposals/nope/area.csv", null, null, 404),
        new Case("GET", "/proposals/{id}/geojson", "/proposals/alaska-2025-08-15/geojson?layer=2020-01-01", null, null, 404),
        new Case("GET", "/compare", "/compare?ids=alaska-2025-08-15", null, null, 400),
        new Case("GET", "/compare", "/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14&layer=2020-01-01",
            null, null, 404),
        new Case("GET", "/layers/{date}/area", "/layers/2020-01-01/area", null, null, 404),
        new Case("GET", "/timeline", "/timeline?from=yesterday", null, null, 400),
        new Case("GET", "/timeline", "/timeline?region=XX-99", null, null, 400),
        new Case("POST", "/proposals", "/proposals", "{\"id\": ", TOKEN, 400),
        new Case("POST", "/proposals", "/proposals", valid.replace("\"layer\":\"2025-08-15\"", "\"layer\":\"2019-01-01\""),
            TOKEN, 422),
        new Case("POST", "/proposals", "/proposals", valid.replace("donetsk-occupied-only", "alaska-2025-08-15"),
            TOKEN, 409),
        new Case("POST", "/proposals", "/proposals", huge, TOKEN, 413),
        new Case("PUT", "/proposals/{id}", "/proposals/not-there", valid.replace("donetsk-occupied-only", "not-there"),
            TOKEN, 404),
        new Case("PUT", "/proposals/{id}", "/proposals/other-id", valid, TOKEN, 422),
        new Case("DELETE", "/proposals/{id}", "/proposals/alaska-2025-08-15", null, TOKEN, 409),
        new Case("DELETE", "/proposals/{id}", "/proposals/not-there", null, TOKEN, 404));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Operation operation = operation(c.method().toLowerCase(Locale.ROOT), c.template());
      failures.addAll(expect(operation, c.path(), send(c.method(), c.path(), c.body(), c.token()), c.status()));
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void writesOnAServerWithoutATokenAre403AsDescribed() throws Exception {
    Javalin readOnly = WebApp.create(proposals, WriteAccess.disabled()).start(0);
    try {
      Operation post = operation("post", "/proposals");
      String body = firstRequestExample(post).toString();
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + readOnly.port() + "/proposals"))
          .POST(HttpRequest.BodyPublishers.ofString(body)).header("Authorization", "Bearer " + TOKEN).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(List.of(), expect(post, "/proposals", response, 403));
    } finally {
      readOnly.stop();
    }
  }

  @Test
  void everyExampleFitsItsSchema() {
    List<String> failures = new ArrayList<>();
    int examples = 0;
    for (Operation operation : operations()) {
      List<JsonNode> media = new ArrayList<>();
      for (JsonNode response : (Iterable<JsonNode>) operation.node().path("responses")::elements) {
        resolve(response).path("content").elements().forEachRemaining(media::add);
      }
      resolve(operation.node().path("requestBody")).path("content").elements().forEachRemaining(media::add);
      for (JsonNode type : media) {
        List<JsonNode> values = new ArrayList<>();
        if (type.has("example")) {
          values.add(type.get("example"));
        }
        type.path("examples").elements().forEachRemaining(e -> values.add(resolve(e).get("value")));
        for (JsonNode value : values) {
          examples++;
          failures.addAll(violations(type.get("schema"), value, operation.method() + " " + operation.path() + " example"));
        }
      }
    }
    assertTrue(examples >= 30, "examples checked: " + examples);
    assertEquals(List.of(), failures);
  }

  // ---------------------------------------------------------------------------------------------
  // The spec, read

  /** A described operation: method (lower case, as in the spec), path template and its object. */
  record Operation(String method, String path, JsonNode node) {}

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (OPERATIONS.contains(method.getKey())) {
          operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
        }
      }
    }
    return operations;
  }

  private static Operation operation(String method, String path) {
    JsonNode node = spec.path("paths").path(path).path(method);
    assertFalse(node.isMissingNode(), method + " " + path + " is described");
    return new Operation(method, path, node);
  }

  /** Follows a local {@code $ref} ({@code #/components/…}), however deep. */
  private static JsonNode resolve(JsonNode node) {
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      assertTrue(ref.startsWith("#/"), "local reference: " + ref);
      node = spec.at(ref.substring(1));
      assertFalse(node.isMissingNode(), "reference resolves: " + ref);
    }
    return node;
  }

  private static List<JsonNode> parameters(Operation operation) {
    List<JsonNode> parameters = new ArrayList<>();
    operation.node().path("parameters").elements().forEachRemaining(p -> parameters.add(resolve(p)));
    return parameters;
  }

  /**
   * The operation's path with its path parameters replaced by their examples, and its required
   * query parameters (or all of them) set to theirs.
   */
  private static String concrete(Operation operation, boolean allQueryParameters) {
    String path = operation.path();
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : parameters(operation)) {
      String name = parameter.get("name").asText();
      assertTrue(parameter.has("example"), operation.path() + ": parameter " + name + " has an example");
      String example = parameter.get("example").asText();
      switch (parameter.get("in").asText()) {
        case "path" -> {
          assertTrue(path.contains("{" + name + "}"), operation.path() + " has {" + name + "}");
          path = path.replace("{" + name + "}", example);
        }
        case "query" -> {
          if (allQueryParameters || parameter.path("required").asBoolean()) {
            query.add(name + "=" + URLEncoder.encode(example, StandardCharsets.UTF_8));
          }
        }
        case "header" -> assertFalse(parameter.path("required").asBoolean(), name + ": headers described are optional");
        default -> throw new AssertionError("unexpected parameter location " + parameter.get("in"));
      }
    }
    assertFalse(path.contains("{"), operation.path() + ": every path parameter is described");
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private static JsonNode firstRequestExample(Operation operation) {
    JsonNode examples = resolve(operation.node().path("requestBody")).at("/content/application~1json/examples");
    return examples.elements().next().get("value");
  }

  // ---------------------------------------------------------------------------------------------
  // The server, read

  /** The server's routes as {@code METHOD /path}, path parameters as {@code {name}}. */
  private static Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType method = parsed.endpoint.method;
      String path = parsed.endpoint.path;
      if (!method.isHttpMethod() || method == HandlerType.HEAD || method == HandlerType.OPTIONS
          || path.startsWith("/webjars")) {
        continue;
      }
      routes.add(method.name() + " " + path);
    }
    return routes;
  }

  private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** {@link #check} and the status expected. */
  private static List<String> expect(Operation operation, String path, HttpResponse<String> response, int status) {
    List<String> failures = new ArrayList<>(check(operation, path, response));
    if (response.statusCode() != status) {
      failures.add(operation.method() + " " + path + ": expected " + status + ", got " + response.statusCode()
          + " " + response.body());
    }
    return failures;
  }

  /**
   * What is wrong with a response as the operation describes it: a status not listed, a content
   * type not listed for that status, a JSON body that does not fit the schema, a header missing.
   */
  private static List<String> check(Operation operation, String path, HttpResponse<String> response) {
    String at = operation.method().toUpperCase(Locale.ROOT) + " " + path + " " + response.statusCode();
    JsonNode described = resolve(operation.node().path("responses").path(String.valueOf(response.statusCode())));
    if (described.isMissingNode()) {
      return List.of(at + ": status not listed (" + response.body() + ")");
    }
    List<String> failures = new ArrayList<>();
    for (Iterator<String> headers = described.path("headers").fieldNames(); headers.hasNext(); ) {
      String header = headers.next();
      // Warning only when the store is out of reach; Link only when there is a next page.
      boolean optional = header.equals("Warning") || header.equals("Link");
      if (!optional && response.headers().firstValue(header).isEmpty()) {
        failures.add(at + ": header " + header + " missing");
      }
    }
    JsonNode content = described.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      if (!response.body().isEmpty()) {
        failures.add(at + ": a body where none is described");
      }
      return failures;
    }
    String type = contentType(response).split(";")[0].trim();
    JsonNode media = content.path(type);
    if (media.isMissingNode()) {
      failures.add(at + ": content type " + type + " not listed " + content.properties().stream()
          .map(Map.Entry::getKey).toList());
      return failures;
    }
    if (type.endsWith("json")) {
      try {
        failures.addAll(violations(media.get("schema"), JSON.readTree(response.body()), at));
      } catch (Exception e) {
        failures.add(at + ": the body is not JSON: " + e.getMessage());
      }
    }
    return failures;
  }

  // ---------------------------------------------------------------------------------------------
  // A strict reading of the schemas: enough of JSON Schema (as OpenAPI 3.0 has it) for this spec

  /**
   * Where {@code value} departs from {@code schema}. Stricter than JSON Schema in one way: an object
   * schema that lists its properties accepts no others, so that a field the server adds and the
   * description does not name is found.
   */
  private static List<String> violations(JsonNode schema, JsonNode value, String at) {
    List<String> out = new ArrayList<>();
    violations(schema, value, at, out);
    return out;
  }

  private static void violations(JsonNode schema, JsonNode value, String at, List<String> out) {
    if (schema == null || schema.isMissingNode()) {
      return;
    }
    schema = resolve(schema);
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean()) {
        out.add(at + ": null where the schema does not allow it");
      }
      return;
    }
    for (JsonNode part : (Iterable<JsonNode>) schema.path("allOf")::elements) {
      violations(part, value, at, out);
    }
    if (schema.has("oneOf")) {
      int matching = 0;
      for (JsonNode option : (Iterable<JsonNode>) schema.get("oneOf")::elements) {
        if (violations(option, value, at).isEmpty()) {
          matching++;
        }
      }
      if (matching != 1) {
        out.add(at + ": fits " + matching + " of the oneOf options, not exactly one: " + abbreviate(value));
      }
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode option : (Iterable<JsonNode>) schema.get("enum")::elements) {
        listed |= option.equals(value);
      }
      if (!listed) {
        out.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> object(schema, value, at, out);
      case "array" -> {
        if (!value.isArray()) {
          out.add(at + ": not an array: " + abbreviate(value));
          return;
        }
        if (value.size() < schema.path("minItems").asInt(0) || value.size() > schema.path("maxItems").asInt(Integer.MAX_VALUE)) {
          out.add(at + ": " + value.size() + " items, outside the bounds described");
        }
        for (int i = 0; i < value.size(); i++) {
          violations(schema.get("items"), value.get(i), at + "[" + i + "]", out);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          out.add(at + ": not a string: " + abbreviate(value));
          return;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
          out.add(at + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (value.asText().length() < schema.path("minLength").asInt(0)) {
          out.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.path("format").asText().equals("date")) {
          try {
            LocalDate.parse(value.asText());
          } catch (DateTimeParseException e) {
            out.add(at + ": \"" + value.asText() + "\" is not a date");
          }
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          out.add(at + ": not a number: " + abbreviate(value));
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          out.add(at + ": not an integer: " + abbreviate(value));
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          out.add(at + ": not a boolean: " + abbreviate(value));
        }
      }
      case "" -> { }
      default -> out.add(at + ": unknown schema type " + type);
    }
  }

  private static void object(JsonNode schema, JsonNode value, String at, List<String> out) {
    if (!value.isObject()) {
      out.add(at + ": not an object: " + abbreviate(value));
      return;
    }
    for (JsonNode required : (Iterable<JsonNode>) schema.path("required")::elements) {
      if (!value.has(required.asText())) {
        out.add(at + ": required field " + required.asText() + " missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    value.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
      String where = at + "." + field.getKey();
      if (properties.has(field.getKey())) {
        violations(properties.get(field.getKey()), field.getValue(), where, out);
      } else if (additional.isObject()) {
        violations(additional, field.getValue(), where, out);
      } else if (!properties.isMissingNode() || additional.isBoolean() && !additional.asBoolean()) {
        out.add(where + ": a field the schema does not describe");
      }
    }
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
