package se.motesplats.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The marks and what they add up to, in SQL. {@link #add} locks the person's attendance row
 * before it looks at their marks, so marks from several phones and nodes apply one at a time.
 */
@Component
class AttendanceMarks {

    private final JdbcClient jdbc;

    AttendanceMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a mark unless its client id was seen before; returns whether it was new. Call inside a transaction. */
    boolean add(Mark mark, Attendee attendee, CheckInMethod method, @Nullable Long recordedBy, Instant receivedAt) {
        // the upsert takes the row's exclusive lock at once (a shared lock first would deadlock two phones)
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, walk_in_name) values (:meeting, :attendee, :account, :name)
                on duplicate key update walk_in_name = coalesce(walk_in_name, :name)""")
                .param("meeting", mark.meetingId()).param("attendee", attendee.key()).param("account", attendee.accountId())
                .param("name", mark.walkInName()).update();
        // seen before? the primary key answers as the mark is inserted: a replayed client id inserts nothing
        // (the person's row lock serialises replays; the meeting and the person were checked by the caller, so the
        // key is the one thing that can make the insert be ignored)
        int inserted = jdbc.sql("""
                insert ignore into attendance_mark (client_id, occurrence_id, attendee, kind, method, leader, marked_at, received_at,
                                                    recorded_by, walk_in_name)
                values (:client, :meeting, :attendee, :kind, :method, :leader, :at, :received, :by, :name)""")
                .param("client", mark.clientId().toString()).param("meeting", mark.meetingId()).param("attendee", attendee.key())
                .param("kind", mark.kind().name()).param("method", method.name()).param("leader", mark.leader())
                .param("at", Timestamp.from(mark.at())).param("received", Timestamp.from(receivedAt)).param("by", recordedBy)
                .param("name", mark.walkInName()).update();
        if (inserted == 0) {
            return false;
        }
        AttendanceState state = AttendanceState.of(jdbc.sql("""
                select kind, marked_at, method, recorded_by, leader from attendance_mark
                where occurrence_id = :meeting and attendee = :attendee""")
                .param("meeting", mark.meetingId()).param("attendee", attendee.key())
                .query((row, number) -> new AttendanceState.Entry(Mark.Kind.valueOf(row.getString("kind")),
                        row.getTimestamp("marked_at").toInstant(), CheckInMethod.valueOf(row.getString("method")),
                        (Long) row.getObject("recorded_by", Long.class), row.getBoolean("leader")))
                .list());
        jdbc.sql("""
                update attendance set present = :present, checked_in_at = :at, method = :method, recorded_by = :by,
                                      leader = :leader
                where occurrence_id = :meeting and attendee = :attendee""")
                .param("present", state.present()).param("at", state.checkedInAt() == null ? null : Timestamp.from(state.checkedInAt()))
                .param("method", state.method() == null ? null : state.method().name()).param("by", state.recordedBy())
                .param("leader", state.leader()).param("meeting", mark.meetingId()).param("attendee", attendee.key()).update();
        return true;
    }

    /** Whether a mark with this client id is stored already. */
    boolean seen(java.util.UUID clientId) {
        return jdbc.sql("select count(*) from attendance_mark where client_id = :client").param("client", clientId.toString())
                .query(Integer.class).single() > 0;
    }

    /** A row of the attendance table. */
    record Row(Attendee attendee, @Nullable Long accountId, @Nullable String walkInName, boolean leader, boolean present,
            @Nullable Instant checkedInAt, @Nullable CheckInMethod method) {
    }

    /** How many are present at each of these meetings; meetings nobody came to are left out. */
    Map<Long, Integer> presentCounts(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select occurrence_id, count(*) as present from attendance where present and occurrence_id in (:meetings) group by occurrence_id")
                .param("meetings", meetingIds).query(row -> {
                    counts.put(row.getLong("occurrence_id"), row.getInt("present"));
                });
        return counts;
    }

    /** The keys of everyone who has been marked at a meeting: what a sync needs of it, without the rows. */
    List<String> attendeesOf(long meetingId) {
        return jdbc.sql("select attendee from attendance where occurrence_id = :meeting").param("meeting", meetingId)
                .query(String.class).list();
    }

    /** Everyone who has been marked at a meeting, present now or not. */
    List<Row> of(long meetingId) {
        return jdbc.sql(SELECT_ROW + " where occurrence_id = :meeting order by attendee")
                .param("meeting", meetingId).query(AttendanceMarks::row).list();
    }

    /** One person at one meeting, if they are checked in now. */
    java.util.Optional<Row> present(long meetingId, Attendee attendee) {
        return jdbc.sql(SELECT_ROW + " where occurrence_id = :meeting and attendee = :attendee and present")
                .param("meeting", meetingId).param("attendee", attendee.key()).query(AttendanceMarks::row).optional();
    }

    private static final String SELECT_ROW =
            "select attendee, account_id, walk_in_name, leader, present, checked_in_at, method from attendance";

    private static Row row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Row(new Attendee(row.getString("attendee")), (Long) row.getObject("account_id", Long.class),
                row.getString("walk_in_name"), row.getBoolean("leader"), row.getBoolean("present"),
                row.getTimestamp("checked_in_at") == null ? null : row.getTimestamp("checked_in_at").toInstant(),
                row.getString("method") == null ? null : CheckInMethod.valueOf(row.getString("method")));
    }
}
