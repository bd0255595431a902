package se.motesplats.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Meeting;

/**
 * Reminds people of their meetings ahead of time (by default 24 hours and 2 hours before). Each
 * meeting gets the reminder of the window it is in: someone who signs up three hours before gets
 * the two-hour reminder only. Runs on one node at a time; a reminder's once-key makes it go out
 * once even if two runs overlap.
 */
@Component
class MeetingReminders {

    private final ActivityService activities;
    private final SignupRepository signups;
    private final SignupNotices notices;
    private final List<Duration> leadTimes;
    private final Clock clock;

    MeetingReminders(ActivityService activities, SignupRepository signups, SignupNotices notices,
            @Value("${motesplats.reminders.lead-times:PT24H,PT2H}") List<Duration> leadTimes, Clock clock) {
        this.activities = activities;
        this.signups = signups;
        this.notices = notices;
        this.leadTimes = leadTimes.stream().sorted(Comparator.reverseOrder()).toList();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motesplats.reminders.check-every:PT5M}")
    @SchedulerLock(name = "meeting-reminders")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        for (int i = 0; i < leadTimes.size(); i++) {
            Duration lead = leadTimes.get(i);
            Duration shorter = i + 1 < leadTimes.size() ? leadTimes.get(i + 1) : Duration.ZERO;
            for (Meeting meeting : activities.meetingsStartingBetween(now.plus(shorter), now.plus(lead))) {
                long occurrenceId = meeting.occurrence().id();
                signups.activeFor(meeting.activityId()).stream()
                        .filter(signup -> signup.hasPlaceAt(occurrenceId))
                        .forEach(signup -> notices.remind(signup, occurrenceId, meeting.occurrence().startsAt(), lead.toString()));
            }
        }
    }
}
