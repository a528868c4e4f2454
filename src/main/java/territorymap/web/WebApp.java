package territorymap.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import territorymap.figures.Evaluations;
import territorymap.territory.ControlLayer;
import territorymap.territory.Partition;

/**
 * The HTTP service: every route, the static map page and the problem mapping, declared in one
 * {@code Javalin.create} block. Takes its dependencies and returns the unstarted server, so that
 * tests can run the real thing on port 0 with test data.
 */
public final class WebApp {

  private WebApp() {}

  /** Largest request body accepted, bytes; a larger one is answered 413. */
  static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

  /**
   * The page's Content-Security-Policy: scripts, styles and data from this server only (styles
   * may be set inline by Leaflet), images also from an https tile server if the user configures
   * one, no plugins, no framing ({@code /embed} alone may be framed, by {@link EmbedOrigins}).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /**
   * How long one map image may take to render, figures included, before it is given up: generous,
   * since a print-size PNG takes about 180 ms of CPU (bench/README.md) and a layer not yet evaluated
   * adds its allocations, on a machine that may be busy.
   */
  static final java.time.Duration IMAGE_DEADLINE = java.time.Duration.ofSeconds(10);

  /** The service over loaded evaluations, writes disabled; call {@code start(port)} on the result. */
  public static Javalin create(Evaluations evaluations) {
    return create(evaluations, WriteAccess.disabled());
  }

  /** The service over loaded evaluations, with writes as {@code access} allows. */
  public static Javalin create(Evaluations evaluations, WriteAccess access) {
    return create(evaluations, access, Limits.DEFAULT);
  }

  /** The service over loaded evaluations, with writes as {@code access} allows, within {@code limits}. */
  public static Javalin create(Evaluations evaluations, WriteAccess access, Limits limits) {
    return create(evaluations, access, limits, () -> null);
  }

  /**
   * The service over evaluations whose layers a background refresh may add to.
   *
   * @param refresh the last refresh, for {@code /health}; {@code null} when the layers are not refreshed
   */
  public static Javalin create(Evaluations evaluations, WriteAccess access, Limits limits,
      Supplier<RefreshStatus> refresh) {
    return create(evaluations, access, limits, refresh, EmbedOrigins.ANY);
  }

  /**
   * The service, with {@code /embed} framable by {@code embedOrigins}.
   *
   * @param refresh the last refresh, for {@code /health}; {@code null} when the layers are not refreshed
   */
  public static Javalin create(Evaluations evaluations, WriteAccess access, Limits limits,
      Supplier<RefreshStatus> refresh, EmbedOrigins embedOrigins) {
    return create(evaluations, access, limits, refresh, embedOrigins, PublicUrl.FROM_REQUEST);
  }

