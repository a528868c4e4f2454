package territorymap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import territorymap.fetch.FetchCommand;
import territorymap.fetch.FetchOptions;
import territorymap.territory.LayerRef;

/**
 * The command line: a command and its options.
 *
 * @param command {@code serve} (default), {@code regions}, {@code area} or {@code compare}
 * @param arguments the command's arguments (proposal ids)
 * @param port HTTP port for {@code serve}
 * @param boundaries the admin-1 GeoJSON file
 * @param controlDirs folders of dated control-layer files (the shipped one first)
 * @param controlFiles single layers given as {@code DATE=FILE}
 * @param seeds the folder of proposal definitions
 * @param layer the layer for {@code area} and {@code compare}
 * @param json whether {@code regions}, {@code area} and {@code compare} print JSON
 * @param store the folder of the embedded proposal database
 * @param databaseUrl a PostgreSQL URL, or {@code null} for the embedded database
 * @param writeToken the bearer token that allows writes, or {@code null} for none
 * @param host the address to listen on, or {@code null} for every address
 * @param computeDeadline how long one evaluation of a definition may run
 * @param preferLayers control-layer files that win over another of the same date
 * @param refresh how often {@code serve} fetches new layers in the background, or {@code null} for never
 * @param fetch what a refresh fetches and where it writes it (a folder also loaded at start-up), or
 *     {@code null} without {@code --refresh}
 * @param computeThreads evaluations of posted definitions run at once, or 0 for the service's
 *     default (one less than the processors, at least 1, so that a core stays free to serve reads)
 * @param embedOrigins the sites that may frame {@code /embed} (default any)
 * @param publicUrl where readers reach the service, for the absolute URLs of link previews and
 *     oEmbed (default: each request's own scheme and host)
 */
