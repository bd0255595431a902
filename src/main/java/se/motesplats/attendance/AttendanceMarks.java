package se.motesplats.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The marks and what they add up to, in SQL. {@link #addAll} locks the people's attendance rows
 * before it looks at their marks, so marks from several phones and nodes apply one at a time.
 */
@Component
class AttendanceMarks {

    private final JdbcClient jdbc;

    AttendanceMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A checked mark to store, for the person it turned out to be about (a registered walk-in is their account). */
    record New(Mark mark, Attendee attendee, CheckInMethod method) {
    }

    /** Adds a mark unless its client id was seen before; returns whether it was new. Call inside a transaction. */
    boolean add(Mark mark, Attendee attendee, CheckInMethod method, @Nullable Long recordedBy, Instant receivedAt) {
        return !addAll(List.of(new New(mark, attendee, method)), recordedBy, receivedAt).isEmpty();
    }

    /**
     * Adds the marks whose client ids were not seen before and returns those ids. Set-wise, so that a
     * phone's batch costs five statements however many marks it holds: the people's rows are upserted
     * first, in (meeting, person) order, which takes their exclusive locks at once and in the same
     * order in every batch (a shared lock first would deadlock two phones); under those locks the
     * client ids are looked up, the new marks inserted, and each person's marks summed up again and
     * written back together. A client id reused for someone else fails on the primary key, and the
     * retried transaction then finds it. Call inside a transaction.
     */
    Set<UUID> addAll(List<New> marks, @Nullable Long recordedBy, Instant receivedAt) {
        if (marks.isEmpty()) {
            return Set.of();
        }
        Map<Person, @Nullable String> people = new TreeMap<>();
        for (New mark : marks) {
            Person person = new Person(mark.mark().meetingId(), mark.attendee().key());
            if (people.get(person) == null) {
                people.put(person, mark.mark().walkInName());
            }
        }
        jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, walk_in_name) values "
                        + String.join(", ", Collections.nCopies(people.size(), "(?, ?, ?, ?)"))
                        + " on duplicate key update walk_in_name = coalesce(walk_in_name, values(walk_in_name))")
                .params(people.entrySet().stream().flatMap(person -> java.util.stream.Stream.of(person.getKey().meetingId(),
                        person.getKey().attendee(), new Attendee(person.getKey().attendee()).accountId(), person.getValue())).toList())
                .update();
        Map<UUID, New> fresh = new LinkedHashMap<>();
        marks.forEach(mark -> fresh.putIfAbsent(mark.mark().clientId(), mark));
        if (fresh.size() == 1) {
            // one mark (a scan, a single tap): the primary key answers "seen before" as it is inserted
            if (insert(fresh.values(), "insert ignore", recordedBy, receivedAt) == 0) {
                return Set.of();
            }
        } else {
            jdbc.sql("select client_id from attendance_mark where client_id in (:clients)")
                    .param("clients", fresh.keySet().stream().map(UUID::toString).toList()).query(String.class).list()
                    .forEach(seen -> fresh.remove(UUID.fromString(seen)));
            if (fresh.isEmpty()) {
                return Set.of();
            }
            insert(fresh.values(), "insert", recordedBy, receivedAt);
        }
        Set<Person> changed = new TreeSet<>();
        fresh.values().forEach(mark -> changed.add(new Person(mark.mark().meetingId(), mark.attendee().key())));
        Map<Person, List<AttendanceState.Entry>> entries = new HashMap<>();
        jdbc.sql("""
                select occurrence_id, attendee, kind, marked_at, method, recorded_by, leader from attendance_mark
                where occurrence_id in (:meetings) and attendee in (:attendees)""")
                .param("meetings", changed.stream().map(Person::meetingId).distinct().toList())
                .param("attendees", changed.stream().map(Person::attendee).distinct().toList())
                .query(row -> {
                    Person person = new Person(row.getLong("occurrence_id"), row.getString("attendee"));
                    if (changed.contains(person)) {
                        entries.computeIfAbsent(person, key -> new ArrayList<>()).add(new AttendanceState.Entry(
                                Mark.Kind.valueOf(row.getString("kind")), row.getTimestamp("marked_at").toInstant(),
                                CheckInMethod.valueOf(row.getString("method")), (Long) row.getObject("recorded_by", Long.class),
                                row.getBoolean("leader")));
                    }
                });
        // every changed person's row again in one statement; the rows exist and are locked, so the
        // upsert always updates (and fires the same update triggers as an update would)
        List<@Nullable Object> states = new ArrayList<>();
        for (Person person : changed) {
            AttendanceState state = AttendanceState.of(entries.getOrDefault(person, List.of()));
            states.addAll(java.util.Arrays.asList(person.meetingId(), person.attendee(), state.present(),
                    state.checkedInAt() == null ? null : Timestamp.from(state.checkedInAt()),
                    state.method() == null ? null : state.method().name(), state.recordedBy(), state.leader()));
        }
        jdbc.sql("insert into attendance (occurrence_id, attendee, present, checked_in_at, method, recorded_by, leader) values "
                        + String.join(", ", Collections.nCopies(changed.size(), "(?, ?, ?, ?, ?, ?, ?)"))
                        + " on duplicate key update present = values(present), checked_in_at = values(checked_in_at),"
                        + " method = values(method), recorded_by = values(recorded_by), leader = values(leader)")
                .params(states).update();
        return fresh.keySet();
    }

    /** One person at one meeting, ordered as their rows are locked. */
    private record Person(long meetingId, String attendee) implements Comparable<Person> {

        @Override
        public int compareTo(Person other) {
            int byMeeting = Long.compare(meetingId, other.meetingId);
            return byMeeting != 0 ? byMeeting : attendee.compareTo(other.attendee);
        }
    }

    private int insert(java.util.Collection<New> marks, String verb, @Nullable Long recordedBy, Instant receivedAt) {
        return jdbc.sql(verb + " into attendance_mark (client_id, occurrence_id, attendee, kind, method, leader, marked_at, received_at,"
                        + " recorded_by, walk_in_name) values "
                        + String.join(", ", Collections.nCopies(marks.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(marks.stream().flatMap(mark -> java.util.stream.Stream.<@Nullable Object>of(mark.mark().clientId().toString(),
                        mark.mark().meetingId(), mark.attendee().key(), mark.mark().kind().name(), mark.method().name(),
                        mark.mark().leader(), Timestamp.from(mark.mark().at()), Timestamp.from(receivedAt), recordedBy,
                        mark.mark().walkInName())).toList())
                .update();
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

    /** Which of these people have been marked at a meeting before: what a sync needs to know of them, without the rows. */
    Set<String> markedAmong(long meetingId, java.util.Collection<String> attendees) {
        if (attendees.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select attendee from attendance where occurrence_id = :meeting and attendee in (:attendees)")
                .param("meeting", meetingId).param("attendees", List.copyOf(attendees)).query(String.class).list());
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
