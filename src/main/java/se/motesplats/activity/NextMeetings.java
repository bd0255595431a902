package se.motesplats.activity;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves each published activity's next meeting forward once the one on record has begun, so the
 * listing never shows a past meeting as the next. Idempotent, so it may run on every node at once.
 */
@Component
class NextMeetings {

    private final JdbcClient jdbc;
    private final Clock clock;

    NextMeetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motesplats.activity.next-meeting-refresh:PT5M}")
    @Transactional
    public void refreshPassed() {
        refresh("a.next_meeting_at < :now");
    }

    /** Every published activity, whatever is on record (after bulk imports). */
    @Transactional
    public void refreshAll() {
        refresh("true");
    }

    private void refresh(String which) {
        jdbc.sql("""
                update activity a set a.next_meeting_at = (
                    select min(o.starts_at) from occurrence o
                    where o.activity_id = a.id and o.cancelled = false and o.starts_at >= :now)
                where a.status = 'PUBLISHED' and\s""" + which)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
