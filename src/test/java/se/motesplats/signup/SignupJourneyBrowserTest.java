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
 * The journey in Arabic on a phone: a newcomer finds a full-but-one activity, joins with an
 * e-mail code read from the outbox, gets the last place, sees it under "my activities" and cancels;
 * the first person waiting is promoted and told so in Somali.
 */
class SignupJourneyBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;
    @Autowired SignupService signups;
    @Autowired AccountService accounts;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;

    @Test
    void aNewcomerJoinsSignsUpAndCancelsAndTheFirstWaitingIsPromoted() {
        long activity = published.weekly("Språkkafé", 1, false).activityId();
        String email = "amal-" + UUID.randomUUID() + "@motesplats.test";
        String waitingEmail = "hodan-" + UUID.randomUUID() + "@motesplats.test";
        long waiting = accounts.ensureAccount(waitingEmail, "Hodan", SupportedLanguage.SOMALI, List.of(Roles.PARTICIPANT));

        Page page = phone("ar");
        page.navigate(url("activities/" + activity));
        page.waitForSelector("#signup-panel");
        assertThat(page.locator("#signup-places").textContent()).contains("1");
        page.click("#signup-button");

        page.waitForSelector("#join-first-name input");
        page.fill("#join-first-name input", "أمل");
        page.fill("#join-email input", email);
        page.locator("#join-terms input").check();
        assertAccessible(page);
        screenshot(page, "join-ar");
        page.click("#join-send");
        page.waitForSelector("#sign-in-code input");
        page.fill("#sign-in-code input", newestCodeFor(email));
        page.click("#sign-in-verify");

        page.waitForURL("**/activities/" + activity);
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
}
