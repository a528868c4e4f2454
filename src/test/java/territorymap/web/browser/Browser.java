package territorymap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import territorymap.TestData;
import territorymap.web.WebApp;

/**
 * The map page in headless Chromium, served by the real server on port 0 over the shipped data:
 * one server and one browser for the whole test run, shared by the browser test classes through
 * {@link Extension} and closed when the run ends.
 *
 * <p>Tests using it are skipped, with the reason, where Chromium or its driver is not installed or
 * the shipped control layer is missing.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("territorymap.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("territorymap.chromedriver", "/usr/bin/chromedriver"));
  static final Path CONTROL_DIR = Path.of("data/geojson/control");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  /** Long enough for the first load of a proposal on two shared cores. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Javalin server;
  final ChromeDriver driver;
  private final Path profile;

  private Browser(Javalin server, ChromeDriver driver, Path profile) {
    this.server = server;
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Gives tests the shared browser, started on first use; skips each test, saying what is missing,
   * where it cannot start.
   */
  static final class Extension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeEach(ExtensionContext context) {
      Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
          "Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
              + "): apt-get install chromium chromium-driver to run the browser tests");
      Assumptions.assumeTrue(hasLayer(), "no control layer in " + CONTROL_DIR
          + " yet: the browser tests run on the shipped data only");
    }

    /** Every test also checks that the page logged no error to the console meanwhile. */
    @Override
    public void afterEach(ExtensionContext context) {
      Browser browser = context.getRoot().getStore(NAMESPACE).get(Browser.class, Browser.class);
      if (browser != null) {
        List<String> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
          throw new AssertionError("the page logged errors: " + errors);
        }
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return shared(context);
    }

    private static Browser shared(ExtensionContext context) {
      return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, key -> start(), Browser.class);
    }

    private static boolean hasLayer() {
      try (Stream<Path> files = Files.list(CONTROL_DIR)) {
        return files.anyMatch(f -> f.toString().endsWith(".geojson") || f.toString().endsWith(".json"));
      } catch (IOException e) {
        return false;
      }
    }
  }

  private static Browser start() {
    Javalin server = WebApp.create(TestData.shipped()).start(0);
    Path profile;
    try {
      profile = Files.createTempDirectory("territorymap-chromium");
    } catch (IOException e) {
      server.stop();
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    try {
      return new Browser(server, new ChromeDriver(service, options), profile);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      server.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /**
   * The shared browser on another server (a test class's own data and settings): same window, other
   * origin. The server is the caller's to stop; the view is not closed.
   */
  Browser on(Javalin other) {
    return new Browser(other, driver, profile);
  }

  /** Errors logged since the last read, less the failed requests a test made on purpose (e.g. "401"). */
  List<String> consoleErrorsExcept(String... expected) {
    return consoleErrors().stream()
        .filter(e -> java.util.Arrays.stream(expected).noneMatch(x -> e.contains("Failed to load resource") && e.contains(x)))
        .toList();
  }

  String url(String pathAndQuery) {
    return "http://localhost:" + server.port() + pathAndQuery;
  }

  /** Loads a page of the site and waits until it has drawn its figures. */
  void open(String pathAndQuery) {
    driver.get(url(pathAndQuery));
    waitReady();
  }

  /** Waits until a condition holds, reading the page afresh where it re-rendered meanwhile. */
  <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
  }

  /** Waits until the page has finished loading data and rendering (main is no longer busy). */
  void waitReady() {
    waitFor(d -> {
      List<WebElement> main = d.findElements(By.cssSelector("main[aria-busy='false']"));
      return !main.isEmpty() && d.findElements(By.cssSelector("#panel .error")).isEmpty()
          ? Boolean.TRUE : null;
    });
  }

  /** The service's JSON at a path, fetched outside the browser. */
  JsonNode api(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Errors the page logged to the console since the last call (reading the log empties it). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** A desktop window, 1280 × 800 CSS pixels. */
  void desktop() {
    viewport(1280, 800, false);
  }

  /** A phone, 360 × 640 CSS pixels, with touch. */
  void phone() {
    viewport(360, 640, true);
  }

  /** A window the width of an A4 page at 96 px per inch. */
  void a4() {
    viewport(794, 1123, false);
  }

  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
  }

  /** Writes what the viewport shows, or the whole page, to target/screenshots/NAME.png. */
  Path screenshot(String name, boolean fullPage) {
    Map<String, Object> parameters = Map.of("format", "png", "captureBeyondViewport", fullPage);
    if (fullPage) {
      Number width = (Number) script("return Math.max(document.documentElement.scrollWidth, window.innerWidth)");
      Number height = (Number) script("return document.documentElement.scrollHeight");
      parameters = Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of(
          "x", 0, "y", 0, "width", width, "height", height, "scale", 1));
    }
    String data = (String) driver.executeCdpCommand("Page.captureScreenshot", parameters).get("data");
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode(data));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An API km² figure as the page shows it on an approximate line (every shipped layer is): to 100 km². */
  static double km2(double api) {
    return km2(api, true);
  }

  /** An API km² figure as the page shows it: to 100 km² on an approximate line, else as sent. */
  static double km2(double api, boolean approximate) {
    return approximate ? Math.round(api / 100) * 100.0 : api;
  }

  /**
   * A proposal's text from the API in English, as an English page shows it: a definition's plain
   * string, or a text's {@code en} (its {@code uk} where it has no English).
   */
  static String english(JsonNode text) {
    return text.isTextual() ? text.asText() : text.has("en") ? text.get("en").asText() : text.path("uk").asText();
  }

  /** An API percentage as the page shows it: to one decimal. */
  static double pct(double api) {
    return Math.round(api * 10) / 10.0;
  }

  /** A number as the page shows it in English: "118,782.6", "+6,056.3", "-1.003". */
  static double number(String text) {
    return Double.parseDouble(text.replace(",", "").replace("≈", "").replace("+", "").replace("\u2212", "-").trim());
  }
}
