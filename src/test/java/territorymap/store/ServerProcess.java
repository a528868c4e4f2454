package territorymap.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The service started as a child JVM on the shipped data, as {@code java -jar} would run it. */
final class ServerProcess implements AutoCloseable {

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with these extra options (e.g. {@code --store DIR}) and waits until it answers. */
  static ServerProcess start(Path log, String... options) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "territorymap.Main", "--port", String.valueOf(port)));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("TERRITORY_MAP_TOKEN");
    ServerProcess server = new ServerProcess(builder.start(), port);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.process.isAlive()) {
        throw new IllegalStateException("the server exited: see " + log);
      }
      try {
        if (server.get("/health").statusCode() == 200) {
          return server;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    server.close();
    throw new IllegalStateException("the server did not answer within 60 s: see " + log);
  }

  /** A user proposal to post: Russia keeps what it holds in Zaporizhzhia oblast, nothing else. */
  static String zaporizhzhiaOnly(String id) {
    return """
        {"id": "%s", "title": "Only the occupied part of Zaporizhzhia", "date": "2026-11-28",
         "summary": "Russia keeps what it holds in Zaporizhzhia oblast, nothing else.", "sources": [],
         "layer": "2025-08-15", "unassigned": "ukraine",
         "assignments": [{"territory": {"occupied": "UA-23"}, "party": "russia", "status": "de-facto"}]}
        """.formatted(id);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL: no shutdown hook, no flush, no chance to tidy up. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

}
