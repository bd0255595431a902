package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class AuditLogModuleTest extends ModuleTestBase {

    @Autowired AuditLog audit;
    @Autowired AccountService accounts;
    @Autowired SignupService signups;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long person(String firstName, String... roles) {
        return accounts.ensureAccount(firstName.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", firstName,
                SupportedLanguage.TIGRINYA, List.of(roles));
    }

    private AuditLog.AuditSearch about(long person) {
        return new AuditLog.AuditSearch(person, null, "", clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void changesToSignupsAndStaffReadsAreLoggedWithWhoDidItAndAdministratorsFindThem() {
        PublishedActivities.Published activity = published.weekly("Fotboll för revision", 10, false);
        long selam = person("Selam", Roles.PARTICIPANT);
        long admin = person("Ingrid", Roles.ADMINISTRATOR);
        long signupId = callAs(selam, () -> signups.signUp(activity.activityId(), null, List.of()).signupId(), Roles.PARTICIPANT);
        as(selam, () -> signups.cancel(signupId), Roles.PARTICIPANT);
        as(activity.leaderId(), () -> signups.participants(activity.activityId()), Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);

        List<AuditLog.AuditEntry> aboutSelam = callAs(admin, () -> audit.search(about(selam)), Roles.ADMINISTRATOR);
        assertThat(aboutSelam).extracting(AuditLog.AuditEntry::action)
                .containsExactly("signup.signup-cancelled", "signup.place-confirmed");
        assertThat(aboutSelam).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(selam);
            assertThat(entry.subject()).isEqualTo("signup:" + signupId);
        });
        List<AuditLog.AuditEntry> reads = callAs(admin, () -> audit.search(new AuditLog.AuditSearch(null, activity.leaderId(),
                "signup.participants", clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)))), Roles.ADMINISTRATOR);
        assertThat(reads).singleElement().satisfies(read -> assertThat(read.subject()).isEqualTo("activity:" + activity.activityId()));

        StringWriter csv = new StringWriter();
        as(admin, () -> audit.exportCsv(about(selam), csv), Roles.ADMINISTRATOR);
        assertThat(csv.toString().lines().toList()).hasSize(3).first().isEqualTo("id,at,actor_id,action,subject,person_id,detail");
        assertThat(csv.toString()).contains("signup.place-confirmed", "signup:" + signupId).doesNotContain("Selam");

        assertThatThrownBy(() -> as(selam, () -> audit.search(about(selam)), Roles.PARTICIPANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long person = person("Meron", Roles.PARTICIPANT);
        long admin = person("Ingrid", Roles.ADMINISTRATOR);
        as(admin, () -> accounts.protectIdentity(person, "Stjärna"), Roles.ADMINISTRATOR);
        long entry = jdbc.sql("select id from audit_event where person_id = ? and action = 'security.identity-protected'").param(person)
                .query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'nothing' where id = ?").param(entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select action from audit_event where id = ?").param(entry).query(String.class).single())
                .isEqualTo("security.identity-protected");
    }
}