  /**
   * The service, with {@code /embed} framable by {@code embedOrigins} and absolute URLs (link
   * previews, oEmbed) made from {@code publicUrl}.
   *
   * @param refresh the last refresh, for {@code /health}; {@code null} when the layers are not refreshed
   */
  public static Javalin create(Evaluations evaluations, WriteAccess access, Limits limits,
      Supplier<RefreshStatus> refresh, EmbedOrigins embedOrigins, PublicUrl publicUrl) {
    RegionRoutes regions = new RegionRoutes(evaluations.atlas().boundaries());
    ProposalRoutes proposalRoutes = new ProposalRoutes(evaluations);
    ProposalList proposalList = new ProposalList(evaluations);
    LayerRoutes layers = new LayerRoutes(evaluations);
    BoundedComputation computation = new BoundedComputation(limits.computeThreads(), limits.computeDeadline());
    WriteRoutes writes = new WriteRoutes(evaluations, access, computation);
    MapLayerRoutes mapLayers = new MapLayerRoutes(evaluations);
    // Images render on a pool of their own, so that an image flood never delays a write or a preview.
    BoundedComputation drawing = new BoundedComputation(limits.computeThreads(), IMAGE_DEADLINE);
    ImageRoutes images = new ImageRoutes(evaluations, proposalRoutes, drawing);
    PageRoutes pages = new PageRoutes(evaluations, embedOrigins, publicUrl);
    byte[] vocabulary = Json.bytes(Vocabulary.of());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.startup.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyProblems());
        guardConnections(server, limits);
      });
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.staticFiles.enableWebjars();
      config.routes.before(ctx -> {
        PathEscapes.check(ctx);
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // The page's links carry the view in their query; other sites see the origin at most.
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        // Cross-origin reads only: writes carry no CORS header, so browsers refuse them.
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
          ctx.header("Access-Control-Allow-Origin", "*");
        }
      });
      config.routes.get("/health", ctx -> ctx.json(health(evaluations, refresh.get())));
      config.routes.get("/regions", regions::list);
      config.routes.get("/regions.geojson", regions::collection);
      config.routes.get("/regions/{id}", regions::one);
      config.routes.get("/regions/{id}/geojson", regions::geojson);
      config.routes.get("/proposals", proposalList::list);
      config.routes.post("/proposals", writes::create);
      config.routes.post("/proposals/preview", writes::preview);
      config.routes.get("/proposals/{id}", proposalRoutes::one);
      config.routes.put("/proposals/{id}", writes::replace);
      config.routes.delete("/proposals/{id}", writes::delete);
      config.routes.get("/proposals/{id}/area", proposalRoutes::area);
      config.routes.get("/proposals/{id}/geojson", proposalRoutes::geojson);
      config.routes.get("/proposals/{id}/area.csv", ctx -> AreaCsv.send(ctx, evaluations));
      config.routes.get("/compare", proposalRoutes::compare);
      config.routes.get("/compare/area.csv", ctx -> ComparisonCsv.send(ctx, evaluations, proposalRoutes));
      config.routes.get("/proposals/{id}/map.png", images::proposalPng);
      config.routes.get("/proposals/{id}/map.svg", images::proposalSvg);
      config.routes.get("/compare/map.png", images::comparePng);
      config.routes.get("/compare/map.svg", images::compareSvg);
      config.routes.get("/", pages::page);
      config.routes.get("/embed", pages::embed);
      config.routes.get("/oembed", pages::oembed);
      config.routes.get("/vocabulary", ctx -> ctx.contentType("application/json").result(vocabulary));
      config.routes.get("/layers", layers::list);
      config.routes.get("/layers/{date}/area", layers::area);
      config.routes.get("/layers/{date}/line.geojson", mapLayers::line);
      config.routes.get("/places", mapLayers::places);
      config.routes.get("/sources", mapLayers::sources);
      config.routes.get("/timeline", layers::timeline);
      config.routes.get("/openapi.json", resource("/openapi.json", "application/json"));
      config.routes.get("/docs", resource("/public/docs/index.html", "text/html; charset=utf-8"));
      Problems.register(config.routes, computation.deadline());
      config.events.serverStopped(computation::close);
      config.events.serverStopped(drawing::close);
    });
  }

  /**
   * What {@code /health} says: the server is up, the latest layer's date and name (the line
   * {@code layer=latest} evaluates on), and, when the layers are refreshed, the last refresh.
   */
  static Map<String, Object> health(Evaluations evaluations, RefreshStatus refresh) {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    ControlLayer latest = evaluations.atlas().latest().map(Partition::layer).orElse(null);
    health.put("latestLayer", latest == null ? null : latest.date());
    health.put("latestLayerName", latest == null ? null : latest.name());
    health.put("refresh", refresh);
    return health;
  }

  /**
   * Slow clients cost connections, never request threads: bodies are received before the routes
   * run ({@link WholeBodies}), a request must arrive within the deadline ({@link RequestDeadline}),
   * and connections are capped (Jetty's {@link NetworkConnectionLimit}) and closed when idle.
   */
  private static void guardConnections(Server server, Limits limits) {
    // Javalin puts its servlet context inside the innermost wrapper the server already has.
    server.setHandler(new WholeBodies((int) MAX_BODY_BYTES, limits.requestDeadline()));
    server.addBean(new RequestDeadline(server, limits.requestDeadline()));
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          if (connector instanceof AbstractConnector c) {
            c.setIdleTimeout(limits.idleTimeout().toMillis());
          }
        }
      }
    });
  }

  /**
   * A handler that answers a classpath resource, read once here, at start-up: {@code /openapi.json}
   * and the Swagger UI page (also served at {@code /docs/} from the static files).
   */
  private static io.javalin.http.Handler resource(String path, String contentType) {
    byte[] bytes = resourceBytes(path);
    return ctx -> ctx.contentType(contentType).result(bytes);
  }

  /** A classpath resource's bytes, read at start-up; a missing one is a broken build. */
  static byte[] resourceBytes(String path) {
    try (java.io.InputStream in = WebApp.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
