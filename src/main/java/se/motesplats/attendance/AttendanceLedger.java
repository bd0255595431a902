package se.motesplats.attendance;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was present at meetings, for the funding module's claims: attendance keys only (an account,
 * a companion of a sign-up, a walk-in), no names. It checks no caller; funding checks that the
 * caller may see the activity before it asks.
 */
@Service
public class AttendanceLedger {

    private final JdbcClient jdbc;

    AttendanceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Presence> presentAt(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select occurrence_id, attendee, leader from attendance where present and occurrence_id in (:meetings)")
                .param("meetings", meetingIds)
                .query((row, number) -> new Presence(row.getLong("occurrence_id"), row.getString("attendee"), row.getBoolean("leader")))
                .list();
    }
}
