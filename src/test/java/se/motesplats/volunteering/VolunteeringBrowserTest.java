package se.motesplats.volunteering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.TestClock;

/**
 * Journey 2: on a phone a volunteer signs up in Swedish; on a laptop a coordinator records her
 * interview and agreement; on a phone a newcomer asks for a language friend in Dari; the
 * coordinator reads the explained suggestion and proposes the volunteer, and both say yes in their
 * own language. Only then does each see the other's contact details.
 */
class VolunteeringBrowserTest extends BrowserTestBase {

    private static final String LUND = "1281";

    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;

    private static Locator option(Page page, String selector, String text) {
        return page.locator(selector, new Page.LocatorOptions().setHasText(text)).first();
    }

    private static void chooseMunicipality(Page page, String name) {
        page.fill("#about-municipality input", name);
        option(page, "vaadin-combo-box-item", name).click();
    }

    @Test
    void aVolunteerAndANewcomerAreMatchedAndBothSayYes() {
        String volunteerEmail = "eva-" + UUID.randomUUID() + "@motesplats.test";
        String newcomerEmail = "farida-" + UUID.randomUUID() + "@motesplats.test";
        String coordinatorEmail = "kerstin-" + UUID.randomUUID() + "@motesplats.test";
        long volunteerId = accounts.ensureAccount(volunteerEmail, "Eva", SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));
        accounts.ensureAccount(newcomerEmail, "Farida", SupportedLanguage.DARI, List.of(Roles.PARTICIPANT));
        long coordinatorId = accounts.ensureAccount(coordinatorEmail, "Kerstin", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinatorId, List.of(LUND)));

        Page volunteer = phone("sv");
        signIn(volunteer, volunteerEmail);
        volunteer.navigate(url("volunteer"));
        option(volunteer, "#volunteer-programmes vaadin-checkbox", "Språkvän").locator("input").check();
        volunteer.fill("#volunteer-speaks-some input", "دری");
        option(volunteer, "vaadin-multi-select-combo-box-item", "دری").click();
        volunteer.keyboard().press("Escape");
        chooseMunicipality(volunteer, "Lund");
        option(volunteer, "#about-time-slots vaadin-checkbox", "helger").locator("input").check();
        volunteer.locator("#volunteer-consent input").check();
        assertAccessible(volunteer);
        screenshot(volunteer, "volunteer-sign-up-sv");
        volunteer.click("#volunteer-save");
        volunteer.waitForSelector("#my-vetting");
        assertThat(volunteer.locator("#my-vetting")).containsText("saknas");

        Page coordinator = laptop("sv");
        signIn(coordinator, coordinatorEmail);
        coordinator.navigate(url("volunteers"));
        coordinator.click("#vet-" + volunteerId + "-language_friend");
        String today = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).toString();
        for (String field : List.of("#vet-interview input", "#vet-agreement input")) {
            coordinator.fill(field, today);
            coordinator.press(field, "Enter");
        }
        coordinator.click("#vet-save");
        assertThat(coordinator.locator("#volunteer-" + volunteerId)).containsText("Språkvän: klar");

        Page newcomer = phone("fa-AF");
        signIn(newcomer, newcomerEmail);
        newcomer.navigate(url("ask-for-a-volunteer"));
        assertThat(newcomer.locator("html")).hasAttribute("dir", "rtl");
        newcomer.locator("#ask-programme vaadin-radio-button").first().click();
        newcomer.fill("#ask-languages input", "دری");
        option(newcomer, "vaadin-multi-select-combo-box-item", "دری").click();
        newcomer.keyboard().press("Escape");
        chooseMunicipality(newcomer, "Lund");
        newcomer.locator("#about-time-slots vaadin-checkbox").nth(2).locator("input").check();
        newcomer.locator("#ask-consent input").check();
        assertAccessible(newcomer);
        screenshot(newcomer, "ask-for-volunteer-fa-AF");
        newcomer.click("#ask-send");
        newcomer.waitForSelector("#ask-done p");

        coordinator.navigate(url("matching"));
        coordinator.locator("#matching-queue a", new Page.LocatorOptions().setHasText("Farida")).click();
        Locator suggestion = coordinator.locator("#suggestion-" + volunteerId);
        // the Dari name sits isolated (FSI … PDI) in the Swedish sentence
        assertThat(suggestion).containsText(java.util.regex.Pattern.compile("Talar lite \u2068?دری"));
        assertThat(suggestion).containsText("Bor i samma kommun");
        assertThat(suggestion).containsText("Kan båda: helger");
        assertAccessible(coordinator);
        screenshot(coordinator, "matching-suggestions-sv");
        coordinator.click("#propose-" + volunteerId);
        coordinator.waitForSelector("#matching-open");
        assertThat(coordinator.locator("#matching-open")).containsText("Farida och Eva");

        volunteer.navigate(url("my-matches"));
        assertThat(volunteer.locator("[id^=match-contact-]")).hasCount(0);
        volunteer.locator("[id^=match-accept-]").click();
        assertThat(volunteer.locator(".badge")).containsText("Väntar på den andras svar");

        newcomer.navigate(url("my-matches"));
        assertThat(newcomer.locator("[id^=my-match-]")).containsText("Eva");
        assertThat(newcomer.locator("[id^=match-contact-]")).hasCount(0);
        assertAccessible(newcomer);
        newcomer.locator("[id^=match-accept-]").click();
        assertThat(newcomer.locator("[id^=match-contact-]")).containsText(volunteerEmail);
        assertAccessible(newcomer);
        screenshot(newcomer, "my-matches-active-fa-AF");

        volunteer.reload();
        assertThat(volunteer.locator("[id^=match-contact-]")).containsText(newcomerEmail);
        volunteer.locator("[id^=match-we-met-]").click();
        assertThat(volunteer.locator("[id^=my-match-]")).containsText("1 träff");
        assertThat(newcomer.locator("html")).hasAttribute("dir", "rtl");
    }
}
