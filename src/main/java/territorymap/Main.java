package territorymap;

import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.geo.GeoJsonException;
import territorymap.figures.AreaReport;
import territorymap.figures.Comparison;
import territorymap.figures.Evaluations;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.StoreUnavailableException;
import territorymap.proposal.UnknownProposalException;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.UnknownLayerException;
import territorymap.web.ComparisonAnswer;
import territorymap.web.Json;
import territorymap.web.RegionSummary;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/** The entry point: {@code serve} (default), {@code regions}, {@code area ID}, {@code compare A B}. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != SERVING) {
      System.exit(code);
    }
  }

  /** What {@link #run} returns when it has started the server, which keeps the process alive. */
  static final int SERVING = -1;

  /** Runs a command; returns the process exit code (0 ok, 1 bad data, 2 bad usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(Options.USAGE);
      return 2;
    }
    if (options.command().equals("help")) {
      out.print(Options.USAGE);
      return 0;
    }
    try {
      if (options.command().equals("serve")) {
        serve(options);
        return SERVING;
      }
      Evaluations evaluations = Loader.load(options);
      TextReports text = new TextReports(out);
      switch (options.command()) {
        case "regions" -> {
          if (options.json()) {
            out.println(Json.indented(RegionSummary.all(evaluations.atlas().boundaries())));
          } else {
            text.regions(evaluations.atlas().boundaries());
          }
        }
        case "area" -> {
          AreaReport report = evaluations.report(single(options.arguments(), "area ID"), options.layer());
          if (options.json()) {
            out.println(Json.indented(report));
          } else {
            text.report(report);
          }
        }
        default -> {
          if (options.arguments().size() < 2 || options.arguments().size() > 3) {
            throw new IllegalArgumentException("compare takes two or three proposal ids");
          }
          Comparison comparison = evaluations.compare(options.arguments(), options.layer());
          if (options.json()) {
            out.println(Json.indented(ComparisonAnswer.of(comparison)));
          } else {
            text.comparison(comparison);
          }
        }
      }
      return 0;
    } catch (GeoJsonException | DefinitionException | UnknownLayerException | UnknownProposalException
        | IllegalArgumentException | java.io.UncheckedIOException | StoreUnavailableException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /** Loads the data, opens the proposal store and starts the server, which keeps the JVM alive. */
  private static void serve(Options options) {
    JdbcProposalStore store = Loader.store(options);
    int port;
    try {
      Evaluations evaluations = Loader.load(options, store);
      port = WebApp.create(evaluations, WriteAccess.withToken(options.writeToken())).start(options.port()).port();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    if (options.writeToken() == null) {
      LOG.info("Writes are disabled: start with --write-token TOKEN or set TERRITORY_MAP_TOKEN to enable them");
    }
    LOG.info("Territory Map: open http://localhost:{}/", port);
  }

  private static String single(List<String> arguments, String usage) {
    if (arguments.size() != 1) {
      throw new IllegalArgumentException("usage: " + usage);
    }
    return arguments.get(0);
  }
}
