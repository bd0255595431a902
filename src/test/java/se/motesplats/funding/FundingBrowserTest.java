package se.motesplats.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/**
 * Five meetings of a language café have been held, one with too few leaders: the organiser reads
 * the meter on the activity's page, works out the claim for the period and sends it; a coordinator
 * of Lund approves it on a laptop and sees the café in the overview of her areas.
 */
class FundingBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private void present(long meetingId, int participants, int leaders, String prefix) {
        for (int n = 0; n < participants + leaders; n++) {
            jdbc.sql("""
                    insert into attendance (occurrence_id, attendee, leader, present, checked_in_at, method)
                    values (?, ?, ?, true, current_timestamp(3), 'ROLL_CALL')""")
                    .params(meetingId, "w" + prefix + (n < participants ? "-p" + n : "-l" + UUID.randomUUID()), n >= participants).update();
        }
    }

    @Test
    void anAssociationClaimsForItsMeetingsAndACoordinatorApproves() throws java.io.IOException {
        PublishedActivities.Published cafe = published.weekly("Språkkafé", null, true);
        List<OccurrenceView> meetings = activities.signupTerms(cafe.activityId()).orElseThrow().comingMeetings();
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        for (int week = 0; week < 6; week++) {
            // the third evening, 12 came and one leader: below one leader per ten, so it does not count
            present(meetings.get(week).id(), week == 2 ? 12 : 8, 1, prefix);
        }
        LocalDate sixth = LocalDate.ofInstant(meetings.get(5).startsAt(), Zones.STOCKHOLM);
        clock.advance(Duration.between(clock.instant(), sixth.plusDays(1).atStartOfDay(Zones.STOCKHOLM).plusHours(9).toInstant()));

        Page organiser = phone("sv");
        signIn(organiser, cafe.leaderEmail());
        organiser.navigate(url("activities/" + cafe.activityId()));
        assertThat(organiser.locator("#funding-meter")).containsText("5 av 5 träffar som krävs");
        assertThat(organiser.locator("#funding-meter")).containsText("8 deltagare räknas");
        assertAccessible(organiser);
        screenshot(organiser, "funding-meter-sv");

        organiser.navigate(url("funding"));
        organiser.fill("#funding-from input", sixth.minusWeeks(6).toString());
        organiser.press("#funding-from input", "Enter");
        organiser.fill("#funding-to input", sixth.toString());
        organiser.press("#funding-to input", "Enter");
        organiser.keyboard().press("Escape");
        organiser.click("#funding-compute");
        assertThat(organiser.locator("#funding-total")).containsText("12 000 kr");
        organiser.locator(".claim-part vaadin-details").first().click();
        assertThat(organiser.locator(".claim-meeting-below-ratio")).containsText("12 deltagare, 1 ledare");
        assertAccessible(organiser);
        screenshot(organiser, "funding-claim-sv");
        organiser.click("#funding-submit");
        assertThat(organiser.locator("#funding-earlier")).containsText("Skickad");
        com.microsoft.playwright.Download pdf = organiser.waitForDownload(() -> organiser.locator("[id^=claim-pdf-]").first().click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (java.io.InputStream content = pdf.createReadStream()) {
            org.assertj.core.api.Assertions.assertThat(new String(content.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }

        long coordinatorId = accounts.ensureAccount("lund-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinatorId, List.of(PublishedActivities.LUND)));
        Page coordinator = laptop("sv");
        signIn(coordinator, accounts.contactOf(coordinatorId).orElseThrow().email());
        coordinator.navigate(url("claims"));
        long claimId = jdbc.sql("select id from funding_claim where organisation_id = ?").param(cafe.organisationId())
                .query(Long.class).single();
        assertThat(coordinator.locator("#claim-" + claimId)).containsText("12 000 kr");
        assertAccessible(coordinator);
        screenshot(coordinator, "funding-decide-sv");
        coordinator.click("#approve-" + claimId);
        assertThat(coordinator.locator("#claim-" + claimId)).hasCount(0);
        organiser.reload();
        assertThat(organiser.locator("#funding-earlier")).containsText("Godkänd");

        // the same coordinator's overview of Lund counts the café's eight regulars among those who took part
        coordinator.navigate(url("dashboard"));
        assertThat(coordinator.locator("#dashboard-municipalities")).containsText("Lund");
        // each chart is drawn in the browser next to its table, and named after it for screen readers
        assertThat(coordinator.locator("#dashboard-weeks-chart canvas[role=img]"))
                .hasAttribute("aria-label", "Diagram över tabellen nedan: Vecka för vecka");
        assertThat(coordinator.locator("#dashboard-municipalities-chart canvas")).isVisible();
        org.assertj.core.api.Assertions.assertThat(coordinator.locator("#dashboard-municipalities-chart canvas").boundingBox().height)
                .as("drawn, not an empty box").isGreaterThan(100);
        assertAccessible(coordinator);
        screenshot(coordinator, "dashboard-sv");
        coordinator.navigate(url("unmet-demand"));
        assertThat(coordinator.locator("#gaps-categories-heading")).isVisible();
        assertAccessible(coordinator);
    }
}
