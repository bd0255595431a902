package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class AttendanceRetentionModuleTest extends ModuleTestBase {

    @Autowired AttendanceRetention retention;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private void attended(long meeting, String attendee, Long accountId, String walkInName) {
        Instant at = clock.instant();
        jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, walk_in_name, present, checked_in_at, method, recorded_by) "
                + "values (?, ?, ?, ?, true, ?, 'ROLL_CALL', ?)").params(meeting, attendee, accountId, walkInName, at, accountId).update();
        jdbc.sql("insert into attendance_mark (client_id, occurrence_id, attendee, kind, method, marked_at, received_at, walk_in_name) "
                + "values (?, ?, ?, 'PRESENT', 'ROLL_CALL', ?, ?, ?)").params(UUID.randomUUID().toString(), meeting, attendee, at, at, walkInName)
                .update();
    }

    @Test
    void attendanceOlderThanSevenYearsKeepsItsCountsButNoLongerLeadsToAnyone() {
        PublishedActivities.Published activity = published.weekly("Gammal läxhjälp", 20, false);
        List<Long> meetings = jdbc.sql("select id from occurrence where activity_id = ? order by starts_at").param(activity.activityId())
                .query(Long.class).list();
        long old = meetings.get(0);
        long recent = meetings.get(1);
        Instant eightYearsAgo = clock.instant().minus(Duration.ofDays(8 * 366));
        jdbc.sql("update occurrence set starts_at = ?, ends_at = ? where id = ?")
                .params(eightYearsAgo, eightYearsAgo.plus(Duration.ofHours(2)), old).update();
        long leader = activity.leaderId();
        attended(old, "p" + leader, leader, null);
        attended(old, "w" + UUID.randomUUID(), null, "Abdi");
        attended(recent, "p" + leader, leader, null);

        retention.anonymiseOld();
        retention.anonymiseOld();

        List<Map<String, Object>> oldRows = jdbc.sql("select attendee, account_id, walk_in_name, recorded_by, present from attendance where occurrence_id = ?")
                .param(old).query().listOfRows();
        assertThat(oldRows).hasSize(2).allSatisfy(row -> {
            assertThat((String) row.get("attendee")).startsWith("x").hasSize(33);
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("walk_in_name")).isNull();
            assertThat(row.get("recorded_by")).isNull();
            assertThat(row.get("present")).isEqualTo(true);
        });
        assertThat(jdbc.sql("select count(*) from attendance_mark where occurrence_id = ?").param(old).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select attendee from attendance where occurrence_id = ?").param(recent).query(String.class).single())
                .as("recent attendance is untouched").isEqualTo("p" + leader);
        assertThat(jdbc.sql("select count(*) from attendance_mark where occurrence_id = ?").param(recent).query(Integer.class).single()).isOne();
    }
}
