package territorymap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.fetch.FetchCommand;
import territorymap.geo.GeoJsonException;
import territorymap.proposal.AreaReport;
import territorymap.proposal.Comparison;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.Proposals;
import territorymap.proposal.UnknownProposalException;
import territorymap.territory.UnknownLayerException;
import territorymap.proposal.StoreUnavailableException;
import territorymap.store.JdbcProposalStore;
import io.javalin.Javalin;
import territorymap.web.Limits;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/**
 * The entry point: {@code serve} (default), {@code regions}, {@code area ID}, {@code compare A B},
 * {@code fetch} (see {@link FetchCommand}).
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

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
      Proposals proposals = Loader.load(options);
      TextReports text = new TextReports(out);
      switch (options.command()) {
        case "regions" -> text.regions(proposals.atlas().boundaries());
        case "area" -> {
          AreaReport report = proposals.report(single(options.arguments(), "area ID"), options.layer());
          if (options.json()) {
            out.println(JSON.writeValueAsString(report));
          } else {
            text.report(report);
          }
        }
        default -> {
          if (options.arguments().size() < 2 || options.arguments().size() > 3) {
            throw new IllegalArgumentException("compare takes two or three proposal ids");
          }
          Comparison comparison = proposals.compare(options.arguments(), options.layer());
          if (options.json()) {
            out.println(JSON.writeValueAsString(comparison));
          } else {
            text.comparison(comparison);
          }
        }
      }
      return 0;
    } catch (GeoJsonException | DefinitionException | UnknownLayerException | UnknownProposalException
        | IllegalArgumentException | java.io.UncheckedIOException | StoreUnavailableException
        | JsonProcessingException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /** Loads the data, opens the proposal store and starts the server, which keeps the JVM alive. */
  private static void serve(Options options) {
    JdbcProposalStore store = Loader.store(options);
    int port;
    try {
      Proposals proposals = Loader.load(options, store);
      Javalin app = WebApp.create(proposals, WriteAccess.withToken(options.writeToken()),
          Limits.DEFAULT.withComputeDeadline(options.computeDeadline()));
      port = (options.host() == null ? app.start(options.port()) : app.start(options.host(), options.port())).port();
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
