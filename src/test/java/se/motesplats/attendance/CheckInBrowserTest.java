package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.QrCodes;
import se.motesplats.testing.TestClock;

/**
 * Two phones: the leader's shows the check-in code, a newcomer in Arabic scans it with the camera
 * (here: the QR code in the leader's screenshot, decoded), joins at the door and is checked in,
 * although the code on the screen has changed meanwhile; the leader's roll call shows her present.
 */
class CheckInBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aNewcomerScansTheLeadersCodeJoinsAtTheDoorAndIsCheckedIn() throws Exception {
        PublishedActivities.Published activity = published.weekly("Språkkafé", 20, false);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofMinutes(10))));

        Page leader = phone("sv");
        signIn(leader, activity.leaderEmail());
        leader.navigate(url("leading-today"));
        leader.click("#show-code-" + meeting.id());
        leader.waitForSelector("#check-in-qr[src^='data:image/svg+xml']");
        leader.waitForFunction("() => { const qr = document.querySelector('#check-in-qr'); return qr.complete && qr.naturalWidth > 0; }");
        String shortCode = leader.locator("#check-in-short-code").textContent();
        assertThat(shortCode).matches("[0-9]{3} [0-9]{3}");
        assertAccessible(leader);
        screenshot(leader, "check-in-code-sv");
        String scanned = QrCodes.read(leader.locator("#check-in-qr").screenshot());
        assertThat(scanned).startsWith(url("check-in/" + meeting.id() + "-"));

        Page newcomer = phone("ar");
        newcomer.navigate(scanned);
        newcomer.waitForSelector("#check-in-join");
        assertAccessible(newcomer);
        // the screen moves on while she joins; her scan stays good for ten minutes
        clock.advance(Duration.ofMinutes(4));
        newcomer.click("#check-in-join");
        String email = "amal-" + UUID.randomUUID() + "@motesplats.test";
        newcomer.waitForSelector("#join-first-name input");
        newcomer.fill("#join-first-name input", "أمل");
        newcomer.fill("#join-email input", email);
        newcomer.locator("#join-terms input").check();
        newcomer.click("#join-send");
        enterCode(newcomer, email);
        newcomer.waitForSelector("#check-in-done");
        assertThat(newcomer.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(newcomer.locator("#check-in-done").textContent()).contains("مقهى");
        assertAccessible(newcomer);
        screenshot(newcomer, "check-in-done-ar");

        // the leader's screen asks every few seconds and shows the new minute's code
        leader.waitForFunction("previous => document.querySelector('#check-in-short-code').textContent !== previous", shortCode);
        leader.navigate(url("roll-call/" + meeting.id()));
        leader.waitForSelector("motesplats-roll-call button[data-attendee][aria-pressed='true']");
        assertThat(leader.locator("motesplats-roll-call button[aria-pressed='true']").allTextContents())
                .singleElement().asString().contains("أمل");
        assertAccessible(leader);
        screenshot(leader, "roll-call-sv");
    }

    @Test
    void aParticipantTypesTheShortCodeOnTheStartPagesCheckIn() {
        PublishedActivities.Published activity = published.weekly("Studiecirkel", 20, false);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        clock.advance(Duration.between(clock.instant(), meeting.startsAt()));
        Page leader = phone("sv");
        signIn(leader, activity.leaderEmail());
        leader.navigate(url("check-in-code/" + meeting.id()));
        String code = leader.locator("#check-in-short-code").textContent();

        String email = "participant-" + UUID.randomUUID() + "@motesplats.test";
        accounts.ensureAccount(email, "Selam", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        Page participant = phone("ti");
        signIn(participant, email);
        participant.navigate(url(""));
        participant.click("#start-tiles a[href$='check-in']");
        participant.waitForSelector("#check-in-code input");
        participant.fill("#check-in-code input", "000000");
        participant.click("#check-in-send");
        participant.waitForSelector("#check-in-code[invalid]");
        assertAccessible(participant);
        screenshot(participant, "check-in-wrong-code-ti");
        participant.fill("#check-in-code input", code);
        participant.click("#check-in-send");
        participant.waitForSelector("#check-in-done");
        screenshot(participant, "check-in-done-ti");
    }

    @Test
    void anArabicSpeakingLeaderCallsTheRollRightToLeft() {
        PublishedActivities.Published activity = published.weekly("Kör", 20, false);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        clock.advance(Duration.between(clock.instant(), meeting.startsAt()));
        Page leader = phone("ar");
        signIn(leader, activity.leaderEmail());
        leader.navigate(url("roll-call/" + meeting.id()));
        leader.waitForSelector("motesplats-roll-call #roll-call-counts");
        assertThat(leader.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(leader.locator("#roll-call-counts").textContent()).as("the roll call's own texts, in Arabic").containsPattern("\\p{IsArabic}");
        leader.fill("motesplats-roll-call #walk-in-name", "يوسف");
        leader.click("motesplats-roll-call #add-walk-in");
        // this phone's clock is a day behind the server's: the walk-in is still stored, at the server's time
        leader.waitForFunction("() => { const root = document.querySelector('motesplats-roll-call').shadowRoot;"
                + " return root.querySelector('#roll-call-status').className === 'status'"
                + " && root.querySelectorAll('button[aria-pressed=\"true\"]').length === 1; }");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                leader.locator("motesplats-roll-call button[aria-pressed='true']")).hasCount(1);
        assertThat(jdbc.sql("select count(*) from attendance where occurrence_id = :meeting and present and walk_in_name = 'يوسف'")
                .param("meeting", meeting.id()).query(Integer.class).single()).isEqualTo(1);
        assertAccessible(leader);
        screenshot(leader, "roll-call-ar");
    }

    /**
     * A phone whose camera app does not open links: the participant taps "Scan the code" on the check-in
     * page and holds the phone over the leader's screen (Chromium's fake camera films the QR code).
     */
    @Test
    void aParticipantScansTheCodeInsideTheApp() throws Exception {
        PublishedActivities.Published activity = published.weekly("Kamerakafé", 20, true);
        OccurrenceView meeting = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofMinutes(5))));
        Page leader = phone("sv");
        signIn(leader, activity.leaderEmail());
        leader.navigate(url("check-in-code/" + meeting.id()));
        leader.waitForFunction("() => { const qr = document.querySelector('#check-in-qr'); return qr && qr.complete && qr.naturalWidth > 0; }");
        String link = QrCodes.read(leader.locator("#check-in-qr").screenshot());

        String email = "kamera-" + UUID.randomUUID() + "@motesplats.test";
        long participant = accounts.ensureAccount(email, "Selam", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        Page phone = phoneWithCamera("ti", QrCodes.filmed(link));
        signIn(phone, email);
        phone.navigate(url("check-in"));
        phone.waitForSelector("#check-in-scan");
        assertAccessible(phone);
        phone.click("#check-in-scan");
        // the camera starts, the code is found within a few frames and the page moves on to the check-in
        phone.waitForSelector("#check-in-done");
        assertAccessible(phone);
        screenshot(phone, "check-in-scanned-ti");
        assertThat(phone.url()).contains("check-in/" + meeting.id() + "-");
        assertThat(jdbc.sql("select count(*) from attendance where occurrence_id = :meeting and account_id = :person and present")
                .param("meeting", meeting.id()).param("person", participant).query(Integer.class).single()).isEqualTo(1);
    }
}
