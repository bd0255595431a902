package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;

/** Migration 40 on the embedded database: names stored with direction controls, as before the input rule. */
class NameDirectionCleanupModuleTest extends ModuleTestBase {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    private long account(String storedName) {
        long id = accounts.ensureAccount("rtl-" + UUID.randomUUID() + "@motesplats.test", "Placeholder", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        // as a row from before the rule: written past the entity, which cleans
        jdbc.sql("update account set first_name = ? where id = ?").params(storedName, id).update();
        return id;
    }

    private String firstName(long id) {
        return jdbc.sql("select first_name from account where id = ?").param(id).query(String.class).single();
    }

    @Test
    void storedNamesLoseTheirDirectionControlsAndNothingElse() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        long overridden = account("\u202EAmina" + unique + "\u202C");
        long isolated = account("  \u2067أمينة" + unique + "\u2069 ");
        long sameButLowerCase = account("amina" + unique);
        long joiners = account("می\u200Cخواهم" + unique);
        long onlyControls = account("\u202E\u202C");

        NameDirectionCleanup cleanup = new NameDirectionCleanup();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            cleanup.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException("not read by this migration");
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            assertThat(NameDirectionCleanup.clean(connection, "account", "first_name")).as("a second run has nothing left to do").isZero();
        }

        assertThat(firstName(overridden)).isEqualTo("Amina" + unique);
        assertThat(firstName(isolated)).isEqualTo("أمينة" + unique);
        assertThat(firstName(sameButLowerCase)).as("the collation's equal is not the same name").isEqualTo("amina" + unique);
        assertThat(firstName(joiners)).as("the zero-width non-joiner Persian needs stays").isEqualTo("می\u200Cخواهم" + unique);
        assertThat(firstName(onlyControls)).as("nothing left to show: kept, and isolated when shown").isEqualTo("\u202E\u202C");
    }
}
