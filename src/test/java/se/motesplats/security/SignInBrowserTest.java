package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.BrowserTestBase;

/**
 * An administrator signs in with a one-time code read from the development outbox, sees the menu of
 * their role and opens the administration pages; a wrong code gets a translated message.
 */
class SignInBrowserTest extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Test
    void anAdministratorSignsInWithACodeAndManagesRolesAndAreas() {
        accounts.ensureAccount("browser.admin@motesplats.test", "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));
        Page page = phone("sv-SE");
        page.navigate(url("sign-in"));
        page.fill("#sign-in-email input", "browser.admin@motesplats.test");
        page.click("#sign-in-send");
        page.waitForSelector("#sign-in-code input");
        assertAccessible(page);
        screenshot(page, "sign-in-sv");

        String code = newestCodeFor("browser.admin@motesplats.test");
        page.fill("#sign-in-code input", code.equals("000000") ? "111111" : "000000");
        page.click("#sign-in-verify");
        page.waitForFunction("() => document.querySelector('#sign-in-message').textContent.includes('stämmer inte')");

        page.fill("#sign-in-code input", code);
        page.click("#sign-in-verify");
        // staff enrol an authenticator app first; until then they are only a participant
        page.waitForSelector("#second-factor-secret");
        assertThat(page.locator("#second-factor-qr").getAttribute("src")).startsWith("data:image/svg+xml");
        assertAccessible(page);
        screenshot(page, "second-factor-sv");
        page.navigate(url("admin/people"));
        assertThat(page.locator("#accounts-grid").count()).as("no staff views before the second factor").isZero();
        page.navigate(url("second-factor"));
        completeSecondFactor(page, "browser.admin@motesplats.test");
        page.waitForSelector("#start-tiles");
        assertThat(page.locator("#start-tiles a[href$='admin/people']").count()).isEqualTo(1);

        Page laterThatDay = phone("sv-SE");
        signIn(laterThatDay, "browser.admin@motesplats.test");
        assertThat(laterThatDay.locator("#sign-in-app-code").count()).isZero();
        laterThatDay.waitForSelector("#start-tiles a[href$='admin/people']");

        page.navigate(url("admin/people"));
        page.waitForSelector("#accounts-grid");
        assertAccessible(page);
        screenshot(page, "admin-people-sv");

        page.navigate(url("admin/areas"));
        page.waitForSelector(".area-scopes-view");
        assertAccessible(page);
    }
}
