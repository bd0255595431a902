package se.motesplats.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 40: names stored before {@link Names#clean} came in lose their direction controls,
 * exactly as the rule removes them from typed names (Java, so there is one definition of which
 * characters go). Only plain-text name columns: contact details are encrypted and hold no names.
 * Values are read and matched byte for byte ({@code utf8mb4_bin}): the columns' Swedish collation
 * would count "Amina" and "amina" as one. A name that would be empty without its controls stays as
 * it is (shown isolated, docs/security.md); so does one whose cleaned form another association in the
 * same municipality already carries. Running it again changes nothing.
 */
@Component
class NameDirectionCleanup implements JavaMigration {

    /** Table and column of every name that {@link Names#clean} guards on input. */
    static final List<String[]> NAME_COLUMNS = List.of(
            new String[] {"account", "first_name"}, new String[] {"account", "alias"},
            new String[] {"organisation", "name"}, new String[] {"signup_companion", "first_name"},
            new String[] {"attendance_mark", "walk_in_name"}, new String[] {"attendance", "walk_in_name"});

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("40");
    }

    @Override
    public String getDescription() {
        return "names without direction controls";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String[] column : NAME_COLUMNS) {
            clean(connection, column[0], column[1]);
        }
    }

    /** How many distinct stored values were cleaned. */
    static int clean(Connection connection, String table, String column) throws SQLException {
        List<String> dirty = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select distinct %s collate utf8mb4_bin from %s where %s is not null"
                        .formatted(column, table, column))) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (name.codePoints().anyMatch(Names::isDirectionControl) && !Names.clean(name).isEmpty()) {
                    dirty.add(name);
                }
            }
        }
        int cleaned = 0;
        try (PreparedStatement update = connection.prepareStatement("update %s set %s = ? where %s collate utf8mb4_bin = ?"
                .formatted(table, column, column))) {
            for (String name : dirty) {
                update.setString(1, Names.clean(name));
                update.setString(2, name);
                try {
                    update.executeUpdate();
                    cleaned++;
                } catch (java.sql.SQLIntegrityConstraintViolationException sameAsAnother) {
                    // an association of that name already exists there: this one keeps its stored name
                }
            }
        }
        return cleaned;
    }
}
