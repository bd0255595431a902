package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.SentMessage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/** Notices reach people in their own language through the queue; reminders go out once per meeting and lead time. */
class SignupNoticesModuleTest extends ModuleTestBase {

    @Autowired SignupService signups;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired MeetingReminders reminders;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    private String address(String name) {
        return name + "-" + UUID.randomUUID() + "@motesplats.test";
    }

    private List<SentMessage> sentTo(String address) {
        while (notifications.sendDue() > 0) {
            // the storm test of another class may have left many notices queued
        }
        return outbox.latestTo(address);
    }

    @Test
    void thePromotedPersonHearsInTheirOwnLanguage() {
        var activity = published.weekly("Språkkafé", 1, false);
        String firstAddress = address("first");
        String waitingAddress = address("waiting");
        long first = accounts.ensureAccount(firstAddress, "Hodan", SupportedLanguage.SOMALI, List.of());
        long waiting = accounts.ensureAccount(waitingAddress, "Amal", SupportedLanguage.ARABIC, List.of());
        long[] firstSignup = new long[1];
        as(first, () -> firstSignup[0] = signups.signUp(activity.activityId(), null, List.of()).signupId(), Roles.PARTICIPANT);
        as(waiting, () -> signups.signUp(activity.activityId(), null, List.of()), Roles.PARTICIPANT);
        assertThat(sentTo(waitingAddress)).singleElement().satisfies(message -> assertThat(message.subject()).contains("مقهى"));

        as(first, () -> signups.cancel(firstSignup[0]), Roles.PARTICIPANT);

        List<SentMessage> toWaiting = sentTo(waitingAddress);
        assertThat(toWaiting).hasSize(2);
        assertThat(toWaiting.getFirst().text()).as("newest first: the promotion, in Arabic")
                .contains("Amal").doesNotContain("Hej").contains("/activities/" + activity.activityId());
    }

    @Test
    void remindersGoOutOncePerMeetingAndLeadTime() {
        var activity = published.weekly("Läxhjälp", null, false);
        String address = address("reminded");
        long person = accounts.ensureAccount(address, "Rahel", SupportedLanguage.TIGRINYA, List.of());
        as(person, () -> signups.signUp(activity.activityId(), null, List.of()), Roles.PARTICIPANT);
        OccurrenceView first = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().stream()
                .filter(meeting -> meeting.startsAt().isAfter(clock.instant().plus(Duration.ofHours(25)))).findFirst().orElseThrow();
        int before = sentTo(address).size();

        Instant dayBefore = first.startsAt().minus(Duration.ofHours(23));
        clock.advance(Duration.between(clock.instant(), dayBefore));
        reminders.remind();
        reminders.remind();
        assertThat(sentTo(address)).hasSize(before + 1);

        clock.advance(Duration.ofHours(22));
        reminders.remind();
        assertThat(sentTo(address)).hasSize(before + 2);
        assertThat(jdbc.sql("select count(*) from notification_delivery where once_key like :key")
                .param("key", "reminder:%:%:" + first.id()).query(Integer.class).single()).isEqualTo(2);
    }
}
