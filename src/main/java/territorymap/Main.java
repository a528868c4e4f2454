package territorymap;

import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.fetch.FetchCommand;
import territorymap.geo.GeoJsonException;
import territorymap.figures.AreaReport;
import territorymap.figures.Comparison;
import territorymap.figures.PeopleReport;
import territorymap.figures.Subject;
import territorymap.web.AreaAnswer;
import territorymap.figures.Evaluations;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.StoreUnavailableException;
import territorymap.proposal.UnknownProposalException;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Boundaries;
import io.javalin.Javalin;
import territorymap.territory.UnknownLayerException;
import territorymap.web.ComparisonAnswer;
import territorymap.web.Json;
import territorymap.web.Limits;
import territorymap.web.RegionSummary;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/**
 * The entry point: {@code serve} (default), {@code regions}, {@code area ID}, {@code compare A B},
 * {@code fetch} (see {@link FetchCommand}).
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    // Map images are drawn with Java2D on a server without a display.
    System.setProperty("java.awt.headless", "true");
    int code = run(args, System.out, System.err);
    if (code != SERVING) {
      System.exit(code);
    }
  }

  /** What {@link #run} returns when it has started the server, which keeps the process alive. */
  static final int SERVING = -1;

  /** Runs a command; returns the process exit code (0 ok, 1 bad data, 2 bad usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("fetch")) {
      // A command of its own (territorymap.fetch), with options of its own: it loads no data.
      return FetchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
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
      TextReports text = new TextReports(out);
      if (options.command().equals("regions")) {
        Boundaries boundaries = Loader.boundaries(options);
        if (options.json()) {
          out.println(Json.indented(RegionSummary.all(boundaries)));
        } else {
          text.regions(boundaries);
        }
        return 0;
      }
      // One report: only what it asks for is evaluated.
      Evaluations evaluations = Loader.load(options, ProposalStore.NONE, false);
      switch (options.command()) {
        case "area" -> {
          Subject subject = evaluations.subject(single(options.arguments(), "area ID"), options.layer());
          AreaReport report = evaluations.report(subject);
          PeopleReport people = evaluations.people(subject);
          if (options.json()) {
            out.println(Json.indented(new AreaAnswer(report, people)));
          } else {
            text.report(report, people);
          }
        }
        default -> {
          if (options.arguments().size() < 2 || options.arguments().size() > 3) {
            throw new IllegalArgumentException("compare takes two or three proposal ids");
          }
          List<Subject> subjects = evaluations.subjects(options.arguments(), options.layer());
          Comparison comparison = evaluations.compare(subjects);
          List<PeopleReport> people = subjects.stream().map(evaluations::people).toList();
          if (options.json()) {
            out.println(Json.indented(ComparisonAnswer.of(comparison, people)));
          } else {
            text.comparison(comparison, people);
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
      // The refresher's one thread is a daemon: it lives as long as the server does.
      LayerRefresher refresher = options.refresh() == null ? null
          : new LayerRefresher(options.fetch(), options.refresh(), evaluations, java.time.Clock.systemUTC());
      Limits limits = Limits.DEFAULT.withComputeDeadline(options.computeDeadline());
      if (options.computeThreads() > 0) {
        limits = limits.withComputeThreads(options.computeThreads());
      }
      Javalin app = WebApp.create(evaluations, WriteAccess.withToken(options.writeToken()), limits,
          refresher == null ? () -> null : refresher::status, options.embedOrigins(), options.publicUrl());
      port = (options.host() == null ? app.start(options.port()) : app.start(options.host(), options.port())).port();
      if (refresher != null) {
        // The first refresh right away: a server started on old layers catches up at once.
        refresher.start(java.time.Duration.ZERO);
      }
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    if (options.writeToken() == null) {
      LOG.info("Writes are disabled: start with --write-token TOKEN or set TERRITORY_MAP_TOKEN to enable them");
    }
    LOG.info("Territory Map: open http://{}:{}/", options.host() == null ? "localhost" : options.host(), port);
  }

  private static String single(List<String> arguments, String usage) {
    if (arguments.size() != 1) {
      throw new IllegalArgumentException("usage: " + usage);
    }
    return arguments.get(0);
  }
}
