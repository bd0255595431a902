package se.motesplats.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.BrowserTestBase;

/**
 * Passkeys in a real browser (Chromium's virtual authenticator, as a phone's): a newcomer reading Tigrinya adds one
 * on "My devices" and signs in with it without a code; an administrator reading Arabic makes one their second factor.
 */
class PasskeyBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired Passkeys passkeys;

    @Test
    void aNewcomerAddsAPasskeyAndSignsInWithItWithoutACode() {
        String email = "hiwet-" + UUID.randomUUID() + "@motesplats.test";
        long hiwet = accounts.ensureAccount(email, "Hiwet", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        Page page = phoneWithPasskeys("ti");
        signIn(page, email);

        page.navigate(url("my-devices"));
        page.fill("#passkey-label input", "ስልከይ");
        page.click("#passkey-add");
        assertThat(page.locator("#my-passkeys .passkey-row h3")).hasText("ስልከይ");
        assertThat(passkeys.has(hiwet)).isTrue();
        assertAccessible(page);
        screenshot(page, "passkeys-ti");

        page.click("#sign-out");
        assertThat(page.locator("#sign-in")).isVisible();
        page.navigate(url("sign-in"));
        page.click("#sign-in-passkey");
        page.waitForSelector("#sign-out");
        assertThat(page.locator("#sign-in-code")).hasCount(0);
        page.navigate(url("my-devices"));
        assertThat(page.locator("#my-passkeys .passkey-row")).hasCount(1);

        page.locator("#my-passkeys .remove-passkey").click();
        assertThat(page.locator("#my-passkeys .passkey-row")).hasCount(0);
        assertThat(passkeys.has(hiwet)).isFalse();
    }

    @Test
    void anAdministratorConfirmsWithAPasskeyInsteadOfAnApp() {
        String email = "rahel-" + UUID.randomUUID() + "@motesplats.test";
        accounts.ensureAccount(email, "Rahel", SupportedLanguage.ARABIC, List.of(Roles.ADMINISTRATOR));
        Page page = phoneWithPasskeys("ar");
        page.navigate(url("sign-in"));
        page.fill("#sign-in-email input", email);
        page.click("#sign-in-send");
        enterCode(page, email);

        // the code alone leaves the staff roles waiting for a second factor: a passkey instead of an app
        page.waitForSelector("#second-factor-passkey-add");
        assertAccessible(page);
        page.click("#second-factor-passkey-add");
        page.click("#second-factor-passkey");
        page.waitForURL(url(""));
        page.navigate(url("admin/people"));
        page.waitForSelector("#accounts-grid");

        page.click("#sign-out");
        assertThat(page.locator("#sign-in")).isVisible();
        page.navigate(url("sign-in"));
        page.click("#sign-in-passkey");
        page.waitForURL(url(""));
        page.navigate(url("admin/people"));
        page.waitForSelector("#accounts-grid");
        screenshot(page, "passkey-staff-ar");
    }
}
