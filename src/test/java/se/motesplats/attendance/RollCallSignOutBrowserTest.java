package se.motesplats.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

/**
 * Signing out of a leader's phone forgets its offline roll calls (first names), unless check-ins
 * are still waiting to be sent: then it says so and the leader stays signed in.
 */
class RollCallSignOutBrowserTest extends BrowserTestBase {

    /** The roll call's own database, as frontend/roll-call/store.ts creates it, with one tap not yet sent. */
    private static final String UNSENT_TAP = """
            () => new Promise((ok, fail) => {
              const request = indexedDB.open('motesplats-roll-call', 1);
              request.onupgradeneeded = () => {
                request.result.createObjectStore('roll-calls', { keyPath: 'meeting.meetingId' });
                request.result.createObjectStore('outbox', { keyPath: 'clientId' });
              };
              request.onsuccess = () => {
                const db = request.result;
                const transaction = db.transaction('outbox', 'readwrite');
                transaction.objectStore('outbox').put({ clientId: 'c7a3b2e0-0000-4000-8000-000000000001' });
                transaction.oncomplete = () => { db.close(); ok(true); };
                transaction.onerror = () => fail(transaction.error);
              };
              request.onerror = () => fail(request.error);
            })""";

    private static final String SEND_IT = """
            () => new Promise((ok, fail) => {
              const request = indexedDB.open('motesplats-roll-call', 1);
              request.onsuccess = () => {
                const db = request.result;
                const transaction = db.transaction('outbox', 'readwrite');
                transaction.objectStore('outbox').clear();
                transaction.oncomplete = () => { db.close(); ok(true); };
              };
              request.onerror = () => fail(request.error);
            })""";

    @Autowired AccountService accounts;

    @Test
    void signingOutForgetsTheRollCallsButNeverUnsentCheckIns() {
        String email = "leader-" + UUID.randomUUID() + "@motesplats.test";
        accounts.ensureAccount(email, "Sara", SupportedLanguage.SWEDISH, List.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER));
        Page leader = phone("sv");
        signIn(leader, email);
        leader.evaluate(UNSENT_TAP);

        leader.click("#sign-out");
        assertThat(leader.locator("vaadin-notification-card")).containsText("1 incheckning har inte skickats");
        assertThat(leader.locator("#sign-out")).isVisible();

        leader.evaluate(SEND_IT);
        leader.click("#sign-out");
        assertThat(leader.locator("#sign-in")).isVisible();
        List<String> databases = ((List<?>) leader.evaluate("() => indexedDB.databases().then(all => all.map(db => db.name))")).stream()
                .map(String::valueOf).toList();
        assertThat(databases).doesNotContain("motesplats-roll-call");
    }
}
