package territorymap.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import territorymap.proposal.ProposalStore;
import territorymap.proposal.StoreUnavailableException;

/**
 * The proposal store in a relational database: an embedded H2 file by default, PostgreSQL when a
 * database URL is given. The schema is created and upgraded by Flyway when the store opens.
 *
 * <p>Each write is one auto-committed statement, answered only after the database has committed
 * it; the H2 file is opened with {@code WRITE_DELAY=0} so that a commit is on disk before the
 * answer, and a write answered 2xx survives the process being killed. Unique ids are enforced by
 * the primary key, so two instances inserting the same id cannot both succeed.
 */
public final class JdbcProposalStore implements ProposalStore, AutoCloseable {

  private final HikariDataSource dataSource;

  private JdbcProposalStore(HikariDataSource dataSource) {
    this.dataSource = dataSource;
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
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .placeholders(Map.of("text_type", textType))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreUnavailableException("cannot open the proposal store at " + redact(url) + ": "
          + e.getMessage(), e);
    }
    return new JdbcProposalStore(dataSource);
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&;]*", "password=***");
  }

  @Override
  public Optional<Stored> find(String id) {
    return query("SELECT id, definition FROM proposal WHERE id = ?", id).stream().findFirst();
  }

  @Override
  public List<Stored> all() {
    return query("SELECT id, definition FROM proposal ORDER BY id", null);
  }

  @Override
  public boolean insert(String id, String definition) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO proposal (id, definition) VALUES (?, ?)")) {
      s.setString(1, id);
      s.setString(2, definition);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // integrity constraint: the id is taken
      }
      throw unavailable(e);
    }
  }

  @Override
  public boolean update(String id, String definition) {
    return execute("UPDATE proposal SET definition = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
        definition, id) == 1;
  }

  @Override
  public boolean delete(String id) {
    return execute("DELETE FROM proposal WHERE id = ?", id) == 1;
  }

  private List<Stored> query(String sql, String parameter) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      List<Stored> result = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.add(new Stored(rows.getString(1), rows.getString(2)));
        }
      }
      return result;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private int execute(String sql, String... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
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
