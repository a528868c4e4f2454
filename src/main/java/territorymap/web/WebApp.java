package territorymap.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import territorymap.proposal.Proposals;

/**
 * The HTTP service: every route, the static map page and the problem mapping, declared in one
 * {@code Javalin.create} block. Takes its dependencies and returns the unstarted server, so that
 * tests can run the real thing on port 0 with test data.
 */
public final class WebApp {

  private WebApp() {}

  /** The service over a loaded catalogue; call {@code start(port)} on the result. */
  public static Javalin create(Proposals proposals) {
    RegionRoutes regions = new RegionRoutes(proposals.atlas().boundaries());
    ProposalRoutes proposalRoutes = new ProposalRoutes(proposals);
    LayerRoutes layers = new LayerRoutes(proposals);
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.startup.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.staticFiles.enableWebjars();
      config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
      config.routes.get("/regions", regions::list);
      config.routes.get("/regions.geojson", regions::collection);
      config.routes.get("/regions/{id}", regions::one);
      config.routes.get("/regions/{id}/geojson", regions::geojson);
      config.routes.get("/proposals", proposalRoutes::list);
      config.routes.get("/proposals/{id}", proposalRoutes::one);
      config.routes.get("/proposals/{id}/area", proposalRoutes::area);
      config.routes.get("/proposals/{id}/geojson", proposalRoutes::geojson);
      config.routes.get("/proposals/{id}/area.csv", ctx -> AreaCsv.send(ctx, proposals));
      config.routes.get("/compare", proposalRoutes::compare);
      config.routes.get("/layers", layers::list);
      config.routes.get("/layers/{date}/area", layers::area);
      config.routes.get("/timeline", layers::timeline);
      Problems.register(config.routes);
    });
  }
}
