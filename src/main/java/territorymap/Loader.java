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
    long start = System.nanoTime();
    if (!Files.isRegularFile(options.boundaries())) {
      throw new IllegalArgumentException("boundary file " + options.boundaries()
          + " not found: run from the project root, or pass --boundaries FILE");
    }
    Boundaries boundaries = Boundaries.load(options.boundaries(), OfficialRegions.official());
    LOG.info("Boundaries {}: 27 units, {} km² geodesic, clean coverage as given: {}, overlaps removed: {}",
        boundaries.source(), Math.round(boundaries.totalM2() / 1e6), boundaries.coverage().validAsGiven(),
        boundaries.coverage().overlapsRemoved());
    List<ControlLayer> layers = new ArrayList<>();
    for (Path dir : options.controlDirs()) {
      layers.addAll(readFolder(dir));
    }
    for (Options.ControlFile file : options.controlFiles()) {
      layers.add(ControlLayerReader.read(file.file(), file.date()));
    }
    Atlas atlas = new Atlas(boundaries, layers);
    LOG.info("Control layers: {}", atlas.dates());
    if (!Files.isDirectory(options.seeds())) {
      throw new IllegalArgumentException("proposal folder " + options.seeds()
          + " not found: run from the project root, or pass --seeds DIR");
    }
    Evaluations evaluations = Evaluations.load(options.seeds(), atlas, store);
    LOG.info("Proposals: {} seeded, loaded and evaluated in {} ms", evaluations.catalogue().seeded().size(),
        (System.nanoTime() - start) / 1_000_000);
    return evaluations;
  }

  private static Optional<ControlLayer> readOrSkip(Path file) {
    try {
      return Optional.of(ControlLayerReader.read(file, null));
    } catch (GeoJsonException | UncheckedIOException e) {
      LOG.warn("Control layer skipped: {}", e.getMessage());
      return Optional.empty();
    } catch (RuntimeException e) {
      // One unusable file among hundreds must not take the others down.
      LOG.warn("Control layer skipped: {}: {}", file, e.toString());
      return Optional.empty();
    }
  }

  private static List<ControlLayer> readFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      LOG.warn("Control folder {} not found; skipped", dir);
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".geojson")
          || p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    // Files are read and clipped in parallel; progress is logged about every tenth of the folder.
    AtomicInteger read = new AtomicInteger();
    int every = Math.max(1, files.size() / 10);
    return files.parallelStream()
        .map(file -> {
          Optional<ControlLayer> layer = readOrSkip(file);
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
