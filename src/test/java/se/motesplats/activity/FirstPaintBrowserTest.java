package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * The public pages' first paint on an Arabic phone: without the app's JavaScript it is the page (right to left, links that
 * work, accessible); the app's client starts only at the person's first touch, and then the live view replaces it in one
 * frame, where it stood, and it leaves the page.
 */
class FirstPaintBrowserTest extends BrowserTestBase {

    /**
     * Watches every frame from the first: whether the first paint showed, whether a frame ever had both it and the
     * live view visible (duplicate content) or neither (a flash of nothing), and the layout shifts.
     */
    private static final String WATCH = """
            window.__fp = { seen: false, both: false, blank: false, shift: 0 };
            new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
              if (!entry.hadRecentInput) window.__fp.shift += entry.value;
            })).observe({ type: 'layout-shift', buffered: true });
            const frame = () => {
              const first = document.getElementById('first-paint');
              const outlet = document.getElementById('outlet');
              const live = outlet && outlet.firstElementChild && outlet.firstElementChild.style.display !== 'none';
              const firstShows = first && getComputedStyle(first).display !== 'none';
              if (firstShows) window.__fp.seen = true;
              if (firstShows && live) window.__fp.both = true;
              if (window.__fp.seen && !firstShows && !live) window.__fp.blank = true;
              if (!live || first) requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
            """;

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired TranslationProvider translations;

    private String ar(String key) {
        return translations.translate(SupportedLanguage.ARABIC, key);
    }

    @Test
    void withoutTheAppsJavaScriptTheFirstPaintIsThePage() {
        long id = published.weekly("Språkcafé <b>fet</b>", null, true).activityId();
        String arabicTitle = activities.detail(id, SupportedLanguage.ARABIC).orElseThrow().title();
        String unique = arabicTitle.substring(arabicTitle.lastIndexOf(' ') + 1);
        // as when the app's scripts never arrive: the page is what the server sent (no service worker to fetch them either)
        Page page = phone("ar", new com.microsoft.playwright.Browser.NewContextOptions()
                .setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        page.route("**/VAADIN/**", com.microsoft.playwright.Route::abort);

        page.navigate(url(""));
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.textContent("#first-paint h1")).isEqualTo(ar("shared.start.question"));
        assertAccessible(page);

        page.navigate(url("activities"));
        assertThat(page.textContent("#first-paint h1")).isEqualTo(ar("activity.list.title"));
        assertAccessible(page);
        // the search works as a plain form, and a card is a plain link
        page.fill("#first-paint input[name=q]", unique);
        page.press("#first-paint input[name=q]", "Enter");
        page.waitForURL(url -> url.contains("q=" + unique));
        assertThat(page.locator("#first-paint .fp-card")).satisfies(cards -> assertThat(cards.count()).isEqualTo(1));
        page.click("#first-paint .fp-card");
        page.waitForURL(url("activities/" + id));
        assertThat(page.textContent("#first-paint h1")).isEqualTo(arabicTitle);
        assertThat(page.locator("#first-paint h1").getAttribute("lang")).isEqualTo("ar");
        assertAccessible(page);
        screenshot(page, "first-paint-ar-activity-no-js");
    }

    @Test
    void theLiveViewReplacesTheFirstPaintWhereItStood() {
        long id = published.weekly("Språkcafé", null, true).activityId();
        phoneNotTouchedYet("ar").close();
        List<String> started = new java.util.ArrayList<>();
        browserContext().onRequest(request -> {
            if (request.url().contains("v-r=init")) {
                started.add(request.url());
            }
        });
        Page page = null;
        for (var visit : List.of(Map.entry("", "#start-question"), Map.entry("activities", "#activity-cards .activity-card"),
                Map.entry("activities/" + id, "#activity-title"))) {
            // a new tab each time: the client starts at once in a tab where it started before
            page = browserContext().newPage();
            page.addInitScript(WATCH);
            started.clear();
            page.navigate(url(visit.getKey()));
            // the person reads: the page is loaded and quiet, and the app's client has not started
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(started).as("%s: no UI before the first touch", visit.getKey()).isEmpty();
            assertThat(page.locator("#outlet > *").count()).as("%s: nothing in the outlet", visit.getKey()).isZero();
            // then touches the heading: the live view starts and takes the first paint's place
            var heading = page.locator("#first-paint h1").boundingBox();
            page.touchscreen().tap(heading.x + heading.width / 2, heading.y + heading.height / 2);
            page.waitForSelector(visit.getValue());
            assertThat(started).as("%s: one UI after the touch", visit.getKey()).hasSize(1);
            page.waitForFunction("() => !document.getElementById('first-paint')");
            @SuppressWarnings("unchecked")
            Map<String, Object> watched = (Map<String, Object>) page.evaluate("() => window.__fp");
            assertThat(watched.get("seen")).as("%s: the first paint showed", visit.getKey()).isEqualTo(true);
            assertThat(watched.get("both")).as("%s: never both at once", visit.getKey()).isEqualTo(false);
            assertThat(watched.get("blank")).as("%s: never neither", visit.getKey()).isEqualTo(false);
            assertThat(((Number) watched.get("shift")).doubleValue()).as("%s: layout shift", visit.getKey()).isLessThan(0.01);
            Map<String, Number> before = Map.of("x", heading.x, "y", heading.y, "width", heading.width);
            @SuppressWarnings("unchecked")
            Map<String, Number> after = (Map<String, Number>) page.evaluate(
                    "() => { const r = document.querySelector('#outlet main h1').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width }; }");
            System.out.printf("first paint %s: heading before %s, after %s, navbar %s%n", visit.getKey(), before, after,
                    page.evaluate("() => document.querySelector('#outlet main').getBoundingClientRect().y"));
            assertThat(before.get("y").doubleValue()).as("%s: heading's top", visit.getKey()).isCloseTo(after.get("y").doubleValue(),
                    org.assertj.core.data.Offset.offset(4.0));
            assertThat(before.get("x").doubleValue()).as("%s: heading's start", visit.getKey()).isCloseTo(after.get("x").doubleValue(),
                    org.assertj.core.data.Offset.offset(4.0));
            assertAccessible(page);
            screenshot(page, "first-paint-ar-live-" + visit.getKey().replace('/', '-'));
            page.close();
        }
        // in a tab where the person has touched a page, the next public page starts the client without waiting
        page = browserContext().newPage();
        page.navigate(url(""));
        page.locator("#first-paint h1").tap();
        page.waitForSelector("#start-question");
        started.clear();
        page.navigate(url("activities"));
        page.waitForSelector("#activity-cards .activity-card");
        assertThat(started).as("started again without a touch").hasSize(1);
    }

