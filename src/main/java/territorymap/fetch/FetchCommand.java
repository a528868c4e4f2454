package territorymap.fetch;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code fetch} subcommand: parses its options, runs a {@link LayerFetcher} and says what it
 * did. Exit codes: 0 when every wanted layer was written or nothing was new, 1 when anything
 * could not be fetched (the message names the URL or snapshot and why), 2 on bad usage.
 */
public final class FetchCommand {

  public static final String USAGE = """
      usage: java -jar target/territory-map.jar fetch [OPTIONS]
      Downloads DeepStateMap's layer of occupied territory, one file per date
      (YYYY-MM-DD-deepstate.geojson), for this computer's own use; start the server with
      --control-dir DIR to use them. A second run fetches only what is new.
      options:
        --source deepstate|deepstate-archive
                           deepstate (default): DeepStateMap's API, a snapshot per date;
                           deepstate-archive: the daily archive since 2024-07-08 in one download
        --since DATE       the first date to keep (YYYY-MM-DD)
        --until DATE       the last date to keep
        --every DAYS       keep one snapshot per DAYS days (default 1: every date)
        --into DIR         the folder of layer files (default layers)
        --source-url URL   the base URL (default https://deepstatemap.live, or the archive's)
        --timeout SECONDS  give up on a response that sends nothing for this long (default 60)
      DeepStateMap's data belong to DeepStateMap under its own licence agreement: what you fetch
      is for your own use; Territory Map ships none of it.
      """;

  private FetchCommand() {}

  /** Runs {@code fetch} with its arguments (after the word {@code fetch}); returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    FetchOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options == null) {
      out.print(USAGE);
      return 0;
    }
    try {
      FetchResult result = new LayerFetcher(options, line -> err.println("fetch: " + line)).fetch();
      out.println(summary(result, options));
      if (!result.failures().isEmpty()) {
        err.println("error: " + result.failures().size() + " could not be fetched:");
        result.failures().forEach(f -> err.println("  " + f));
        return 1;
      }
      return 0;
    } catch (FetchException e) {
      err.println("error: " + e.getMessage());
      err.println("error: nothing fetched; the layers already in " + options.into() + " are unchanged");
      return 1;
    }
  }

  static String summary(FetchResult result, FetchOptions options) {
    if (result.nothingNew()) {
      return "nothing new: " + result.upToDate() + " date(s) already up to date in " + options.into();
    }
    if (result.written().isEmpty()) {
      return "no layer written; " + result.upToDate() + " date(s) already up to date in " + options.into();
    }
    long replaced = result.written().stream().filter(FetchResult.Written::replaced).count();
    return result.written().size() + " layer(s) written to " + options.into() + " ("
        + result.written().get(0).date() + " … " + result.written().get(result.written().size() - 1).date()
        + (replaced > 0 ? ", " + replaced + " replaced by a later snapshot of the same day" : "") + "), "
        + result.upToDate() + " already up to date. Use them: java -jar target/territory-map.jar --control-dir "
        + options.into();
  }

  /**
   * The options, or {@code null} for {@code --help}; the server's {@code --refresh} takes the same.
   *
   * @throws IllegalArgumentException for the user
   */
  public static FetchOptions parse(String[] args) {
    FetchSource source = FetchSource.DEEPSTATE;
    URI base = null;
    LocalDate since = null;
    LocalDate until = null;
    int every = 1;
    Path into = Path.of("layers");
    Duration timeout = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h", "--help" -> {
          return null;
        }
        case "--source" -> source = FetchSource.of(value(args, ++i, arg));
        case "--since" -> since = date(value(args, ++i, arg), arg);
        case "--until" -> until = date(value(args, ++i, arg), arg);
        case "--every" -> every = positive(value(args, ++i, arg), arg);
        case "--into" -> into = Path.of(value(args, ++i, arg));
        case "--source-url" -> base = url(value(args, ++i, arg));
        case "--timeout" -> timeout = Duration.ofSeconds(positive(value(args, ++i, arg), arg));
        default -> throw new IllegalArgumentException("fetch: unknown option " + arg);
      }
    }
    FetchOptions options = FetchOptions.defaults(source).withDates(since, until, every).withInto(into);
    if (base != null) {
      options = options.withBase(base);
    }
    if (timeout != null) {
      options = options.withPacing(timeout, options.attempts(), options.firstBackoff());
    }
    return options;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes a date YYYY-MM-DD, not " + text);
    }
  }

  private static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number of at least 1, not " + text);
    }
  }

  private static URI url(String text) {
    try {
      URI uri = new URI(text);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new URISyntaxException(text, "not http or https");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--source-url takes an http(s) URL, not " + text);
    }
  }
}
