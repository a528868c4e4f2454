package territorymap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.geo.GeoJsonException;
import territorymap.figures.Evaluations;
import territorymap.proposal.ProposalStore;
import territorymap.store.JdbcProposalStore;
import territorymap.territory.Atlas;
import territorymap.territory.Boundaries;
import territorymap.territory.ControlLayer;
import territorymap.territory.ControlLayerReader;
import territorymap.territory.OfficialRegions;
import territorymap.territory.UnitPlausibility;

/**
 * Loads everything the service serves, once: boundaries, control layers (cut into atoms), the
 * proposal catalogue, and the figures of the seeded proposals on their own layers.
 *
 * <p>A boundary file or proposal definition that cannot be used stops the load; a control-layer
 * file in a folder that cannot be read is skipped with a warning naming it and why, so that one
 * bad file among many does not take the others down. A layer named with {@code --control} must
 * load.
 */
final class Loader {

  private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

  private Loader() {}

  static Evaluations load(Options options) {
    return load(options, ProposalStore.NONE);
  }

  /** The proposal store the options name: PostgreSQL if a database URL is given, else embedded H2. */
  static JdbcProposalStore store(Options options) {
    if (options.databaseUrl() != null) {
      LOG.info("Proposal store: PostgreSQL");
      return JdbcProposalStore.postgres(options.databaseUrl());
    }
    LOG.info("Proposal store: embedded database in {}", options.store().toAbsolutePath());
    return JdbcProposalStore.h2(options.store());
  }

  static Evaluations load(Options options, ProposalStore store) {
    return load(options, store, true);
  }

  /**
   * The boundaries alone, checked as at start-up: all the {@code regions} command needs.
   *
   * @throws IllegalArgumentException if the boundary file is missing
   */
  static Boundaries boundaries(Options options) {
    if (!Files.isRegularFile(options.boundaries())) {
      throw new IllegalArgumentException("boundary file " + options.boundaries()
          + " not found: run from the project root, or pass --boundaries FILE");
    }
    Boundaries boundaries = Boundaries.load(options.boundaries(), OfficialRegions.official());
    UnitPlausibility.check(boundaries);
    LOG.info("Boundaries {}: 27 units, {} km² geodesic, clean coverage as given: {}, overlaps removed: {}",
        boundaries.source(), Math.round(boundaries.totalM2() / 1e6), boundaries.coverage().validAsGiven(),
        boundaries.coverage().overlapsRemoved());
    return boundaries;
  }

  /**
   * Everything; {@code warm} evaluates the seeded proposals on their own layers now (the server's
   * start-up), rather than when first asked (a command that reports on one proposal).
   */
  static Evaluations load(Options options, ProposalStore store, boolean warm) {
    long start = System.nanoTime();
    Boundaries boundaries = boundaries(options);
    List<Read> read = new ArrayList<>();
    for (int i = 0; i < options.controlDirs().size(); i++) {
      boolean shipped = i == 0; // the project's own folder comes first
      readFolder(options.controlDirs().get(i)).forEach(r -> read.add(new Read(r.file(), r.layer(), shipped)));
    }
    for (Options.ControlFile file : options.controlFiles()) {
      read.add(new Read(file.file(), ControlLayerReader.read(file.file(), file.date()), false));
    }
    Atlas atlas = new Atlas(boundaries, onePerDate(read, options.preferLayers()));
    LOG.info("Control layers: {}", atlas.dates());
    if (!Files.isDirectory(options.seeds())) {
      throw new IllegalArgumentException("proposal folder " + options.seeds()
          + " not found: run from the project root, or pass --seeds DIR");
    }
    Evaluations evaluations = Evaluations.open(options.seeds(), atlas, store);
    if (warm) {
      evaluations.warm();
    }
    LOG.info("Proposals: {} seeded, loaded{} in {} ms", evaluations.catalogue().seeded().size(),
        warm ? " and evaluated" : "", (System.nanoTime() - start) / 1_000_000);
    return evaluations;
  }

  /** A control layer as read, from which file, and whether the file is one the project ships. */
  private record Read(Path file, ControlLayer layer, boolean shipped) {}

  /**
   * One layer per date, with one exception: where the user's layer has the date of a shipped
   * approximation, both are kept, and the atlas makes the user's layer supersede the approximation,
   * which stays available under a name of its own ({@code DATE-approximate}); the log says so. Two
   * of the user's layers with one date stop the load, naming both files, unless
   * {@code --prefer-layer} names one of them.
   */
  private static List<ControlLayer> onePerDate(List<Read> read, List<Path> preferred) {
    java.util.Map<java.time.LocalDate, Read> byDate = new java.util.TreeMap<>();
    List<ControlLayer> superseded = new ArrayList<>();
    for (Read r : read) {
      Read other = byDate.get(r.layer().date());
      if (other == null) {
        byDate.put(r.layer().date(), r);
        continue;
      }
      if (other.shipped() != r.shipped() && (other.shipped() ? other : r).layer().approximate()) {
        Read shipped = other.shipped() ? other : r;
        superseded.add(shipped.layer());
        byDate.put(r.layer().date(), shipped == r ? other : r);
        continue;
      }
      if (preferred.contains(r.file()) == preferred.contains(other.file())) {
        throw new IllegalArgumentException("two control layers for " + r.layer().date() + ": " + other.file()
            + " and " + r.file() + "; remove one, or name the one to use with --prefer-layer FILE");
      }
      Read winner = preferred.contains(r.file()) ? r : other;
      LOG.info("Control layer for {}: {} replaces {} (--prefer-layer)", r.layer().date(), winner.file(),
          (winner == r ? other : r).file());
      byDate.put(r.layer().date(), winner);
    }
    List<ControlLayer> layers = new ArrayList<>(superseded);
    byDate.values().forEach(r -> layers.add(r.layer()));
    return layers;
  }

  private static Optional<Read> readOrSkip(Path file) {
    try {
      return Optional.of(new Read(file, ControlLayerReader.read(file, null), false));
    } catch (GeoJsonException | UncheckedIOException e) {
      LOG.warn("Control layer skipped: {}", e.getMessage());
      return Optional.empty();
    } catch (RuntimeException e) {
      // One unusable file among hundreds must not take the others down.
      LOG.warn("Control layer skipped: {}: {}", file, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * Whether a file in a control folder is a layer: GeoJSON, and not hidden (a hidden file may be
   * another program's temporary file, e.g. {@code fetch}'s half-written download).
   */
  static boolean isLayerFile(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && (name.endsWith(".geojson") || name.endsWith(".json"));
  }

  private static List<Read> readFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      LOG.warn("Control folder {} not found; skipped", dir);
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Loader::isLayerFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    // Files are read and clipped in parallel; progress is logged about every tenth of the folder.
    AtomicInteger read = new AtomicInteger();
    int every = Math.max(1, files.size() / 10);
    return files.parallelStream()
        .map(file -> {
          Optional<Read> layer = readOrSkip(file);
          int done = read.incrementAndGet();
          if (done % every == 0 || done == files.size()) {
            LOG.info("Control layers in {}: {} of {} files read", dir, done, files.size());
          }
          return layer;
        })
        .flatMap(Optional::stream)
        .toList();
  }
}
