package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.SmsReplyReceived;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.NewPhoneNumber;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/** A reminder by SMS, answered "2": the drop-in place goes to the next in the queue or the absence is noted; "1" takes it back; "STOP" ends text messages. */
class SmsRepliesModuleTest extends ModuleTestBase {

    @Autowired SignupService signups;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired MeetingReminders reminders;
    @Autowired ApplicationEventPublisher events;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired Absences absences;

    @Test
    void replyingTwoFreesTheDropInPlaceAndStopEndsTextMessages() {
        long activity = published.weekly("Öppen volleyboll", 1, true).activityId();
        OccurrenceView meeting = activities.signupTerms(activity).orElseThrow().comingMeetings().stream()
                .filter(coming -> coming.startsAt().isAfter(clock.instant().plus(Duration.ofHours(25)))).findFirst().orElseThrow();
        String phone = "+4670" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        long amal = accounts.ensureAccount("amal-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
        long dilan = accounts.ensureAccount("dilan-" + UUID.randomUUID() + "@motesplats.test", "Dilan", SupportedLanguage.KURDISH_KURMANJI,
                List.of(Roles.PARTICIPANT));
        as(amal, () -> {
            NewPhoneNumber.confirmed(accounts, jdbc, phone.replace("+46", "0"));
            accounts.notifyBy(MessageChannel.SMS);
            signups.signUp(activity, meeting.id(), List.of());
        }, Roles.PARTICIPANT);
        as(dilan, () -> signups.signUp(activity, meeting.id(), List.of()), Roles.PARTICIPANT);

        clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofHours(23))));
        reminders.remind();
        while (notifications.sendDue() > 0) {
            // send everything queued
        }
        assertThat(outbox.latestTo(phone)).first().satisfies(sms -> {
            assertThat(sms.channel()).isEqualTo(MessageChannel.SMS);
            assertThat(sms.text()).isNotBlank();
        });

        events.publishEvent(new SmsReplyReceived(phone, " 2 ", clock.instant()));

        as(amal, () -> assertThat(signups.mineFor(activity)).isEmpty(), Roles.PARTICIPANT);
        as(dilan, () -> assertThat(signups.mineFor(activity)).singleElement().extracting(MySignup::status)
                .isEqualTo(SignupStatus.CONFIRMED), Roles.PARTICIPANT);

        events.publishEvent(new SmsReplyReceived(phone, "stopp", clock.instant()));
        assertThat(accounts.contactOf(amal).orElseThrow().notifyBy()).isEqualTo(MessageChannel.EMAIL);
    }

    @Test
    void aTwoInArabicDigitsNotesTheAbsenceAndAOneTakesItBack() {
        long activity = published.weekly("Syjunta", 10, false).activityId();
        OccurrenceView meeting = activities.signupTerms(activity).orElseThrow().comingMeetings().stream()
                .filter(coming -> coming.startsAt().isAfter(clock.instant().plus(Duration.ofHours(25)))).findFirst().orElseThrow();
        String phone = "+4670" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        long hana = accounts.ensureAccount("hana-" + UUID.randomUUID() + "@motesplats.test", "Hana", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
        long signup = callAs(hana, () -> {
            NewPhoneNumber.confirmed(accounts, jdbc, phone.replace("+46", "0"));
            accounts.notifyBy(MessageChannel.SMS);
            signups.signUp(activity, null, List.of());
            return signups.mineFor(activity).getFirst().signupId();
        }, Roles.PARTICIPANT);
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofHours(23))));
        reminders.remind();
        while (notifications.sendDue() > 0) {
            // send everything queued
        }

        events.publishEvent(new SmsReplyReceived(phone, "٢", clock.instant()));
        assertThat(absences.isAway(signup, meeting.id())).as("the place is kept, the absence noted").isTrue();
        as(hana, () -> assertThat(signups.mineFor(activity)).singleElement().extracting(MySignup::status)
                .isEqualTo(SignupStatus.CONFIRMED), Roles.PARTICIPANT);

        events.publishEvent(new SmsReplyReceived(phone, "1", clock.instant()));
        assertThat(absences.isAway(signup, meeting.id())).as("coming after all").isFalse();
    }
}