record Options(String command, List<String> arguments, int port, Path boundaries, List<Path> controlDirs,
    List<ControlFile> controlFiles, Path seeds, LayerRef layer, boolean json, Path store, String databaseUrl,
    String writeToken, String host, java.time.Duration computeDeadline, List<Path> preferLayers,
    java.time.Duration refresh, FetchOptions fetch, int computeThreads,
    territorymap.web.EmbedOrigins embedOrigins, territorymap.web.PublicUrl publicUrl) {

  /** The options {@code fetch} and {@code --refresh} share, each taking a value. */
  private static final List<String> FETCH_OPTIONS =
      List.of("--source", "--source-url", "--since", "--until", "--every", "--into");

  /** A period: a whole number and a unit, s, m, h or d. */
  private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("(\\d{1,6})([smhd])");

  /** A control layer named on the command line. */
  record ControlFile(LocalDate date, Path file) {}

  static final String USAGE = """
      usage: java -jar target/territory-map.jar [COMMAND] [OPTIONS]
      commands:
        serve               start the HTTP service (default)
        regions             print the 27 units with geodesic and official areas
        area ID             print a proposal's area report
        compare A B [C]     print two or three proposals side by side
        fetch [OPTIONS]     download DeepStateMap layers into layers/ (fetch --help)
      options:
        --port N                 HTTP port (default 7070)
        --host ADDRESS           listen on this address only, e.g. 127.0.0.1 (default: every address)
        --compute-deadline S     seconds one evaluation of a posted definition may run (default 2)
        --compute-threads N      evaluations of posted definitions at once (default: processors - 1, at least 1)
        --boundaries FILE        admin-1 GeoJSON (default data/geojson/ukraine-oblasts.geojson)
        --control DATE=FILE      add a control layer (repeatable)
        --control-dir DIR        add every dated GeoJSON file of a folder (repeatable)
        --prefer-layer FILE      of two layer files with one date, use this one (repeatable)
        --seeds DIR              proposal definitions (default seeds/proposals)
        --layer DATE|latest      the layer for area and compare (DATE-approximate: the project's
                                 approximation of DATE, also where a mapped layer supersedes it)
        --json                   print JSON instead of a table
        --store DIR              embedded database of proposals made through the API (default store)
        --database-url URL       PostgreSQL instead (or DATABASE_URL): jdbc:postgresql://… or postgres://…
        --write-token TOKEN      allow writes with this bearer token (or TERRITORY_MAP_TOKEN)
        --refresh PERIOD         fetch new DeepStateMap layers every PERIOD (e.g. 6h, 30m; at least 1m)
                                 while serving, into layers/ (loaded at start-up) and add them; with
                                 fetch's --source, --source-url, --since, --until, --every, --into
        --embed-origins LIST     the sites that may frame /embed: * (any, the default) or origins,
                                 comma-separated, e.g. https://news.example,https://*.example.org
        --public-url URL         the address readers use, e.g. https://maps.example (behind a proxy),
                                 for absolute URLs in link previews and oEmbed (default: the request's)
      """;

  /** @throws IllegalArgumentException with a message for the user */
  static Options parse(String[] args) {
    return parse(args, System.getenv());
  }

  /** @param environment where {@code DATABASE_URL} and {@code TERRITORY_MAP_TOKEN} are looked up */
  static Options parse(String[] args, java.util.Map<String, String> environment) {
    String command = "serve";
    List<String> arguments = new ArrayList<>();
    int port = 7070;
    Path boundaries = Path.of("data/geojson/ukraine-oblasts.geojson");
    List<Path> dirs = new ArrayList<>(List.of(Path.of("data/geojson/control")));
    List<ControlFile> files = new ArrayList<>();
    Path seeds = Path.of("seeds/proposals");
    LayerRef layer = LayerRef.own();
    boolean json = false;
    Path store = Path.of("store");
    String databaseUrl = environment.get("DATABASE_URL");
    String writeToken = environment.get("TERRITORY_MAP_TOKEN");
    String host = null;
    List<Path> prefer = new ArrayList<>();
    java.time.Duration computeDeadline = java.time.Duration.ofSeconds(2);
    java.time.Duration refresh = null;
    territorymap.web.EmbedOrigins embedOrigins = territorymap.web.EmbedOrigins.ANY;
    territorymap.web.PublicUrl publicUrl = territorymap.web.PublicUrl.FROM_REQUEST;
    List<String> fetchArgs = new ArrayList<>();
    int computeThreads = 0;
    boolean first = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> port = port(value(args, ++i, arg));
        case "--boundaries" -> boundaries = Path.of(value(args, ++i, arg));
        case "--control" -> files.add(controlFile(value(args, ++i, arg)));
        case "--control-dir" -> dirs.add(Path.of(value(args, ++i, arg)));
        case "--seeds" -> seeds = Path.of(value(args, ++i, arg));
        case "--layer" -> {
          String text = value(args, ++i, arg);
          layer = LayerRef.parse(text, arg).orElseThrow(() ->
              new IllegalArgumentException("--layer takes a date (YYYY-MM-DD), DATE-approximate or latest, not " + text));
        }
        case "--json" -> json = true;
        case "--store" -> store = Path.of(value(args, ++i, arg));
        case "--database-url" -> databaseUrl = value(args, ++i, arg);
        case "--write-token" -> writeToken = value(args, ++i, arg);
        case "--host" -> host = value(args, ++i, arg);
        case "--prefer-layer" -> prefer.add(Path.of(value(args, ++i, arg)));
        case "--compute-deadline" -> computeDeadline = seconds(value(args, ++i, arg), arg);
        case "--refresh" -> refresh = period(value(args, ++i, arg), arg);
        case "--embed-origins" -> embedOrigins = territorymap.web.EmbedOrigins.parse(value(args, ++i, arg));
        case "--public-url" -> publicUrl = territorymap.web.PublicUrl.parse(value(args, ++i, arg));
        case "--source", "--source-url", "--since", "--until", "--every", "--into" -> {
          fetchArgs.add(arg);
          fetchArgs.add(value(args, ++i, arg));
        }
        case "--compute-threads" -> computeThreads = threads(value(args, ++i, arg), arg);
        case "-h", "--help" -> command = "help";
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          if (first && List.of("serve", "regions", "area", "compare", "help").contains(arg)) {
            command = arg;
          } else {
            arguments.add(arg);
          }
        }
      }
      first = false;
    }
    FetchOptions fetch = null;
    if (refresh == null && !fetchArgs.isEmpty()) {
      throw new IllegalArgumentException(fetchArgs.get(0) + " is an option of --refresh (or of the fetch command)");
    }
    if (refresh != null) {
      fetch = FetchCommand.parse(fetchArgs.toArray(String[]::new));
      Path into = fetch.into().toAbsolutePath().normalize();
      // The refreshed folder is loaded at start-up too, once, whether or not --control-dir names it.
      if (dirs.stream().noneMatch(d -> d.toAbsolutePath().normalize().equals(into))) {
        dirs.add(fetch.into());
      }
    }
    return new Options(command, List.copyOf(arguments), port, boundaries, List.copyOf(dirs),
        List.copyOf(files), seeds, layer, json, store, blankToNull(databaseUrl), blankToNull(writeToken),
        blankToNull(host), computeDeadline, List.copyOf(prefer), refresh, fetch, computeThreads, embedOrigins,
        publicUrl);
  }

  /** {@code 6h}, {@code 30m}, {@code 1d}, {@code 90s}: at least a minute (a polite client), at most 30 days. */
  static java.time.Duration period(String text, String option) {
    java.util.regex.Matcher m = PERIOD.matcher(text);
    java.time.Duration period = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      period = switch (m.group(2)) {
        case "s" -> java.time.Duration.ofSeconds(n);
        case "m" -> java.time.Duration.ofMinutes(n);
        case "h" -> java.time.Duration.ofHours(n);
        default -> java.time.Duration.ofDays(n);
      };
    }
    if (period == null || period.compareTo(java.time.Duration.ofMinutes(1)) < 0
        || period.compareTo(java.time.Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException(option + " takes a period such as 6h, 30m or 1d, from 1m to 30d, not " + text);
    }
    return period;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + text);
    }
  }

  /** A number of threads from 1 to 256. */
  private static int threads(String text, String option) {
    try {
      int threads = Integer.parseInt(text);
      if (threads < 1 || threads > 256) {
        throw new NumberFormatException();
      }
      return threads;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number of threads from 1 to 256, not " + text);
    }
  }

  /** A positive number of seconds, up to an hour, decimals allowed (e.g. 0.5). */
  private static java.time.Duration seconds(String text, String option) {
    try {
      double seconds = Double.parseDouble(text);
      if (!(seconds > 0 && seconds <= 3600)) {
        throw new NumberFormatException();
      }
      return java.time.Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number of seconds above 0 and up to 3600, not " + text);
    }
  }

  private static ControlFile controlFile(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("--control takes DATE=FILE, not " + text);
    }
    try {
      return new ControlFile(LocalDate.parse(text.substring(0, eq)), Path.of(text.substring(eq + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--control: \"" + text.substring(0, eq) + "\" is not a date (YYYY-MM-DD)");
    }
  }
}
