package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.testing.BrowserTestBase;

/**
 * Push in a real Chromium, as far as it goes offline: subscribing needs Google's push service, so the
 * test checks that the setting appears only where the browser can push, and that the service worker
 * shows a pushed message (delivered through DevTools) in the recipient's language and direction.
 */
class PushBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;

    @Test
    void theSettingAppearsWhereTheBrowserCanPushAndNowhereElse() {
        String email = "ayaan-" + UUID.randomUUID() + "@example.se";
        accounts.ensureAccount(email, "Ayaan", SupportedLanguage.SOMALI, Set.of());
        Page page = phone("so");
        signIn(page, email);
        page.navigate(url("my-profile"));
        page.waitForSelector("#push-setting:not([hidden]) #push-toggle");
        assertAccessible(page);

        Page withoutPush = phone("so");
        withoutPush.addInitScript("delete window.PushManager");
        signIn(withoutPush, email);
        withoutPush.navigate(url("my-profile"));
        withoutPush.waitForSelector("#push-setting[support=none]", new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(withoutPush.locator("#push-setting").isHidden()).isTrue();
    }

    @Test
    void theWorkerShowsAPushedNoticeInTheRecipientsLanguage() throws Exception {
        Page page = phone("ar");
        browserContext().grantPermissions(List.of("notifications"));
        page.navigate(url(""));
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        CDPSession devTools = browserContext().newCDPSession(page);
        CompletableFuture<String> registration = new CompletableFuture<>();
        devTools.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations")
                .forEach(each -> registration.complete(each.getAsJsonObject().get("registrationId").getAsString())));
        devTools.send("ServiceWorker.enable");
        for (int i = 0; i < 100 && !registration.isDone(); i++) {
            page.waitForTimeout(100); // Playwright hands over DevTools events only while it is called
        }
        JsonObject push = new JsonObject();
        push.addProperty("origin", url("").replaceAll("/$", ""));
        push.addProperty("registrationId", registration.getNow(""));
        push.addProperty("data", "{\"title\":\"تذكير: القهوة\",\"body\":\"غدًا 10:00\",\"url\":\"" + url("activities/7")
                + "\",\"lang\":\"ar\",\"dir\":\"rtl\"}");
        devTools.send("ServiceWorker.deliverPushMessage", push);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shown = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const registration = await navigator.serviceWorker.ready;
                  for (let i = 0; i < 50; i++) {
                    const shown = await registration.getNotifications();
                    if (shown.length) return shown.map((n) => ({ title: n.title, body: n.body, lang: n.lang, dir: n.dir, url: n.data.url }));
                    await new Promise((resolve) => setTimeout(resolve, 100));
                  }
                  return [];
                }""");
        assertThat(shown).singleElement().isEqualTo(Map.of("title", "تذكير: القهوة", "body", "غدًا 10:00", "lang", "ar", "dir", "rtl",
                "url", url("activities/7")));
    }
}
