package territorymap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import territorymap.geo.GeoJsonDocument;

/**
 * The folder of fetched layers: one file {@code YYYY-MM-DD-deepstate.geojson} per date, each an
 * RFC 7946 FeatureCollection of one feature (the occupied territory: counter-clockwise shells, no
 * {@code crs} member, 7 decimals, the overlay grid of {@code Geometries}) whose properties carry
 * the date, a one-line {@code source} (which the layer loader shows as the layer's source) and
 * the full {@code provenance}.
 *
 * <p>One fetch writes to a folder at a time: {@link #open} takes a lock ({@code .fetch.lock}) and
 * removes temporary files a killed run left behind.
 */
final class LayerFolder implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-deepstate\\.geojson");
  /** 1e-7 degrees, the overlay grid: the written geometry is exactly the computed one. */
  private static final int DECIMALS = 7;

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private LayerFolder(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Opens (creating) the folder for writing. @throws FetchException if another fetch holds it */
  static LayerFolder open(Path dir) {
    try {
      Files.createDirectories(dir);
      FileChannel channel = FileChannel.open(dir.resolve(".fetch.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new FetchException("another fetch is writing to " + dir + "; try again when it is done");
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path stale : files.filter(LayerFolder::isTemporary).toList()) {
          Files.deleteIfExists(stale);
        }
      }
      return new LayerFolder(dir, channel, lock);
    } catch (IOException e) {
      throw new FetchException("cannot write to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && (name.endsWith(AtomicFiles.TEMPORARY_SUFFIX) || name.endsWith(".part"));
  }

  Path dir() {
    return dir;
  }

  /** The file of a date's layer. */
  Path file(LocalDate date) {
    return dir.resolve(date + "-deepstate.geojson");
  }

  /** The dates that have a layer file. */
  NavigableSet<LocalDate> dates() {
    NavigableSet<LocalDate> dates = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(file -> {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
          dates.add(LocalDate.parse(m.group(1)));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return dates;
  }

  /** The provenance written in a date's file, if it has a readable one. */
  Optional<Provenance> provenance(LocalDate date) {
    try {
      JsonNode p = JSON.readTree(file(date).toFile()).path("features").path(0).path("properties").path("provenance");
      if (!p.isObject()) {
        return Optional.empty();
      }
      return Optional.of(new Provenance(date, FetchSource.of(p.path("source").asText()),
          URI.create(p.path("url").asText()), p.path("upstreamId").asText(), p.path("upstreamTime").asText(),
          Instant.parse(p.path("fetchedAt").asText()), p.path("sha256").asText(),
          p.hasNonNull("etag") ? p.get("etag").asText() : null));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes a date's layer atomically, replacing any earlier file of that date. */
  Path write(MultiPolygon occupied, Provenance provenance) {
    ObjectNode properties = JSON.createObjectNode()
        .put("date", provenance.date().toString())
        .put("source", provenance.summary())
        .put("licence", Provenance.LICENCE);
    ObjectNode p = properties.putObject("provenance")
        .put("source", provenance.source().wireName())
        .put("url", provenance.url().toString())
        .put("upstreamId", provenance.upstreamId())
        .put("upstreamTime", provenance.upstreamTime())
        .put("fetchedAt", provenance.fetchedAt().toString())
        .put("sha256", provenance.sha256());
    if (provenance.etag() != null) {
      p.put("etag", provenance.etag());
    }
    ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
    feature.set("properties", properties);
    feature.set("geometry", geometryJson(occupied));
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    collection.putArray("features").add(feature);
    Path target = file(provenance.date());
    try {
      AtomicFiles.write(target, JSON.writeValueAsBytes(collection));
    } catch (IOException e) {
      throw new FetchException("cannot write " + target + ": " + e.getMessage(), e);
    }
    return target;
  }

  /** A temporary file in the folder for a download (hidden, ignored by the loader, removed by the next run). */
  Path temporary(String name) throws IOException {
    return Files.createTempFile(dir, "." + name + ".", ".part");
  }

  @Override
  public void close() {
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      // Closing the channel releases the lock in any case.
    }
  }

  /** The geometry as RFC 7946 GeoJSON: counter-clockwise shells, no {@code crs}, {@link #DECIMALS} places. */
  private static JsonNode geometryJson(Geometry geometry) {
    GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
    writer.setEncodeCRS(false);
    writer.setForceCCW(true);
    try {
      return JSON.readTree(writer.write(geometry));
    } catch (IOException e) {
      throw new IllegalStateException("JTS wrote GeoJSON that Jackson cannot read", e);
    }
  }
}