    /**
     * Someone who starts typing a search into the first paint (which starts the client) goes on typing in the live
     * view's search field: the letters typed so far are there, with the focus, and the search runs with all of them.
     */
    @Test
    void whatThePersonBeganToTypeGoesOnInTheLiveSearch() {
        long id = published.weekly("Stickcafé Zebrafinken", null, true).activityId();
        Page page = phoneNotTouchedYet("sv");
        page.navigate(url("activities"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.locator("#first-paint input[name=q]").tap();
        page.keyboard().type("Zebra");
        page.waitForSelector("#filter-text");
        page.waitForFunction("() => !document.getElementById('first-paint')");

        assertThat(page.locator("#filter-text input").inputValue()).isEqualTo("Zebra");
        assertThat(page.evaluate("() => document.activeElement.closest('#filter-text') !== null")).as("focus in the live field")
                .isEqualTo(true);
        page.keyboard().type("finken");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.locator("#activity-cards .activity-card").count() == 1);
        assertThat(page.locator("#activity-cards .activity-card").getAttribute("href")).endsWith("activities/" + id);
    }

    /**
     * Someone whose phone speaks another language chooses theirs in the first paint's bar: a touch there opens the list
     * without starting the app (which would take the list away), and a language reloads the page in it.
     */
    /**
     * A page the phone already has is not sent again (security.PageRevalidation, issue 9's repeat visit): the server
     * answers "not modified", the phone shows the page it kept, whose scripts carry the nonce of the policy it kept
     * with it, and the app still starts at the first touch. (Without the service worker, to see the page's own answer;
     * the worker fetches pages through the same HTTP cache, FirstVisitBenchmark.)
     */
    @Test
    void aPageThePhoneAlreadyHasIsNotSentAgainAndStillStarts() {
        published.weekly("Språkcafé", null, true);
        Page first = phoneNotTouchedYet("ti", new com.microsoft.playwright.Browser.NewContextOptions()
                .setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        assertThat(first.navigate(url("activities")).status()).isEqualTo(200);
        first.close();

        Page page = browserContext().newPage();
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        var again = page.navigate(url("activities"));
        assertThat(again.headerValue("etag")).isNotNull();
        assertThat(again.headerValue("content-security-policy")).as("the answer was 304, without the page's headers").isNull();
        assertThat(((Number) page.evaluate("() => performance.getEntriesByType('navigation')[0].transferSize")).intValue())
                .as("bytes of the page's answer").isLessThan(600);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(refused).as("every script of the kept page runs").isEmpty();
        // the kept policy is in force on the kept page: a script without its nonce is refused
        assertThat(page.evaluate("""
                () => new Promise((resolve) => {
                  document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
                  const smuggled = document.createElement('script');
                  smuggled.textContent = 'window.smuggled = true';
                  document.head.append(smuggled);
                  setTimeout(() => resolve(window.smuggled ? 'ran' : 'nothing'), 2000);
                })""")).isEqualTo("script-src-elem");
        refused.clear();
        page.locator("#first-paint h1").tap();
        page.waitForSelector("#activity-cards .activity-card");
        page.waitForFunction("() => !document.getElementById('first-paint')");
        assertThat(refused).as("and the app's").isEmpty();
    }

    @Test
    void aLanguageIsChosenInTheFirstPaintWithoutStartingTheApp() {
        Page page = phoneNotTouchedYet("sv");
        List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=init")) {
                started.add(request.url());
            }
        });
        page.navigate(url(""));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.locator("#first-paint .fp-lang summary").tap();
        page.waitForSelector("#first-paint .fp-lang a[lang=ti]");
        assertAccessible(page);
        screenshot(page, "first-paint-sv-languages");
        assertThat(started).as("the app did not start").isEmpty();

        page.locator("#first-paint .fp-lang a[lang=ti]").tap();
        page.waitForFunction("() => document.documentElement.lang === 'ti'");
        assertThat(page.textContent("#first-paint h1")).isEqualTo(translations.translate(SupportedLanguage.TIGRINYA, "shared.start.question"));
        assertThat(started).as("nor on the page in the new language, before a touch there").isEmpty();
    }
}
