package territorymap.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import territorymap.proposal.DefinitionException;
import territorymap.proposal.DefinitionUpgrade;

/**
 * Flyway migration 5: every stored version-1 definition rewritten as version 2
 * ({@link DefinitionUpgrade}), its text as first written kept in {@code definition_v1} (added by
 * migration 4), and a new revision drawn, since the definition a reader gets has changed. A row
 * that is not JSON or cannot be upgraded is left as it is: the service lists it as faulty, and
 * nothing of it is lost.
 */
final class DefinitionVersion2Migration implements JavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "definition version 2";
  }

  @Override
  public Integer getChecksum() {
    return 2;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  private record Row(String id, String definition) {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id, definition FROM proposal");
        ResultSet r = select.executeQuery()) {
      while (r.next()) {
        rows.add(new Row(r.getString(1), r.getString(2)));
      }
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE proposal SET definition = ?, definition_v1 = ?, revision = ? WHERE id = ?")) {
      for (Row row : rows) {
        String upgraded = upgraded(row);
        if (upgraded == null) {
          continue;
        }
        update.setString(1, upgraded);
        update.setString(2, row.definition());
        update.setLong(3, ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        update.setString(4, row.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** The row's definition in version 2, or {@code null} if it is not version 1 or cannot be upgraded. */
  private static String upgraded(Row row) {
    try {
      JsonNode root = JSON.readTree(row.definition());
      return DefinitionUpgrade.isVersion1(root) ? DefinitionUpgrade.toVersion2(root, row.id()).toString() : null;
    } catch (java.io.IOException | DefinitionException e) {
      return null;
    }
  }
}
