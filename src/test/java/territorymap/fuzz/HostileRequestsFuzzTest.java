package territorymap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import territorymap.figures.Evaluations;
import territorymap.territory.Atlas;
import territorymap.territory.GridFixture;
import territorymap.web.WebApp;

/**
 * Hostile requests against the real server on port 0 (the synthetic grid, two layers, the seeded
 * proposals): path traversal on the static files, then a seeded random corpus over every read
 * route, with random, truncated, badly escaped, over-long and odd-Unicode ids, dates and query
 * strings. Every request must be answered (10 s timeout each) with a status below 500, every 4xx
 * as {@code application/problem+json} (those Jetty refuses before routing as well), and no
 * response may carry a file from outside the public folder. The corpus is fixed by its seed.
 */
@Tag("slow")
class HostileRequestsFuzzTest {

  private static final int TIMEOUT_MILLIS = 10_000;
  private static final long SEED = 20250815L;

  @TempDir static Path dir;
  static Javalin app;
  static int port;
  /** SHA-256 of every file the static handlers may serve: the public folder and the webjars. */
  static Set<String> servable = new HashSet<>();

  static final List<String> IDS = List.of("alaska-2025-08-15", "cbs-2025-08-08", "line-of-contact-2025-08-15",
      "russia-demand-2024-06-14", "ukraine-1991-borders", "us-28-point-2025-11");

  @BeforeAll
  static void start() throws Exception {
    Atlas atlas = GridFixture.atlas(dir);
    app = WebApp.create(Evaluations.load(Path.of("seeds/proposals"), atlas)).start(0);
    port = app.port();
    collectServable();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static void collectServable() throws IOException, java.net.URISyntaxException {
    URL pub = HostileRequestsFuzzTest.class.getResource("/public/index.html");
    Path root = Path.of(pub.toURI()).getParent();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        servable.add(sha256(Files.readAllBytes(file)));
      }
    }
    URL leaflet = HostileRequestsFuzzTest.class.getResource("/META-INF/resources/webjars/leaflet");
    if (leaflet != null && leaflet.getProtocol().equals("jar")) {
      URI jar = URI.create(leaflet.toString().substring(0, leaflet.toString().indexOf("!/")));
      try (FileSystem fs = FileSystems.newFileSystem(URI.create(jar + "!/"), Map.of());
          Stream<Path> files = Files.walk(fs.getPath("/META-INF/resources/webjars"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            servable.add(sha256(in.readAllBytes()));
          }
        }
      }
    }
    assertTrue(servable.size() > 5, "found the public files and the webjars");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Markers of files that must never be served: class files, the pom, sources, system files. */
  private static void assertNoLeak(String target, RawHttp.Response response) {
    byte[] body = response.body();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    boolean classFile = body.length >= 4 && (body[0] & 0xFF) == 0xCA && (body[1] & 0xFF) == 0xFE
        && (body[2] & 0xFF) == 0xBA && (body[3] & 0xFF) == 0xBE;
    for (String marker : List.of("<modelVersion>", "root:x:0:0", "iso,name,nameUk,officialKm2", "package territorymap",
        "Manifest-Version", "PK\u0003\u0004", "jqwik.database")) {
      assertTrue(!text.contains(marker), target + " served a file outside the public folder (" + marker + ")");
    }
    assertTrue(!classFile, target + " served a class file");
  }

  private record Tally(Map<Integer, Integer> byStatus, List<String> failures) {
    Tally() {
      this(new TreeMap<>(), new ArrayList<>());
    }
  }

