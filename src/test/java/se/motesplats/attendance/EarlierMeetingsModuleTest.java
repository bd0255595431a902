package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class EarlierMeetingsModuleTest extends ModuleTestBase {

    @Autowired AttendanceService attendance;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long coordinator(String municipality) {
        long id = accounts.ensureAccount("samordnare-" + UUID.randomUUID() + "@motesplats.test", "Sanna", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(id, List.of(municipality)));
        return id;
    }

    @Test
    void coordinatorsFindTheirAreasEarlierMeetingsWithHowManyCame() {
        PublishedActivities.Published activity = published.weekly("Tidigare träff att rätta", 20, false);
        long meeting = jdbc.sql("select min(id) from occurrence where activity_id = ?").param(activity.activityId()).query(Long.class).single();
        Instant lastWeek = clock.instant().minus(Duration.ofDays(6));
        jdbc.sql("update occurrence set starts_at = ?, ends_at = ? where id = ?").params(lastWeek, lastWeek.plus(Duration.ofHours(2)), meeting)
                .update();
        jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, present, checked_in_at, method) values (?, ?, ?, true, ?, 'QR')")
                .params(meeting, "p" + activity.leaderId(), activity.leaderId(), lastWeek).update();
        long lund = coordinator("1281");
        long elsewhere = coordinator("1280");

        List<AttendanceService.EarlierMeeting> mine = callAs(lund, () -> attendance.earlierMeetings(8, SupportedLanguage.SWEDISH), Roles.COORDINATOR);
        assertThat(mine).filteredOn(earlier -> earlier.meeting().meetingId() == meeting).singleElement()
                .satisfies(earlier -> assertThat(earlier.present()).isEqualTo(1));
        assertThat(mine).as("only meetings that have begun").allSatisfy(earlier -> assertThat(earlier.meeting().startsAt()).isBefore(clock.instant()));
        assertThat(callAs(elsewhere, () -> attendance.earlierMeetings(8, SupportedLanguage.SWEDISH), Roles.COORDINATOR))
                .noneMatch(earlier -> earlier.meeting().activityId() == activity.activityId());
        assertThatThrownBy(() -> callAs(activity.leaderId(), () -> attendance.earlierMeetings(8, SupportedLanguage.SWEDISH),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER)).isInstanceOf(AccessDeniedException.class);
    }
}
