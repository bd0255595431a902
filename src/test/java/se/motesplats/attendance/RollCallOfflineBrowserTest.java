package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.Notifications;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.SwitchableProxy;
import se.motesplats.testing.TestClock;

/**
 * The leader's phone loses the network in the middle of the roll call: ten taps are kept on the
 * phone, the page opens again after a reload with no server at all, and when the server is back
 * the ten check-ins are stored, once each. The server is cut off by a relay in front of it, so
 * that the service worker's own requests cannot reach it either.
 */
class RollCallOfflineBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired SignupService signups;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired TranslationProvider translations;

    @Test
    void tenTapsWithNoNetworkSurviveAReloadAndArriveOnceWhenTheServerIsBack() throws Exception {
        PublishedActivities.Published activity = published.weekly("Språkkafé", 40, false);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        List<Long> people = IntStream.range(0, 10).mapToObj(i -> accounts.ensureAccount("deltagare-" + UUID.randomUUID()
                + "@motesplats.test", "Deltagare" + i, SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT))).toList();
        people.forEach(person -> ModuleTestBase.runAs(person, () -> signups.signUp(activity.activityId(), null, List.of()),
                Roles.PARTICIPANT));
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().plus(Duration.ofMinutes(3))));

        try (SwitchableProxy proxy = new SwitchableProxy(port)) {
            String base = "http://localhost:" + proxy.port() + "/";
            Page leader = phone("sv");
            // the phone's clock says it is the meeting's day, as the server's does
            leader.clock().setFixedTime(clock.instant().toEpochMilli());
            signIn(leader, activity.leaderEmail());
            leader.navigate(base + "leading-today");
            leader.waitForSelector("#roll-call-" + meeting.id());
            leader.waitForFunction("() => caches.open('motesplats-roll-call').then(c => c.match('/roll-call/" + meeting.id()
                    + "')).then(r => !!r)");
            leader.click("#roll-call-" + meeting.id());
            Locator names = leader.locator("motesplats-roll-call button[data-attendee]");
            names.nth(10).waitFor();
            assertAccessible(leader);

            proxy.cut();
            proxy.takeRelayedCount();
            for (long person : people) {
                leader.click("motesplats-roll-call button[data-attendee='p" + person + "']");
            }
            // the taps are stored on the phone one by one: wait for the page to show all ten
            PlaywrightAssertions.assertThat(leader.locator("#roll-call-status")).containsText("10");
            leader.reload();
            PlaywrightAssertions.assertThat(leader.locator("motesplats-roll-call button[aria-pressed='true']")).hasCount(10);
            PlaywrightAssertions.assertThat(leader.locator("#roll-call-status")).containsText("10");
            assertAccessible(leader);
            screenshot(leader, "roll-call-offline-sv");
            assertThat(storedMarks(meeting)).as("nothing reached the server while it was cut off").isZero();
            assertThat(proxy.takeRelayedCount()).isZero();

            proxy.restore();
            // what the browser does when the network comes back
            leader.evaluate("() => window.dispatchEvent(new Event('online'))");
            leader.waitForFunction("() => document.querySelector('motesplats-roll-call').shadowRoot"
                    + ".querySelector('#roll-call-status').textContent.includes('sparat')");
            assertThat(storedMarks(meeting)).isEqualTo(10);
            assertThat(jdbc.sql("select count(*) from attendance where occurrence_id = :meeting and present")
                    .param("meeting", meeting.id()).query(Integer.class).single()).isEqualTo(10);
            PlaywrightAssertions.assertThat(leader.locator("motesplats-roll-call button[aria-pressed='true']")).hasCount(10);
        }
    }

    /**
     * An Arabic-speaking leader, offline, adds a walk-in with her e-mail address and Tigrinya as her
     * language, after ticking her consent: nothing reaches the server (nor is sent to her) until the
     * network is back; then she is one participant, checked in once, with a welcome in Tigrinya.
     */
    @Test
    void aWalkInWithAnEmailAddedOfflineIsRegisteredAndWelcomedWhenTheServerIsBack() throws Exception {
        PublishedActivities.Published activity = published.weekly("Syjunta", 20, false);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().plus(Duration.ofMinutes(3))));
        String email = "selam-" + UUID.randomUUID() + "@motesplats.test";

        try (SwitchableProxy proxy = new SwitchableProxy(port)) {
            Page leader = phone("ar");
            leader.clock().setFixedTime(clock.instant().toEpochMilli());
            signIn(leader, activity.leaderEmail());
            leader.navigate("http://localhost:" + proxy.port() + "/leading-today");
            leader.waitForSelector("#roll-call-" + meeting.id());
            leader.waitForFunction("() => caches.open('motesplats-roll-call').then(c => c.match('/roll-call/" + meeting.id()
                    + "')).then(r => !!r)");
            leader.click("#roll-call-" + meeting.id());
            leader.locator("#walk-in-name").waitFor();

            proxy.cut();
            proxy.takeRelayedCount();
            leader.fill("#walk-in-name", "سلام");
            leader.fill("#walk-in-contact", "selam@");
            leader.click("#add-walk-in");
            PlaywrightAssertions.assertThat(leader.locator("#walk-in-problem")).hasText(
                    translations.translate(SupportedLanguage.ARABIC, "attendance.roll-call.walk-in-contact-invalid"));
            leader.fill("#walk-in-contact", email);
            leader.click("#add-walk-in");
            PlaywrightAssertions.assertThat(leader.locator("#walk-in-problem")).hasText(
                    translations.translate(SupportedLanguage.ARABIC, "attendance.roll-call.walk-in-consent-needed"));
            leader.selectOption("#walk-in-language", "ti");
            leader.check("#walk-in-consent");
            assertAccessible(leader);
            screenshot(leader, "roll-call-walk-in-ar");
            leader.click("#add-walk-in");
            PlaywrightAssertions.assertThat(leader.locator("#walk-in-added")).containsText("سلام");
            PlaywrightAssertions.assertThat(leader.locator("motesplats-roll-call button[aria-pressed='true']")).hasText("✓سلام");
            assertThat(storedMarks(meeting)).as("nothing reached the server while it was cut off").isZero();
            assertThat(proxy.takeRelayedCount()).isZero();
            assertThat(outbox.latestTo(email)).isEmpty();

            proxy.restore();
            leader.evaluate("() => window.dispatchEvent(new Event('online'))");
            PlaywrightAssertions.assertThat(leader.locator("#roll-call-status"))
                    .hasText(translations.translate(SupportedLanguage.ARABIC, "attendance.roll-call.saved"));
            assertThat(storedMarks(meeting)).isEqualTo(1);
            assertThat(jdbc.sql("select attendee from attendance where occurrence_id = :meeting and present")
                    .param("meeting", meeting.id()).query(String.class).list())
                    .singleElement().satisfies(attendee -> assertThat(attendee).as("a participant now, not an anonymous walk-in")
                            .startsWith("p"));
            PlaywrightAssertions.assertThat(leader.locator("motesplats-roll-call button[aria-pressed='true']")).hasText("✓سلام");
        }
        while (notifications.sendDue() > 0) {
            // the job's timer is off in tests
        }
        assertThat(outbox.latestTo(email)).singleElement().satisfies(welcome -> {
            assertThat(welcome.subject()).isEqualTo(translations.translate(SupportedLanguage.TIGRINYA,
                    "attendance.notice.walk-in-welcome.subject"));
            assertThat(welcome.text()).contains("سلام", "Syjunta", "/sign-in");
        });
    }

    private int storedMarks(OccurrenceView meeting) {
        return jdbc.sql("select count(*) from attendance_mark where occurrence_id = :meeting").param("meeting", meeting.id())
                .query(Integer.class).single();
    }
}
