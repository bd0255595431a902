package se.motesplats.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Meeting;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.signup.ExpectedPerson;
import se.motesplats.signup.SignupService;

/**
 * The day after a meeting (leaders may correct the roll call until the day is over), everyone who
 * held a place and neither checked in nor said they could not come becomes a no-show. After
 * {@code motesplats.attendance.no-shows-before-asking} no-shows in a row (0: never) the person is
 * asked whether they still want the place; a check-in ends the streak, a "cannot come" leaves it as
 * it was. Each meeting is counted once, whichever node runs the job.
 */
@Component
class NoShows {

    /** Meetings further back than this are not looked at again (a node that was down catches up this far). */
    static final Duration LOOK_BACK = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final SignupService signups;
    private final Clock clock;
    private final int askAfter;

    NoShows(JdbcClient jdbc, ActivityService activities, SignupService signups, Clock clock,
            @Value("${motesplats.attendance.no-shows-before-asking:3}") int askAfter) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.signups = signups;
        this.clock = clock;
        this.askAfter = askAfter;
    }

    @Scheduled(fixedDelayString = "${motesplats.attendance.no-shows-every:PT1H}")
    @SchedulerLock(name = "no-shows")
    @Transactional
    public void evaluate() {
        Instant todayStarts = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).atStartOfDay(Zones.STOCKHOLM).toInstant();
        List<Meeting> over = activities.meetingsStartingBetween(todayStarts.minus(LOOK_BACK), todayStarts).stream()
                .filter(meeting -> !meeting.occurrence().cancelled()).toList();
        for (Meeting meeting : over) {
            long occurrenceId = meeting.occurrence().id();
            if (jdbc.sql("insert ignore into attendance_meeting_evaluated (occurrence_id, evaluated_at) values (?, ?)")
                    .params(occurrenceId, clock.instant()).update() == 0) {
                continue;
            }
            Set<String> present = new HashSet<>(jdbc.sql("select attendee from attendance where occurrence_id = ? and present")
                    .param(occurrenceId).query(String.class).list());
            SystemActor.runAsAdministrator(() -> {
                for (ExpectedPerson expected : signups.expectedAt(meeting.activityId(), occurrenceId)) {
                    if (present.contains(Attendee.person(expected.accountId()).key())) {
                        setStreak(expected.signupId(), 0);
                    } else if (!expected.saidCannotCome()) {
                        noShow(occurrenceId, expected);
                    }
                }
            });
        }
    }

    private void noShow(long occurrenceId, ExpectedPerson expected) {
        jdbc.sql("insert ignore into attendance_no_show (occurrence_id, signup_id, account_id) values (?, ?, ?)")
                .params(occurrenceId, expected.signupId(), expected.accountId()).update();
        int streak = jdbc.sql("select streak from attendance_no_show_streak where signup_id = ?").param(expected.signupId())
                .query(Integer.class).optional().orElse(0) + 1;
        if (askAfter > 0 && streak >= askAfter && signups.askIfStillComing(expected.signupId())) {
            streak = 0;
        }
        setStreak(expected.signupId(), streak);
    }

    private void setStreak(long signupId, int streak) {
        jdbc.sql("""
                insert into attendance_no_show_streak (signup_id, streak, updated_at) values (:signup, :streak, :now)
                on duplicate key update streak = :streak, updated_at = :now""")
                .param("signup", signupId).param("streak", streak).param("now", clock.instant()).update();
    }
}
