package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.testing.BrowserTestBase;

/**
 * Journey 3 and the start of journey 1 on phones: an association member posts a weekly language
 * café, a coordinator approves it, the member publishes it, and a newcomer browsing in Arabic finds
 * it with the "no Swedish needed" filter and opens it.
 */
class ActivityJourneyBrowserTest extends BrowserTestBase {

    private static final String LUND = "1281";

    @Autowired AccountService accounts;
    @Autowired OrganisationService organisations;
    @Autowired AreaService areas;

    @Test
    void postApproveFindInArabic() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String memberEmail = "journey-member-" + unique + "@motesplats.test";
        String coordinatorEmail = "journey-coordinator-" + unique + "@motesplats.test";
        long member = accounts.ensureAccount(memberEmail, "Maja", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER));
        long coordinator = accounts.ensureAccount(coordinatorEmail, "Kim", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        AtomicLong organisation = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            organisation.set(organisations.add("Fikaföreningen " + unique, OrganisationKind.CULTURAL_ASSOCIATION, LUND).id());
            organisations.verify(organisation.get());
            organisations.addMember(organisation.get(), member, OrganisationRole.ADMINISTRATOR);
            areas.setScope(coordinator, List.of(LUND));
        });
        String title = "Språkkafé " + unique;
        String arabicTitle = "مقهى اللغة " + unique;
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);

        // the association member writes the activity on a phone
        Page organiser = phone("sv-SE");
        signIn(organiser, memberEmail);
        organiser.navigate(url("organiser/activity"));
        organiser.waitForSelector("#editor-save");
        organiser.fill("#title-sv input", title);
        organiser.fill("#description-sv textarea", "Vi fikar och pratar svenska.");
        organiser.click("#editor-translations > vaadin-details-summary");
        organiser.click("vaadin-details[lang='ar'] > vaadin-details-summary");
        organiser.fill("#title-ar input", arabicTitle);
        organiser.fill("#editor-municipality input", "Lund");
        organiser.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Lund")).first().click();
        organiser.fill("#editor-venue input", "Stadsbiblioteket");
        organiser.fill("#editor-address input", "Sankt Petri kyrkogata 6");
        // the pickers' phone drop-downs cover the form; set their values through the components, as TestBench does
        organiser.evaluate("date => document.querySelector('#editor-first-date').value = date", tomorrow.toString());
        organiser.evaluate("() => document.querySelector('#editor-start-time').value = '18:00'");
        organiser.locator("#editor-weekdays vaadin-checkbox input").nth(tomorrow.getDayOfWeek().getValue() - 1).check();
        organiser.locator("#editor-plan-language input").check();
        assertAccessible(organiser);
        screenshot(organiser, "activity-editor-sv");
        organiser.click("#editor-save");
        organiser.waitForSelector("#my-activities");
        Locator row = organiser.locator(".activity-row", new Page.LocatorOptions().setHasText(title));
        row.locator(".action-submit").click();
        organiser.waitForSelector(".activity-row:has-text('" + title + "') .status-submitted");

        // a coordinator of Lund approves it
        Page coordinatorPage = phone("sv");
        signIn(coordinatorPage, coordinatorEmail);
        coordinatorPage.navigate(url("coordinator/approvals"));
        coordinatorPage.waitForSelector("#approval-queue");
        assertAccessible(coordinatorPage);
        coordinatorPage.locator(".activity-row", new Page.LocatorOptions().setHasText(title)).locator(".action-approve").click();
        coordinatorPage.waitForSelector(".approval-queue-view:not(:has-text('" + title + "'))");
        coordinatorPage.context().close();

        // the member publishes it
        organiser.reload();
        organiser.waitForSelector("#my-activities");
        organiser.locator(".activity-row", new Page.LocatorOptions().setHasText(title)).locator(".action-publish").click();
        organiser.waitForSelector(".activity-row:has-text('" + title + "') .status-published");
        assertAccessible(organiser);

        // the organiser cancels the first meeting on the activity's page, after confirming
        String activityId = organiser.locator(".activity-row", new Page.LocatorOptions().setHasText(title)).getAttribute("data-activity");
        organiser.navigate(url("activities/" + activityId));
        organiser.waitForSelector("#activity-meetings");
        organiser.locator(".cancel-meeting").first().click();
        organiser.click(".confirm-cancel");
        organiser.waitForSelector("#activity-meetings li.cancelled");
        assertThat(organiser.locator("#activity-meetings li.cancelled").count()).isEqualTo(1);
        // and moves the next one an hour later
        organiser.locator(".move-meeting").first().click();
        organiser.waitForSelector("vaadin-time-picker.move-time");
        organiser.evaluate("() => document.querySelector('vaadin-time-picker.move-time').value = '19:00'");
        organiser.click(".confirm-move");
        organiser.waitForSelector("#activity-meetings li:has-text('19:00')");
        organiser.waitForSelector("vaadin-time-picker.move-time", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED)); // the dialog has faded out
        assertAccessible(organiser);

        // a newcomer reading Arabic finds it with "no Swedish needed" and opens it
        Page newcomer = phone("ar");
        newcomer.navigate(url("activities?q=" + unique));
        newcomer.waitForSelector("#activity-cards");
        newcomer.click("#filter-more > vaadin-details-summary");
        newcomer.click("#filter-no-swedish");
        newcomer.waitForURL("**no-swedish**");
        Locator card = newcomer.locator(".activity-card", new Page.LocatorOptions().setHasText(arabicTitle));
        card.waitFor();
        assertThat(newcomer.getAttribute("html", "dir")).isEqualTo("rtl");
        assertAccessible(newcomer);
        screenshot(newcomer, "activity-list-ar");
        assertPictogramsDrawn(newcomer, 3); // the card's, the bars' (globe, bottom bar)
        card.click();
        newcomer.waitForSelector("#activity-title");
        assertThat(newcomer.textContent("#activity-title")).isEqualTo(arabicTitle);
        assertThat(newcomer.locator("script[type='application/ld+json']").count()).as("schema.org data on a fresh load").isZero();
        newcomer.reload();
        newcomer.waitForSelector("#activity-title");
        assertThat(newcomer.locator("script[type='application/ld+json']").textContent()).contains("\"@type\":\"Event\"")
                .contains(arabicTitle);
        assertThat(newcomer.locator("#activity-meetings li").count()).isGreaterThan(1);
        assertThat(newcomer.locator("#activity-meetings li.cancelled").count()).isEqualTo(1);
        assertThat(newcomer.locator(".cancel-meeting").count()).as("newcomers cannot cancel meetings").isZero();
        assertAccessible(newcomer);
        screenshot(newcomer, "activity-detail-ar");
        newcomer.context().close();
    }
}
