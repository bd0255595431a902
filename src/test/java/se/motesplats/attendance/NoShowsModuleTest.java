package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.signup.MySignup;
import se.motesplats.signup.OfferReason;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/**
 * The day after each meeting, people with a place who neither came nor said they could not come
 * are no-shows; the third in a row asks them whether they still want the place.
 */
class NoShowsModuleTest extends ModuleTestBase {

    @Autowired NoShows noShows;
    @Autowired SignupService signups;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long person(String name) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
    }

    private MySignup signupOf(long person, long activityId) {
        return callAs(person, () -> signups.mineFor(activityId).getFirst(), Roles.PARTICIPANT);
    }

    private void dayAfter(OccurrenceView meeting) {
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), Zones.STOCKHOLM).plusDays(1);
        clock.advance(Duration.between(clock.instant(), day.atStartOfDay(Zones.STOCKHOLM).plusHours(3).toInstant()));
        noShows.evaluate();
    }

    private void checkedIn(long meetingId, long person) {
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                values (?, ?, ?, false, true, current_timestamp(3), 'QR')""")
                .params(meetingId, Attendee.person(person).key(), person).update();
    }

    private int noShowsOf(long signupId) {
        return jdbc.sql("select count(*) from attendance_no_show where signup_id = ?").param(signupId).query(Integer.class).single();
    }

    @Test
    void threeMissedMeetingsInARowAskWhetherThePlaceIsStillWanted() {
        PublishedActivities.Published circle = published.weekly("Syjunta", 2, false);
        List<OccurrenceView> meetings = activities.signupTerms(circle.activityId()).orElseThrow().comingMeetings();
        long amal = person("Amal");
        long rahel = person("Rahel");
        long waiting = person("Hodan");
        for (long person : List.of(amal, rahel, waiting)) {
            as(person, () -> signups.signUp(circle.activityId(), null, List.of()), Roles.PARTICIPANT);
        }
        long amalsSignup = signupOf(amal, circle.activityId()).signupId();
        long rahelsSignup = signupOf(rahel, circle.activityId()).signupId();

        // Amal never comes. Rahel comes, says once beforehand that she cannot, and comes again.
        checkedIn(meetings.get(0).id(), rahel);
        dayAfter(meetings.get(0));
        as(rahel, () -> signups.cannotComeTo(rahelsSignup, meetings.get(1).id()), Roles.PARTICIPANT);
        dayAfter(meetings.get(1));
        assertThat(signupOf(amal, circle.activityId()).offered()).as("two in a row: not yet").isFalse();
        checkedIn(meetings.get(2).id(), rahel);
        dayAfter(meetings.get(2));
        noShows.evaluate();

        assertThat(noShowsOf(amalsSignup)).as("each meeting counted once").isEqualTo(3);
        assertThat(noShowsOf(rahelsSignup)).isZero();
        MySignup asked = signupOf(amal, circle.activityId());
        assertThat(asked.offerReason()).isEqualTo(OfferReason.NO_SHOWS);
        assertThat(asked.offeredUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(jdbc.sql("select count(*) from notification_delivery where once_key like ?").param("still-coming:" + amalsSignup + ":%")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(signupOf(rahel, circle.activityId()).offered()).isFalse();
        assertThat(signupOf(waiting, circle.activityId()).status()).isEqualTo(SignupStatus.WAITLISTED);

        // she says yes: the place is hers, and the count starts again
        as(amal, () -> signups.acceptOffer(amalsSignup), Roles.PARTICIPANT);
        assertThat(signupOf(amal, circle.activityId()).offered()).isFalse();
        dayAfter(meetings.get(3));
        assertThat(signupOf(amal, circle.activityId()).offered()).as("one no-show after the yes").isFalse();
    }
}
