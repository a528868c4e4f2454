package territorymap.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.StoreUnavailableException;

/**
 * The proposal store in a relational database: an embedded H2 file by default, PostgreSQL when a
 * database URL is given. The schema is created and upgraded by Flyway when the store opens; if the
 * database cannot be reached then (it is down, or not up yet), the store opens all the same, every
 * operation answers {@link StoreUnavailableException} (503) until the database is back, and the
 * schema is made by the first operation after that. Any other failure to open (a wrong password,
 * no such database, a migration that fails) stops the store from opening.
 *
 * <p>Each write is one auto-committed statement, answered only after the database has committed
 * it; the H2 file is opened with {@code WRITE_DELAY=0} so that a commit is on disk before the
 * answer, and a write answered 2xx survives the process being killed. Unique ids are enforced by
 * the primary key, so two instances inserting the same id cannot both succeed, and a conditional
 * update or delete checks the revision in its own statement, so two instances replacing the same
 * revision cannot both succeed either.
 *
 * <p>Beside each definition the store keeps its title and the date of its layer, read from the
 * definition as it is written, so that the list pages through these short columns by id (keyset
 * paging) and never reads the definitions.
 */
public final class JdbcProposalStore implements ProposalStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcProposalStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Rows given their listing columns per statement when rows written before them are brought up to date. */
  private static final int BACKFILL_BATCH = 200;

  private final HikariDataSource dataSource;
  private final Flyway flyway;
  private final ReentrantLock migrating = new ReentrantLock();
  private volatile boolean migrated;

  private JdbcProposalStore(HikariDataSource dataSource, Flyway flyway) {
    this.dataSource = dataSource;
    this.flyway = flyway;
  }

  /** An embedded H2 database in {@code folder}, created on first use. */
  public static JdbcProposalStore h2(Path folder) {
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("territory-map") + ";WRITE_DELAY=0";
    return open(url, "sa", "", "CHARACTER LARGE OBJECT");
  }

  /**
   * A PostgreSQL database.
   *
   * @param url {@code jdbc:postgresql://host:port/db?user=…&password=…}, or the
   *     {@code postgres://user:password@host:port/db} form that hosting services give
   */
  public static JdbcProposalStore postgres(String url) {
    DatabaseUrl parsed = DatabaseUrl.parse(url);
    return open(parsed.jdbcUrl(), parsed.user(), parsed.password(), "TEXT");
  }

  private static JdbcProposalStore open(String url, String user, String password, String textType) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setPoolName("proposal-store");
    // Start even if the database is down for now: requests get 503 until it is back.
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(3_000);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .placeholders(Map.of("text_type", textType))
        .javaMigrations(new DefinitionVersion2Migration())
        .load();
    JdbcProposalStore store = new JdbcProposalStore(dataSource, flyway);
    try {
      store.migrate();
    } catch (StoreUnavailableException e) {
      if (!unreachable(e)) {
        dataSource.close();
        throw new StoreUnavailableException("cannot open the proposal store at " + redact(url) + ": "
            + e.getCause().getMessage(), e);
      }
      LOG.warn("The proposal store at {} cannot be reached ({}). Serving the seeded proposals; stored"
          + " proposals and writes answer 503 until it can, and its schema is made then.", redact(url),
          e.getCause().getMessage().lines().findFirst().orElse(""));
    }
    return store;
  }

  /**
   * Creates or upgrades the schema unless that has been done. While one request is at it, others
   * are told the store is unavailable at once rather than queueing behind it for the pool's
   * connection timeout.
   */
  private void migrate() {
    if (migrated) {
      return;
    }
    if (!migrating.tryLock()) {
      throw new StoreUnavailableException("the proposal store is being prepared; try again shortly", null);
    }
    try {
      if (!migrated) {
        flyway.migrate();
        backfill();
        migrated = true;
      }
    } catch (RuntimeException | SQLException e) {
      throw new StoreUnavailableException("the proposal store's schema could not be made: " + e.getMessage(), e);
    } finally {
      migrating.unlock();
    }
  }

  /**
   * Gives rows written before the listing columns existed their title and layer, a batch at a
   * time; once, when the store is first used after the upgrade.
   */
  private void backfill() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(
            "SELECT id, definition FROM proposal WHERE title IS NULL ORDER BY id FETCH FIRST " + BACKFILL_BATCH
                + " ROWS ONLY");
        PreparedStatement update = c.prepareStatement("UPDATE proposal SET title = ?, layer = ? WHERE id = ?")) {
      int done = 0;
      while (true) {
        int rows = 0;
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            Listing listing = Listing.of(r.getString(2));
            update.setString(1, listing.title());
            update.setString(2, listing.layer());
            update.setString(3, r.getString(1));
            update.addBatch();
            rows++;
          }
        }
        if (rows == 0) {
          break;
        }
        update.executeBatch();
        done += rows;
      }
      if (done > 0) {
        LOG.info("Gave {} stored proposals their listing columns (title, layer)", done);
      }
    }
  }

  /**
   * What the list keeps of a definition. The definition was read strictly before it was stored, so
   * both fields are there; a title that is missing all the same is stored empty, which also keeps
   * the row from being read again by {@link #backfill}.
   *
   * @param title the title, both its languages where it has two ({@code "en · uk"}), so that a search
   *     finds either
   * @param layer the layer's date as written ({@code yyyy-mm-dd})
   */
  private record Listing(String title, String layer) {
    static Listing of(String definition) {
      try {
        JsonNode root = JSON.readTree(definition);
        String layer = root.path("layer").asText(null);
        return new Listing(title(root.path("title")), layer != null && layer.length() <= 10 ? layer : null);
      } catch (java.io.IOException e) {
        return new Listing("", null);
      }
    }

    /** A title of version 1 (a string) or 2 (a text: {@code en}, {@code uk} or both). */
    private static String title(JsonNode title) {
      if (!title.isObject()) {
        return title.asText("");
      }
      String en = title.path("en").asText("");
      String uk = title.path("uk").asText("");
      return en.isEmpty() || uk.isEmpty() ? en + uk : en + " · " + uk;
    }
  }

  /**
   * Whether a failure is the database being out of reach (SQLSTATE class 08), not a refusal such
   * as a wrong password (28P01) or no such database (3D000). The pool wraps the driver's error in
   * its own timeout, so the innermost SQLSTATE decides.
   */
  private static boolean unreachable(Throwable e) {
    String state = null;
    boolean timedOut = false;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      timedOut |= cause instanceof SQLTransientConnectionException;
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        state = sql.getSQLState();
      }
    }
    return state == null ? timedOut : state.startsWith("08");
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&;]*", "password=***");
  }

  @Override
  public Optional<Stored> find(String id) {
    return query("SELECT id, definition, revision FROM proposal WHERE id = ?", id).stream().findFirst();
  }

  @Override
  public List<Stored> all() {
    return query("SELECT id, definition, revision FROM proposal ORDER BY id", null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The search is a {@code LIKE} on the lower-cased id and title, its wildcards escaped: a scan
   * of the short columns, some milliseconds for 10,000 rows.
   */
  @Override
  public List<Listed> page(String after, String search, int limit) {
    migrate();
    StringBuilder sql = new StringBuilder("SELECT id, title, layer, revision FROM proposal WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (after != null) {
      sql.append(" AND id > ?");
      parameters.add(after);
    }
    if (search != null && !search.isEmpty()) {
      String pattern = "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      sql.append(" AND (LOWER(id) LIKE ? ESCAPE '\\' OR LOWER(title) LIKE ? ESCAPE '\\')");
      parameters.add(pattern);
      parameters.add(pattern);
    }
    sql.append(" ORDER BY id FETCH FIRST ").append(Math.max(0, limit)).append(" ROWS ONLY");
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      List<Listed> result = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.add(new Listed(rows.getString(1), rows.getString(2), date(rows.getString(3)), rows.getLong(4)));
        }
      }
      return result;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public boolean insert(String id, String definition, long revision) {
    migrate();
    Listing listing = Listing.of(definition);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO proposal (id, definition, revision, title, layer) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, definition);
      s.setLong(3, revision);
      s.setString(4, listing.title());
      s.setString(5, listing.layer());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // integrity constraint: the id is taken
      }
      throw unavailable(e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The check is part of the statement ({@code WHERE id = ? AND revision = ?}), so the database
   * decides between two instances; only when nothing was changed is the row looked up, to tell a
   * conflict from a missing id.
   */
  @Override
  public Change update(String id, String definition, long revision, Long expected) {
    String sql = "UPDATE proposal SET definition = ?, revision = ?, title = ?, layer = ?,"
        + " updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    Listing listing = Listing.of(definition);
    return change(id, expected == null
        ? execute(sql, definition, revision, listing.title(), listing.layer(), id)
        : execute(sql + " AND revision = ?", definition, revision, listing.title(), listing.layer(), id, expected));
  }

  @Override
  public Change delete(String id, Long expected) {
    return change(id, expected == null
        ? execute("DELETE FROM proposal WHERE id = ?", id)
        : execute("DELETE FROM proposal WHERE id = ? AND revision = ?", id, expected));
  }

  private Change change(String id, int rows) {
    if (rows == 1) {
      return Change.DONE;
    }
    return find(id).isPresent() ? Change.CONFLICT : Change.NOT_FOUND;
  }

  private List<Stored> query(String sql, String parameter) {
    migrate();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      List<Stored> result = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.add(new Stored(rows.getString(1), rows.getString(2), rows.getLong(3)));
        }
      }
      return result;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private int execute(String sql, Object... parameters) {
    migrate();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static StoreUnavailableException unavailable(SQLException e) {
    return new StoreUnavailableException("the proposal store failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
