package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.BrowserTestBase;

/**
 * The Content-Security-Policy against the real pages in Chromium: a sample of public and staff pages
 * runs without one violation (the browser reports each as a {@code securitypolicyviolation} event and a
 * console error), and a script injected into a page without the nonce is refused: the positive control
 * that proves the listener hears violations.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestBase {

    /** Runs before the page's own scripts (Playwright injects it outside the page's policy). */
    private static final String LISTEN = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.__violations.push(event.effectiveDirective + ' ' + event.blockedURI + ' ' + (event.sample || '')));
            """;

    @Autowired AccountService accounts;

    private final List<String> consoleViolations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__violations");
    }

    private void visit(Page page, String path) {
        page.navigate(url(path));
        try {
            page.waitForSelector("main");
        } catch (PlaywrightException notShown) {
            throw new AssertionError("/" + path + " did not render; violations " + violations(page) + consoleViolations, notShown);
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(violations(page)).as("violations on /%s", path).isEmpty();
    }

    @Test
    void aSampleOfPagesRunsWithinThePolicyAndAnInjectedScriptDoesNot() {
        String email = "csp-admin-" + UUID.randomUUID() + "@motesplats.test";
        accounts.ensureAccount(email, "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));
        Page page = phone("sv-SE");
        page.addInitScript(LISTEN);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                consoleViolations.add(message.text());
            }
        });

        for (String path : List.of("", "activities", "sign-in")) {
            visit(page, path);
        }
        signIn(page, email);
        for (String path : List.of("my-devices", "admin/people", "my-data", "audit-log")) {
            visit(page, path);
        }
        page.navigate(url("my-devices"));
        page.waitForSelector("#open-sessions-list .device-row");
        assertThat(page.locator("#open-sessions-list").textContent()).as("this browser's session, marked")
                .contains("(den här enheten)");
        assertThat(consoleViolations).isEmpty();

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__injectedRan = true'; "
                + "document.body.appendChild(s); }");
        page.waitForFunction("() => window.__violations.length > 0");
        assertThat(page.evaluate("() => window.__injectedRan === true")).as("the injected script did not run").isEqualTo(false);
        assertThat(violations(page)).singleElement().asString().startsWith("script-src-elem inline");
    }
}