  /** Sends one request and checks it: answered, in time, below 500, 4xx as problems, nothing leaked. */
  private static RawHttp.Response check(Tally tally, String method, byte[] target, String headers, byte[] body)
      throws IOException {
    RawHttp.Response response = RawHttp.send(port, method, target, headers, body, TIMEOUT_MILLIS);
    String shown = method + " " + new String(target, StandardCharsets.UTF_8);
    tally.byStatus().merge(response.status(), 1, Integer::sum);
    if (response.timedOut()) {
      tally.failures().add("no answer in " + TIMEOUT_MILLIS + " ms: " + shown);
    } else if (response.status() >= 500) {
      tally.failures().add(response.status() + ": " + shown + " -> " + abbreviate(response.text()));
    } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
      tally.failures().add(response.status() + " as " + response.contentType() + ", not a problem: " + shown);
    }
    assertNoLeak(shown, response);
    return response;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static void report(String what, Tally tally) {
    int total = tally.byStatus().values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(Locale.ROOT, "Hostile requests, %s: %d tried, by status %s%n", what, total, tally.byStatus());
    assertTrue(tally.failures().isEmpty(), tally.failures().size() + " of " + total + " failed:\n"
        + String.join("\n", tally.failures().subList(0, Math.min(30, tally.failures().size()))));
    RawHttp.Response health;
    try {
      health = RawHttp.get(port, "/health", TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new AssertionError("the server no longer answers", e);
    }
    assertEquals(200, health.status(), "the server still answers after the corpus");
  }

  // --- Path traversal on the static files -----------------------------------------------------

  @Test
  void pathTraversalServesNothingOutsideThePublicFolder() throws IOException {
    List<String> prefixes = List.of("", "/js", "/css", "/webjars", "/webjars/leaflet/1.9.4/dist", "/public",
        "/proposals", "/regions/UA-14");
    List<String> ups = List.of("..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "..%00", "..;", "...",
        "%c0%ae%c0%ae", "..%c0%af", "%uff0e%uff0e", "..\\", "..%5c", "%5c..");
    List<String> seps = List.of("/", "%2f", "%2F", "\\", "%5c", "//");
    // From target/classes/public: ../territorymap is the classes, ../../.. the project root.
    List<String> targets = List.of("pom.xml", "territorymap/Main.class", "territorymap/territory/official-areas.csv",
        "etc/passwd", "META-INF/MANIFEST.MF", "classes/territorymap/Main.class");
    Tally tally = new Tally();
    List<String> corpus = new ArrayList<>(List.of("/../pom.xml", "/%2e%2e/pom.xml", "/webjars/../..",
        "/js/%2e%2e/%2e%2e/pom.xml", "/..", "/%2e%2e", "/webjars/..", "/webjars/%2e%2e/%2e%2e/%2e%2e/pom.xml",
        "/index.html/../../pom.xml", "/js/app.js/..%2f..%2f..%2fpom.xml", "//etc/passwd", "/file:/etc/passwd",
        "/jar:file:/etc/passwd", "/classpath:territorymap/Main.class", "/territorymap/Main.class",
        "/territorymap/territory/official-areas.csv", "/META-INF/MANIFEST.MF", "/webjars/META-INF/MANIFEST.MF",
        "/webjars/leaflet/1.9.4/../../../../territorymap/Main.class", "/%00", "/index.html%00.js",
        "/?../../pom.xml", "/js/?../../pom.xml", "/js/%2e%2e%2f%2e%2e%2f%2e%2e%2fpom.xml"));
    for (String prefix : prefixes) {
      for (String up : ups) {
        for (String sep : seps) {
          for (int depth : new int[] {1, 3}) {
            String climb = (up + sep).repeat(depth);
            for (String target : targets) {
              corpus.add(prefix + "/" + climb + target);
            }
          }
        }
      }
    }
    for (String target : corpus) {
      RawHttp.Response response = check(tally, "GET", target.getBytes(StandardCharsets.UTF_8), "", new byte[0]);
      if (response.status() == 200) {
        assertTrue(servable.contains(sha256(response.body())),
            target + " answered 200 with something that is not a public file: " + abbreviate(response.text()));
      }
    }
    report("path traversal on static files", tally);
  }

  /**
   * Regression, found by the corpus: a {@code %} escape that is not two hex digits (e.g.
   * {@code %u0041}) in a path parameter made Javalin's URLDecoder throw, answered 500.
   */
  /** Requests Jetty refuses before any route: answered as problems, with no 5xx (not even 505). */
  @Test
  void requestsRefusedBeforeRoutingAreProblemsToo() throws IOException {
    byte[] nonAscii = {'G', 'E', 'T', ' ', '/', (byte) 0xC2, (byte) 0x85, 'x', ' ', 'H', 'T', 'T', 'P', '/', '1', '.', '1',
        '\r', '\n', 'H', 'o', 's', 't', ':', ' ', 'a', '\r', '\n', '\r', '\n'};
    Map<String, Map.Entry<byte[], Integer>> cases = new LinkedHashMap<>();
    cases.put("an HTTP/0.9 request line", Map.entry(ascii("GET /health\r\n\r\n"), 400));
    cases.put("a raw byte above 0x7f in the request line", Map.entry(nonAscii, 400));
    cases.put("a header line without a colon", Map.entry(ascii("GET /health HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n"), 400));
    cases.put("a URI over the limit", Map.entry(ascii("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: a\r\n\r\n"), 414));
    cases.put("headers over the limit", Map.entry(ascii("GET /health HTTP/1.1\r\nHost: a\r\nX: " + "b".repeat(70_000)
        + "\r\n\r\n"), 431));
    for (Map.Entry<String, Map.Entry<byte[], Integer>> c : cases.entrySet()) {
      RawHttp.Response response = RawHttp.sendRaw(port, c.getValue().getKey(), TIMEOUT_MILLIS);
      int expected = c.getValue().getValue();
      assertEquals(expected, response.status(), c.getKey() + ": " + response.text());
      assertTrue(response.contentType().startsWith("application/problem+json"), c.getKey() + ": " + response.contentType());
      assertEquals(expected, new ObjectMapper().readTree(response.body()).path("status").asInt(),
          c.getKey() + ": " + response.text());
    }
  }

  private static byte[] ascii(String request) {
    return request.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aMalformedEscapeInAPathParameterIsA400() throws IOException {
    for (String target : List.of("/regions/%u0041", "/regions/%u0041/geojson", "/proposals/%u0041",
        "/proposals/%uff0e%uff0e%2fpom.xml/area", "/proposals/a%u/geojson", "/layers/%u0041/area",
        "/proposals/%u0041/area.csv")) {
      RawHttp.Response response = RawHttp.get(port, target, TIMEOUT_MILLIS);
      assertEquals(400, response.status(), target + " -> " + response.text());
    }
  }

  // --- A random corpus over the read routes -----------------------------------------------------

  /** Random, odd and hostile values for a path segment or a query value (percent-encoded or raw). */
  private static String value(Random random, List<String> good) {
    return switch (random.nextInt(16)) {
      case 0, 1, 2 -> good.get(random.nextInt(good.size()));
      case 3 -> good.get(random.nextInt(good.size())).toUpperCase(Locale.ROOT);
      case 4 -> encode(randomUnicode(random, 1 + random.nextInt(12)));
      case 5 -> List.of("%", "%2", "%zz", "%00", "%ff", "%c0%ae", "%ed%a0%80", "%f4%90%80%80", "%e2%80%ae",
          "%ef%bb%bf", "%u0041", "%%", "%25", "+", "%2b", "%20", "%0d%0a", "%2f", "%5c", "%3b", "%23")
          .get(random.nextInt(21));
      case 6 -> "9".repeat(1 + random.nextInt(40));
      case 7 -> List.of("-1", "0", "1e400", "NaN", "Infinity", "0x7fffffff", "-9223372036854775809",
          "+999999999-12-31", "-999999999-01-01", "99999999999-01-01", "2025-02-30", "2025-8-15", "20250815",
          "2025-08-15T00:00", "latest", "LATEST", "", " ", "null", "undefined", "[]", "{}").get(random.nextInt(22));
      case 8 -> "x".repeat(random.nextInt(9000));
      case 9 -> List.of("..", ".", "%2e%2e", "%2e", "...", "~", "*", "?", "#", "&", "=", ";", ",", "'", "\"",
          "<script>", "%3cscript%3e", "${jndi:ldap://x}", "' OR 1=1 --", "%27%20OR%201%3D1").get(random.nextInt(20));
      case 10 -> encode(good.get(random.nextInt(good.size()))) + encode(randomUnicode(random, 1));
      case 11 -> good.get(random.nextInt(good.size())) + List.of("%00", "%e2%80%8b", "%c2%a0", "%ef%bf%bf",
          "/", "//", "%2F", ";jsessionid=1", ".json", "~").get(random.nextInt(10));
      case 12 -> String.join(",", java.util.Collections.nCopies(1 + random.nextInt(3000), "a"));
      case 13 -> randomAscii(random, 1 + random.nextInt(30));
      case 14 -> randomUnicode(random, 1 + random.nextInt(6)); // raw, not encoded
      default -> encode(randomUnicode(random, 40 + random.nextInt(200)));
    };
  }

  private static String randomAscii(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) (0x21 + random.nextInt(0x5e)));
    }
    return s.toString();
  }

  /** Code points from awkward places: controls, RTL marks, combining marks, emoji, CJK, private use. */
  private static String randomUnicode(Random random, int length) {
    int[][] ranges = {{0x0, 0x1f}, {0x80, 0x9f}, {0x200b, 0x200f}, {0x202a, 0x202e}, {0x300, 0x36f},
        {0x1f600, 0x1f64f}, {0x4e00, 0x4e80}, {0xe000, 0xe0ff}, {0xfff0, 0xffff}, {0x410, 0x44f},
        {0x1d400, 0x1d4ff}, {0xfeff, 0xfeff}};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int[] range = ranges[random.nextInt(ranges.length)];
      s.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return s.toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void aRandomCorpusOverTheReadRoutesIsAnsweredBelow500() throws IOException {
    Random random = new Random(SEED);
    List<String> codes = JsonArbitraries.CODES;
    List<String> dates = List.of("2025-08-15", "2026-01-01", "latest", "2020-01-01", "2025-12-31");
    Tally tally = new Tally();
    List<String> layouts = List.of("/regions/{id}", "/regions/{id}/geojson", "/proposals/{pid}",
        "/proposals/{pid}/area", "/proposals/{pid}/area?layer={date}", "/proposals/{pid}/geojson?layer={date}",
        "/proposals/{pid}/area.csv?layer={date}", "/compare?ids={ids}", "/compare?ids={ids}&layer={date}",
        "/layers/{date}/area", "/timeline?from={date}&to={date}&region={id}", "/timeline?region={id}",
        "/timeline?from={date}", "/{junk}", "/js/{junk}", "/webjars/{junk}", "/proposals/{pid}/{junk}",
        "/health?{junk}={junk}", "/regions?{junk}", "/compare?ids={ids}&ids={ids}", "/proposals?{junk}={junk}",
        "/layers/{date}", "/layers/{junk}/area", "/regions.geojson?{junk}");
    int requests = 1500;
    for (int i = 0; i < requests; i++) {
      String layout = layouts.get(random.nextInt(layouts.size()));
      String target = layout
          .replace("{id}", value(random, codes))
          .replace("{pid}", value(random, IDS))
          .replace("{date}", value(random, dates))
          .replace("{ids}", ids(random))
          .replace("{junk}", value(random, List.of("index.html", "app.js", "a", "..", "leaflet")));
      if (random.nextInt(8) == 0) {
        target = target.substring(0, 1 + random.nextInt(target.length()));
      }
      check(tally, "GET", target.getBytes(StandardCharsets.UTF_8), "", new byte[0]);
    }
    report("random read-route corpus (seed " + SEED + ")", tally);
  }

  private static String ids(Random random) {
    int n = random.nextInt(8) == 0 ? random.nextInt(200) : 1 + random.nextInt(4);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(random.nextInt(3) == 0 ? value(random, IDS) : IDS.get(random.nextInt(IDS.size())));
    }
    String separator = List.of(",", ",", ",", "%2C", ", ", ",,", ";").get(random.nextInt(7));
    return String.join(separator, ids);
  }

  // --- Methods, headers and bodies ------------------------------------------------------------

  @Test
  void oddMethodsHeadersAndBodiesAreAnsweredBelow500() throws IOException {
    Random random = new Random(SEED + 1);
    Tally tally = new Tally();
    List<String> methods = List.of("HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT",
        "PROPFIND", "get", "GET\u0000", "FOO");
    List<String> paths = List.of("/", "/index.html", "/js/app.js", "/health", "/regions", "/proposals",
        "/proposals/alaska-2025-08-15", "/proposals/alaska-2025-08-15/area", "/compare?ids=a,b", "/layers",
        "/webjars/leaflet/1.9.4/dist/leaflet.js", "/nope");
    List<String> headers = List.of("", "Range: bytes=0-10\r\n", "Range: bytes=99999999999999999999-\r\n",
        "Range: bytes=-0\r\n", "Range: bytes=5-1,0-0,1-1,2-2,3-3\r\n", "If-Modified-Since: yesterday\r\n",
        "If-None-Match: \"" + "x".repeat(100) + "\"\r\n", "Accept-Encoding: gzip, br, zstd\r\n",
        "Accept: application/json;q=NaN\r\n", "Content-Type: application/json; charset=klingon\r\n",
        "Authorization: Bearer \r\n", "Authorization: Bearer " + "A".repeat(4000) + "\r\n",
        "Transfer-Encoding: chunked\r\n", "Content-Length: -1\r\n", "Content-Length: 99999999999999999999\r\n",
        "X-Forwarded-For: ::1\r\n", "Origin: null\r\n", "Cookie: " + "a=b; ".repeat(500) + "\r\n");
    List<byte[]> bodies = List.of(new byte[0], "{}".getBytes(StandardCharsets.UTF_8),
        "{\"id\":".repeat(2000).getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, "[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 400; i++) {
      String method = methods.get(random.nextInt(methods.size()));
      String path = paths.get(random.nextInt(paths.size()));
      String header = headers.get(random.nextInt(headers.size()));
      byte[] body = method.equals("GET") || method.equals("HEAD") ? new byte[0] : bodies.get(random.nextInt(bodies.size()));
      check(tally, method, path.getBytes(StandardCharsets.UTF_8), header, body);
    }
    report("odd methods, headers and bodies", tally);
  }
}
