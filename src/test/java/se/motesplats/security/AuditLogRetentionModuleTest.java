package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class AuditLogRetentionModuleTest extends ModuleTestBase {

    @Autowired AuditLogRetention retention;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    private final String subject = "retention-test:" + UUID.randomUUID();

    private long entryAged(Period age, Duration more) {
        return entryAt(clock.instant().atZone(ZoneOffset.UTC).minus(age).toInstant().minus(more));
    }

    /**
     * Around the five-year line both clocks count: the test clock (the job's) and the database's (the
     * trigger's). The test clock stands still while the run goes on and jumps when tests move it, so an
     * entry meant to be past the line is placed past it by both, and one meant to be short of it short by both.
     */
    private Instant fiveYearsBefore(boolean byTheEarlierClock) {
        Instant database = Instant.ofEpochMilli(jdbc.sql("select round(unix_timestamp(now(6)) * 1000)").query(Long.class).single());
        Instant base = byTheEarlierClock == database.isBefore(clock.instant()) ? database : clock.instant();
        return base.atZone(ZoneOffset.UTC).minusYears(5).toInstant();
    }

    private long entryAt(Instant at) {
        jdbc.sql("insert into audit_event (at, action, subject) values (?, 'test.retention', ?)").params(at, subject).update();
        return jdbc.sql("select max(id) from audit_event where subject = ?").param(subject).query(Long.class).single();
    }

    private List<Long> left() {
        return jdbc.sql("select id from audit_event where subject = ? order by id").param(subject).query(Long.class).list();
    }

    @Test
    void entriesOlderThanFiveYearsGoAndTheDeletionIsItselfAnEntry() {
        long sixYears = entryAged(Period.ofYears(6), Duration.ZERO);
        long justOverFive = entryAt(fiveYearsBefore(true).minus(Duration.ofDays(2)));
        long justUnderFive = entryAt(fiveYearsBefore(false).plus(Duration.ofDays(2)));
        long yesterday = entryAged(Period.ZERO, Duration.ofDays(1));

        assertThat(retention.forgetOld()).isGreaterThanOrEqualTo(2);
        assertThat(retention.forgetOld()).as("nothing more the second night").isZero();

        assertThat(left()).containsExactly(justUnderFive, yesterday).doesNotContain(sixYears, justOverFive);
        assertThat(jdbc.sql("select detail from audit_event where action = 'security.audit-entries-forgotten' order by id desc limit 1")
                .query(String.class).single()).matches("\\d+ entries before .*");
    }

    @Test
    void aLongerRetentionFollowsTheClock() {
        AuditLogRetention sevenYears = new AuditLogRetention(jdbc, clock, audit, Period.ofYears(7));
        long almostSeven = entryAged(Period.ofYears(7), Duration.ofHours(-30));

        // built by hand, so without the bean's transaction: the job runs in one as the timer runs it
        TransactionTemplate nightly = new TransactionTemplate(transactions);
        nightly.executeWithoutResult(status -> sevenYears.forgetOld());
        assertThat(left()).containsExactly(almostSeven);

        clock.advance(Duration.ofHours(31));
        nightly.executeWithoutResult(status -> sevenYears.forgetOld());
        assertThat(left()).as("seven years old a day later").isEmpty();
    }

    @Test
    void theDatabaseStillRefusesToDeleteAnythingYoungerThanFiveYearsOrToChangeAnything() {
        long young = entryAt(fiveYearsBefore(false).plus(Duration.ofDays(2)));
        long old = entryAged(Period.ofYears(6), Duration.ZERO);

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(young).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only for five years");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where subject = ?").param(subject).update())
                .as("a delete that touches a young entry fails whole").isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'nothing' where id = ?").param(old).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(left()).containsExactly(young, old);
    }

    @Test
    void aRetentionShorterThanTheDatabasesFloorIsRefusedAtStart() {
        assertThatThrownBy(() -> new AuditLogRetention(jdbc, clock, audit, Period.ofYears(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audit-log-kept-for");
        assertThatThrownBy(() -> new AuditLogRetention(jdbc, clock, audit, Period.ofYears(5).minusDays(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
