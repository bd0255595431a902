package se.motesplats.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.InvitationLinks;

/** A newcomer who signed in starts an association and can write activities at once, without signing in again. */
class OrganisationRegistrationBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired se.motesplats.notification.DevelopmentOutbox outbox;
    @Autowired se.motesplats.area.AreaService areas;

    @Test
    void registeringAnAssociationOpensOurActivities() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String email = "founder-browser-" + unique + "@motesplats.test";
        accounts.ensureAccount(email, "Nasra", SupportedLanguage.SOMALI, List.of(Roles.PARTICIPANT));
        Page page = phone("so");
        signIn(page, email);
        assertThat(page.locator("#start-tiles a[href$='organiser/activities']").count()).isZero();

        page.navigate(url("organiser/register"));
        page.waitForSelector("#register-submit");
        assertAccessible(page);
        page.fill("#register-name input", "Ururka haweenka " + unique);
        page.fill("#register-municipality input", "Malmö");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Malmö")).first().click();
        page.fill("#register-contact input", "urur@example.org");
        page.click("#register-submit");
        page.waitForSelector("#register-done");
        assertAccessible(page);

        page.click("#register-onwards");
        page.waitForSelector("#start-tiles");
        assertThat(page.locator("#start-tiles a[href$='organiser/activities']").count())
                .as("the new member role shows without signing in again").isEqualTo(1);

        page.navigate(url("organiser/association"));
        page.waitForSelector(".member-form");
        String idilEmail = "idil-" + unique + "@motesplats.test";
        page.fill(".member-first-name input", "Idil");
        page.fill(".member-email input", idilEmail);
        page.click(".member-add");
        page.waitForSelector(".pending-invitations li:has-text('Idil')");
        assertThat(page.locator(".members li").count()).as("a member only after saying yes").isEqualTo(1);
        assertAccessible(page);

        // Idil opens the link from the e-mail on her phone, signs in with a code and says yes
        Page idil = phone("so");
        idil.navigate(url("invitation/" + InvitationLinks.tokenSentTo(outbox, idilEmail)));
        idil.waitForSelector("#invitation-sign-in");
        assertThat(idil.textContent(".invitation-message")).contains("Nasra").contains("Ururka haweenka " + unique);
        assertAccessible(idil);
        idil.click("#invitation-sign-in");
        idil.fill("#sign-in-email input", idilEmail);
        idil.click("#sign-in-send");
        enterCode(idil, idilEmail);
        idil.waitForSelector("#invitation-accept");
        assertAccessible(idil);
        screenshot(idil, "invitation-so");
        idil.click("#invitation-accept");
        idil.waitForSelector(".members li:has-text('Idil')");
        assertThat(idil.locator(".members li").count()).isEqualTo(2);
        page.reload();
        page.waitForSelector(".members li:has-text('Idil')");
        assertThat(page.locator(".pending-invitations").count()).isZero();

        // a coordinator of Malmö sees how to reach the association, and verifies it
        String coordinatorEmail = "malmo-coordinator-" + unique + "@motesplats.test";
        long coordinator = accounts.ensureAccount(coordinatorEmail, "Britt", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        se.motesplats.security.SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of("1280")));
        Page coordinatorPage = laptop("sv");
        signIn(coordinatorPage, coordinatorEmail);
        coordinatorPage.navigate(url("coordinator/organisations"));
        var row = coordinatorPage.locator(".activity-row", new Page.LocatorOptions().setHasText("Ururka haweenka " + unique));
        row.waitFor();
        assertThat(row.locator("a[href='mailto:urur@example.org']").count()).isEqualTo(1);
        assertAccessible(coordinatorPage);
        row.locator(".action-verify").click();
        coordinatorPage.waitForSelector(".organisation-verification-view:not(:has-text('Ururka haweenka " + unique + "'))");
        coordinatorPage.context().close();
    }
}
