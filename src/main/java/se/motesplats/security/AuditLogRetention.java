package se.motesplats.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of the audit log: entries older than five years (configurable, never shorter) are
 * deleted nightly, and the deletion is itself an entry. The database refuses to delete anything
 * younger than five years by its own clock (migration V31), so the delete also stays below that
 * line: where the app's clock runs ahead of the database's, a row on the line waits a night instead
 * of failing the whole delete. Harmless when every node runs it.
 */
@Component
class AuditLogRetention {

    /** What the trigger of V31 keeps whatever is configured; a shorter retention needs a migration. */
    static final Period DATABASE_FLOOR = Period.ofYears(5);
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final Period keptFor;

    AuditLogRetention(JdbcClient jdbc, Clock clock, AuditLog audit,
            @Value("${motesplats.privacy.audit-log-kept-for:P5Y}") Period keptFor) {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (reference.plus(keptFor).isBefore(reference.plus(DATABASE_FLOOR))) {
            throw new IllegalStateException("motesplats.privacy.audit-log-kept-for is " + keptFor
                    + ", but the database keeps audit entries for " + DATABASE_FLOOR + " (migration V31): set at least that");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${motesplats.privacy.retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
    @Transactional
    public int forgetOld() {
        Instant before = clock.instant().atZone(ZoneOffset.UTC).minus(keptFor).toInstant();
        int forgotten = jdbc.sql("delete from audit_event where at < :before and at < now(6) - interval 5 year")
                .param("before", before).update();
        if (forgotten > 0) {
            audit.changed("security.audit-entries-forgotten", "audit_event", null, forgotten + " entries before " + before);
            LOG.info("Deleted {} audit entries older than {}", forgotten, keptFor);
        }
        return forgotten;
    }
}
