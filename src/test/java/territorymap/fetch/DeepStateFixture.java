package territorymap.fetch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A local stand-in for DeepStateMap's API and the daily archive, on a free port, serving
 * snapshots built from the shared files in the upstream shapes ({@link UpstreamShapes}); each
 * path can be made to fail in the ways real servers do ({@link Fault}).
 */
public final class DeepStateFixture implements AutoCloseable {

  /** One way an answer can go wrong, used once per request. */
  @FunctionalInterface
  public interface Fault {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** A snapshot served: its id (epoch seconds), time and FeatureCollection. */
  public record Snapshot(long id, Instant time, LocalDate date, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<Long, Snapshot> snapshots = new TreeMap<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private volatile boolean listPublic = true;
  private volatile byte[] archive;
  private volatile String archiveEtag;

  public DeepStateFixture() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Adds a snapshot of a shared file under a date, taken at 18:00 UTC (21:00 in Kyiv) that day. */
  public synchronized Snapshot add(LocalDate date, Path sharedFile) throws IOException {
    return add(date, UpstreamShapes.JSON.writeValueAsBytes(UpstreamShapes.snapshot(sharedFile)), 18);
  }

  /** Adds a snapshot with the given body at the given UTC hour of a date. */
  synchronized Snapshot add(LocalDate date, byte[] body, int hourUtc) {
    Instant time = date.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    Snapshot snapshot = new Snapshot(time.getEpochSecond(), time, date, body);
    snapshots.put(snapshot.id(), snapshot);
    return snapshot;
  }

  /** Serves the archive: one day per (date, shared file), in date order; a new ETag per content. */
  void archive(Map<LocalDate, Path> days) throws IOException {
    ObjectNode collection = UpstreamShapes.JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    int i = 0;
    for (Map.Entry<LocalDate, Path> day : new TreeMap<>(days).entrySet()) {
      features.add(UpstreamShapes.archiveDay(i++, day.getKey().toString(),
          UpstreamShapes.sharedGeometry(day.getValue())));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      UpstreamShapes.JSON.writeValue(out, collection);
    }
    archive = gz.toByteArray();
    archiveEtag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(archive)) + "\"";
  }

  /** The archive's bytes as served (gzip'd). */
  byte[] archiveBytes() {
    return archive.clone();
  }

  /** The next request for this path (e.g. "/api/history/public") gets this fault instead. */
  public void failNext(String path, Fault fault) {
    faults.computeIfAbsent(path, p -> new ArrayDeque<>()).add(fault);
  }

  /** Whether {@code /api/history/public} answers (else 403, as if it were behind a login). */
  void listPublic(boolean open) {
    listPublic = open;
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  void clearRequests() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    try (exchange) {
      Deque<Fault> queue = faults.get(path);
      Fault fault = queue == null ? null : queue.poll();
      if (fault != null) {
        fault.answer(exchange);
        return;
      }
      answer(exchange, path);
    }
  }

  private synchronized Snapshot latest() {
    return ((TreeMap<Long, Snapshot>) snapshots).lastEntry().getValue();
  }

  private void answer(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/api/history/public")) {
      if (!listPublic) {
        send(exchange, 403, "application/json", "{\"message\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      ArrayNode list = UpstreamShapes.JSON.createArrayNode();
      synchronized (this) {
        for (Snapshot s : snapshots.values()) {
          list.addObject().put("id", s.id()).put("createdAt", s.time().toString()).put("status", true)
              .put("description", "Оновлення").put("descriptionEn", "Update of " + s.date());
        }
      }
      send(exchange, 200, "application/json; charset=utf-8", UpstreamShapes.JSON.writeValueAsBytes(list));
    } else if (path.equals("/api/history/last")) {
      Snapshot s = latest();
      ObjectNode last = UpstreamShapes.JSON.createObjectNode().put("id", s.id())
          .put("datetime", s.time().toString()).put("createdAt", s.time().toString());
      last.set("map", UpstreamShapes.JSON.readTree(s.body()));
      send(exchange, 200, "application/json", UpstreamShapes.JSON.writeValueAsBytes(last));
    } else if (path.matches("/api/history/\\d+/geojson")) {
      Snapshot s;
      synchronized (this) {
        s = snapshots.get(Long.parseLong(path.split("/")[3]));
      }
      if (s == null) {
        send(exchange, 404, "application/json", "{\"message\":\"Not found\"}".getBytes(StandardCharsets.UTF_8));
      } else {
        send(exchange, 200, "application/json", s.body());
      }
    } else if (path.equals("/deepstate-map-data.geojson.gz") && archive != null) {
      exchange.getResponseHeaders().set("ETag", archiveEtag);
      if (archiveEtag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      send(exchange, 200, "application/octet-stream", archive);
    } else {
      send(exchange, 404, "text/html", "<html><title>404 Not Found</title></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  /** An nginx-style HTML error page with this status. */
  public static Fault htmlPage(int status, String title) {
    return e -> send(e, status, "text/html", ("<!DOCTYPE html><html><head><title>" + title
        + "</title></head><body><h1>" + title + "</h1><hr><center>nginx</center></body></html>")
        .getBytes(StandardCharsets.UTF_8));
  }

  /** A status with a JSON body and optional headers (e.g. Retry-After). */
  static Fault status(int status, String... headers) {
    return e -> {
      for (int i = 0; i + 1 < headers.length; i += 2) {
        e.getResponseHeaders().set(headers[i], headers[i + 1]);
      }
      send(e, status, "application/json", "{\"message\":\"try later\"}".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** A 200 whose body is the given bytes, whole as far as HTTP goes. */
  static Fault body(String type, byte[] body) {
    return e -> send(e, 200, type, body);
  }

  /** Headers and the first half of a body, then nothing for {@code millis}. */
  static Fault stall(byte[] body, long millis) {
    return e -> {
      e.getResponseHeaders().set("Content-Type", "application/json");
      e.sendResponseHeaders(200, body.length);
      e.getResponseBody().write(body, 0, body.length / 2);
      e.getResponseBody().flush();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    };
  }

  Snapshot snapshot(long id) {
    synchronized (this) {
      return snapshots.get(id);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
