package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.testing.ModuleTestBase;

class ContactEncryptionModuleTest extends ModuleTestBase {

    @Autowired
    AccountService accountService;
    @Autowired
    SignInService signIn;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ContactCipher cipher;
    @Autowired
    ContactEncryptionMigration migration;
    @Autowired
    DevelopmentOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theDatabaseHoldsNoPlaintextAddressAndSignInStillWorks() {
        long id = accountService.ensureAccount(" Secret.Person@Motesplats.test", "Sara", SupportedLanguage.ENGLISH,
                List.of(Roles.PARTICIPANT));

        Map<String, Object> row = jdbc.queryForMap("select * from account where id = ?", id);
        assertThat(row).doesNotContainKey("email");
        assertThat((String) row.get("email_hash")).matches("[0-9a-f]{64}");
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).toLowerCase().contains("secret.person"));
        assertThat((String) row.get("email_encrypted")).startsWith("v1:");
        assertThat(accountService.ensureAccount("secret.person@motesplats.test", "Sara", SupportedLanguage.ENGLISH, List.of()))
                .as("the hash finds the same person").isEqualTo(id);

        signIn.requestCode("SECRET.person@motesplats.test", SupportedLanguage.ENGLISH);
        var message = outbox.latest().getFirst();
        assertThat(message.recipient()).isEqualTo("secret.person@motesplats.test");
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(message.text());
        assertThat(code.find()).isTrue();
        assertThat(signIn.verify("secret.person@motesplats.test", code.group(1)))
                .get().satisfies(person -> assertThat(person.accountId()).isEqualTo(id));
    }

    @Test
    void aPhoneNumberIsStoredTheSameWayAndFindsItsAccount() {
        long id = accountService.ensureAccount("phone.person@motesplats.test", "Pia", SupportedLanguage.ENGLISH, List.of());
        transaction.executeWithoutResult(status ->
                accounts.findById(id).orElseThrow().changePhone(cipher.sealPhone("+46701234567")));

        Map<String, Object> row = jdbc.queryForMap("select phone_hash, phone_encrypted from account where id = ?", id);
        assertThat((String) row.get("phone_hash")).matches("[0-9a-f]{64}");
        assertThat((String) row.get("phone_encrypted")).doesNotContain("701234567");
        transaction.executeWithoutResult(status -> {
            Account found = accounts.findByPhoneHash(cipher.phoneHash("+46701234567")).orElseThrow();
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.phone(cipher)).contains("+46701234567");
        });
    }

    @Test
    void aPhoneOnlyAccountHasNoAddressButEveryAccountHasOneWayToReachIt() {
        String number = "+4670" + "%07d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        accountService.join(number, "Nur", SupportedLanguage.ENGLISH);

        Map<String, Object> row = jdbc.queryForMap("select * from account where phone_hash = ?", cipher.phoneHash(number));
        assertThat(row.get("email_hash")).isNull();
        assertThat(row.get("email_encrypted")).isNull();
        assertThat((String) row.get("phone_encrypted")).startsWith("v1:").doesNotContain(number.substring(3));
        assertThatThrownBy(() -> jdbc.update("insert into account (first_name, preferred_language, created_at) values ('Ingen', 'sv', now())"))
                .as("neither address nor number").isInstanceOf(DataAccessException.class);
    }

    /** A production database from before V7: its plaintext addresses are encrypted, then dropped. */
    @Test
    void migration7Point1EncryptsTheAddressesOfExistingAccounts() {
        jdbc.execute("create database v7_check");
        try {
            // Up to V7 the new columns are empty and nullable: what 7.1 finds in a database with accounts.
            Flyway.configure().dataSource(dataSource).schemas("v7_check").target("7").load().migrate();
            jdbc.update("insert into v7_check.account (email, first_name, preferred_language, created_at) "
                    + "values ('old.timer@motesplats.test', 'Olle', 'sv', now())");

            Flyway.configure().dataSource(dataSource).schemas("v7_check").javaMigrations(migration).load().migrate();

            Map<String, Object> row = jdbc.queryForMap("select * from v7_check.account");
            assertThat(row).doesNotContainKey("email");
            assertThat(row.get("email_hash")).isEqualTo(cipher.emailHash("old.timer@motesplats.test"));
            assertThat(cipher.decrypt((String) row.get("email_encrypted"))).isEqualTo("old.timer@motesplats.test");
        } finally {
            jdbc.execute("drop database v7_check");
        }
    }
}
