package territorymap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster in a temporary folder on 127.0.0.1 and a free port, run with
 * Debian's binaries, that a test can stop and start again: a database really going away, which
 * the shared database of {@code .ci/postgres.sh} must not do under the other tests. Its one role is
 * {@code postgres}, trusted without a password. {@link #close()} stops it and deletes the folder.
 *
 * <p>{@code initdb} refuses to run as root, so as root (as CI is) the binaries run as the
 * {@code postgres} user through {@code runuser}, in a folder it owns, as {@code bench/postgis.sh}
 * does.
 */
final class PrivateCluster implements AutoCloseable {

  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
  private static final long COMMAND_TIMEOUT_SECONDS = 60;

  private final Path bin;
  private final Path folder;
  private final int port;
  private final boolean asPostgres;

  private PrivateCluster(Path bin, Path folder, int port, boolean asPostgres) {
    this.bin = bin;
    this.folder = folder;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /**
   * The {@code bin} folder of the highest PostgreSQL version installed from Debian's packages
   * ({@code /usr/lib/postgresql/<version>/bin}) that has {@code initdb} and {@code pg_ctl}, if any.
   */
  static Optional<Path> binaries() {
    if (!Files.isDirectory(INSTALLATIONS)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)*"))
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> Runtime.Version.parse(b.getParent().getFileName().toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a cluster with the binaries in {@code bin} and starts it. */
  static PrivateCluster start(Path bin) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory(Path.of("/tmp"), "territorymap-pg.");
    // A new file belongs to the effective uid, the one initdb checks (user.name can be set by -D).
    boolean root = (Integer) Files.getAttribute(folder, "unix:uid") == 0;
    int port;
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      port = socket.getLocalPort();
    }
    PrivateCluster cluster = new PrivateCluster(bin, folder, port, root);
    try {
      if (root) {
        // The folder stays rwx------ (as created): owning it is all the postgres user needs.
        Files.setOwner(folder, postgresUser());
      }
      cluster.run("initdb", "-D", cluster.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
      cluster.start();
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      try {
        cluster.close();
      } catch (IOException | InterruptedException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static UserPrincipal postgresUser() throws IOException {
    try {
      return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    } catch (UserPrincipalNotFoundException e) {
      throw new IllegalStateException("running as root, the cluster runs as the postgres user,"
          + " which Debian's postgresql package creates, and there is none", e);
    }
  }

  int port() {
    return port;
  }

  /** The URL the service takes as {@code --database-url}. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /** Starts the server on the same data and port, and returns once it accepts connections. */
  void start() throws IOException, InterruptedException {
    run("pg_ctl", "-D", data(), "-l", folder.resolve("postgres.log").toString(), "-w",
        "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
  }

  /**
   * Stops the server as an administrator would ({@code pg_ctl stop -m fast}: open sessions are
   * ended, the data is checkpointed) and returns once it has exited.
   */
  void stop() throws IOException, InterruptedException {
    run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
  }

  private String data() {
    return folder.resolve("data").toString();
  }

  private void run(String program, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    // Output to a file, not a pipe: pg_ctl start leaves the server running, and a pipe it
    // inherited would never reach end of file.
    Path output = folder.resolve("commands.log");
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(output.toFile())).start();
    if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within "
          + COMMAND_TIMEOUT_SECONDS + " s\n" + logs());
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
          + "\n" + logs());
    }
  }

  private String logs() throws IOException {
    StringBuilder logs = new StringBuilder();
    for (String name : List.of("commands.log", "postgres.log")) {
      Path log = folder.resolve(name);
      if (Files.exists(log)) {
        logs.append("--- ").append(name).append('\n')
            .append(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    return logs.toString();
  }

  /** Stops the server at once if it is running ({@code -m immediate}) and deletes the folder. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (Files.exists(folder.resolve("data/postmaster.pid"))) {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
