package se.motesplats.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: once funding audits can no longer ask (default seven years, as for bookkeeping), the
 * attendance of old meetings is made anonymous. Who was there becomes a random key per row, names
 * of walk-ins and who recorded what are removed, and the marks behind the rows are deleted. The
 * counts per meeting stay for statistics. Harmless when every node runs it.
 */
@Component
class AttendanceRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period keptFor;

    AttendanceRetention(JdbcClient jdbc, Clock clock, @Value("${motesplats.privacy.attendance-anonymised-after:P7Y}") Period keptFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${motesplats.privacy.retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
    @Transactional
    public void anonymiseOld() {
        Instant before = clock.instant().atZone(ZoneOffset.UTC).minus(keptFor).toInstant();
        jdbc.sql("""
                delete m from attendance_mark m join occurrence o on o.id = m.occurrence_id where o.starts_at < :before""")
                .param("before", before).update();
        jdbc.sql("""
                update attendance a join occurrence o on o.id = a.occurrence_id
                set a.attendee = concat('x', replace(uuid(), '-', '')), a.account_id = null, a.walk_in_name = null, a.recorded_by = null
                where o.starts_at < :before and a.attendee not like 'x%'""")
                .param("before", before).update();
    }
}
