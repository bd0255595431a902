package se.motesplats.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 7.1: encrypts the e-mail addresses of accounts that existed before V7, then
 * drops the plaintext column. It is Java because SQL cannot compute the app's HMAC, and a Spring
 * bean (Spring Boot hands JavaMigration beans to Flyway) because it needs the configured keys.
 * It only touches rows without a hash, so a run that stopped halfway can simply run again.
 */
@Component
class ContactEncryptionMigration implements JavaMigration {

    private final ContactCipher cipher;

    ContactEncryptionMigration(ContactCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "account contact encryption of existing rows";
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
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, email from account where email_hash is null");
                PreparedStatement update = connection.prepareStatement(
                        "update account set email_hash = ?, email_encrypted = ? where id = ?")) {
            while (rows.next()) {
                ContactCipher.SealedContact email = cipher.sealEmail(rows.getString("email"));
                update.setString(1, email.hash());
                update.setString(2, email.encrypted());
                update.setLong(3, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("""
                    alter table account
                        modify email_hash char(64) character set ascii collate ascii_bin not null,
                        modify email_encrypted varchar(1500) character set ascii collate ascii_bin not null,
                        drop index uk_account_email,
                        drop column email""");
        }
    }
}
