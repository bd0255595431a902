package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.SentMessage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * The issue's journey in Arabic on a phone: a newcomer finds a full-but-one activity, joins with an
 * e-mail code read from the outbox, gets the last place, sees it under "my activities" and cancels;
 * the first person waiting is promoted and told so in Somali.
 */
class SignupJourneyBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;
    @Autowired SignupService signups;
    @Autowired AccountService accounts;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired se.motesplats.organisation.OrganisationService organisations;

    @Test
    void aNewcomerJoinsSignsUpAndCancelsAndTheFirstWaitingIsPromoted() {
        long activity = published.weekly("Språkkafé", 1, false).activityId();
        String email = "amal-" + UUID.randomUUID() + "@motesplats.test";
        String waitingEmail = "hodan-" + UUID.randomUUID() + "@motesplats.test";
        long waiting = accounts.ensureAccount(waitingEmail, "Hodan", SupportedLanguage.SOMALI, List.of(Roles.PARTICIPANT));

        Page page = phone("ar");
        page.navigate(url("activities/" + activity));
        page.waitForSelector("#signup-panel");
        assertThat(page.locator("#signup-places").textContent()).as("one place left, in Arabic words").isNotBlank();
        page.click("#signup-button");

        page.waitForSelector("#join-first-name input");
        page.fill("#join-first-name input", "أمل");
        page.fill("#join-email input", email);
        page.locator("#join-terms input").check();
        assertAccessible(page);
        screenshot(page, "join-ar");
        page.click("#join-send");
        enterCode(page, email);

        page.waitForURL("**/activities/" + activity);
        page.waitForSelector("#signup-button");

        // "stay signed in on this phone": without the session cookie the phone is still recognised
        var remembered = browserContext().cookies().stream().filter(cookie -> cookie.name.equals("motesplats-remember")).toList();
        assertThat(remembered).hasSize(1);
        browserContext().clearCookies();
        browserContext().addCookies(remembered);
        page.reload();
        page.waitForSelector("#sign-out");
        page.waitForSelector("#signup-button");
        page.click(".add-companion");
        page.fill(".companion-name input", "سارة");
        page.fill(".companion-age input", "7");
        page.click("#signup-button");
        page.waitForSelector("#signup-panel .signup-waiting");
        assertThat(page.locator("#signup-status").textContent()).as("two places needed, one free: queued").isNotBlank();
        page.click(".cancel-signup");
        page.click(".confirm-cancel-signup");
        page.waitForSelector("#signup-button");

        page.click("#signup-button");
        page.waitForSelector("#signup-panel .signup-confirmed");
        assertAccessible(page);
        screenshot(page, "signup-confirmed-ar");

        ModuleTestBase.runAs(waiting, () -> assertThat(signups.signUp(activity, null, List.of()).status())
                .isEqualTo(SignupStatus.WAITLISTED), Roles.PARTICIPANT);

        page.navigate(url("my-activities"));
        page.waitForSelector(".signup-row");
        assertAccessible(page);
        screenshot(page, "my-activities-ar");
        page.click(".signup-row .cancel-signup");
        page.waitForSelector(".confirm-cancel-signup");
        page.waitForFunction("() => !document.querySelector('[opening]')");
        assertAccessible(page);
        page.click(".confirm-cancel-signup");
        page.waitForSelector("#my-signups a[href='activities']");

        while (notifications.sendDue() > 0) {
            // send everything queued, including notices of other tests
        }
        List<SentMessage> toWaiting = outbox.latestTo(waitingEmail);
        assertThat(toWaiting).hasSize(2);
        assertThat(toWaiting.getFirst().text()).as("the promotion, in Somali").contains("Hodan").doesNotContain("Hej ")
                .contains("/activities/" + activity);
    }

    @Test
    void anOrganiserSeesWhoIsComingAndSendsAReadyMessageEachReadsInTheirLanguage() {
        var activity = published.weekly("Syjunta", 10, false);
        String leaderEmail = "leader-" + UUID.randomUUID() + "@motesplats.test";
        long leader = accounts.ensureAccount(leaderEmail, "Lena", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER));
        se.motesplats.security.SystemActor.runAsAdministrator(() -> organisations.addMember(activity.organisationId(), leader,
                se.motesplats.organisation.OrganisationRole.LEADER));
        String rahelEmail = "rahel-" + UUID.randomUUID() + "@motesplats.test";
        long rahel = accounts.ensureAccount(rahelEmail, "Rahel", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        ModuleTestBase.runAs(rahel, () -> signups.signUp(activity.activityId(), null, List.of(new Companion("Selam", 6))),
                Roles.PARTICIPANT);

        Page page = phone("sv-SE");
        signIn(page, leaderEmail);
        page.navigate(url("activities/" + activity.activityId()));
        page.waitForSelector("#participants-confirmed li");
        assertThat(page.locator("#participants-confirmed").textContent()).contains("Rahel +1").doesNotContain("@");
        assertAccessible(page);
        page.locator("#participants-panel").scrollIntoViewIfNeeded();
        screenshot(page, "participants-sv");

        page.click("#participants-message");
        page.waitForSelector("#message-send");
        page.click("#message-text");
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("annat rum")).first().click();
        page.waitForSelector("#message-room input");
        page.fill("#message-room input", "B12");
        page.click("#message-send");
        page.waitForSelector("vaadin-notification-card");

        while (notifications.sendDue() > 0) {
            // send everything queued
        }
        assertThat(outbox.latestTo(rahelEmail)).first().satisfies(message -> assertThat(message.text()).contains("B12")
                .contains("Rahel").doesNotContain("Hej"));
    }

    @Test
    void theProfilePageInTigrinya() {
        String email = "yonas-" + UUID.randomUUID() + "@motesplats.test";
        accounts.ensureAccount(email, "Yonas", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        Page page = phone("ti");
        signIn(page, email);
        page.navigate(url("my-profile"));
        page.waitForSelector("#profile-phone input");
        page.fill("#profile-phone input", "070-12");
        page.click("#profile-save");
        page.waitForSelector("vaadin-notification-card");
        // axe reads the colours: not while the card still fades in (its text is then lighter than it will be)
        page.waitForFunction("() => !document.querySelector('[opening]')");
        assertAccessible(page);
        screenshot(page, "profile-ti");
    }
}
