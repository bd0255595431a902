package se.motesplats.volunteering;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.security.AuditLog;

/**
 * Retention of concerns: a concern coordinators marked handled is deleted, what it said and who
 * reported it, three years after it was handled (configurable). Concerns not yet handled stay until
 * they are. The audit log keeps that it was reported, read and handled, by id only, and the
 * deletion itself. Harmless when every node runs it.
 */
@Component
class ConcernRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final Period keptFor;

    ConcernRetention(JdbcClient jdbc, Clock clock, AuditLog audit, @Value("${motesplats.privacy.concerns-kept-for:P3Y}") Period keptFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${motesplats.privacy.retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
    @Transactional
    public int forgetHandled() {
        Instant before = clock.instant().atZone(ZoneOffset.UTC).minus(keptFor).toInstant();
        int forgotten = jdbc.sql("delete from volunteer_concern where handled_at < :before").param("before", before).update();
        if (forgotten > 0) {
            audit.changed("volunteering.concerns-forgotten", "concerns", null, forgotten + " handled before " + before);
        }
        return forgotten;
    }
}
