package territorymap.web.browser;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import territorymap.TestData;
import territorymap.figures.Evaluations;
import territorymap.store.JdbcProposalStore;
import territorymap.web.WebApp;
import territorymap.web.WriteAccess;

/**
 * The service on port 0 over the shipped data, with an embedded store in a folder of its own and
 * writes open to a token: for the browser tests that save proposals. Closing it removes the store.
 */
record ServerWithStore(Javalin server, JdbcProposalStore store, Path folder) implements AutoCloseable {

  static ServerWithStore start(String token) throws IOException {
    Path folder = Files.createTempDirectory("territorymap-store");
    JdbcProposalStore store = JdbcProposalStore.h2(folder);
    Evaluations proposals = Evaluations.load(Path.of("seeds/proposals"), TestData.shipped().atlas(), store);
    return new ServerWithStore(WebApp.create(proposals, WriteAccess.withToken(token)).start(0), store, folder);
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } finally {
      store.close();
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
