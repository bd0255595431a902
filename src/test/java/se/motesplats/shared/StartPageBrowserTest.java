package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import se.motesplats.testing.BrowserTestBase;

/** Journey 1 begins: a newcomer opens the link on a phone and the portal speaks their language. */
class StartPageBrowserTest extends BrowserTestBase {

    private Page openStart(String language) {
        Page page = phone(language);
        page.navigate(url(""));
        page.waitForSelector("#start-question");
        page.waitForSelector("#bottom-nav");
        page.evaluate("() => document.fonts.ready");
        return page;
    }

    @Test
    void swedishStartPage() {
        Page page = openStart("sv-SE");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("sv");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
        assertThat(page.textContent("#start-question")).isEqualTo("Vad vill du göra?");
        assertThat(page.locator("#start-tiles a[href*='admin']").count()).as("no administration for visitors").isZero();
        Object fontsLoaded = page.evaluate("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family).join()");
        assertThat((String) fontsLoaded).as("Swedish pages download no Arabic or Ethiopic font").doesNotContain("Noto");
        screenshot(page, "start-sv");
        assertAccessible(page);
    }

    @Test
    void arabicStartPageIsRightToLeftAndMirrored() {
        Page page = openStart("ar");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        BoundingBox brand = page.locator(".brand").boundingBox();
        BoundingBox picker = page.locator("#language-picker").boundingBox();
        assertThat(brand.x).as("the app name starts on the right in Arabic").isGreaterThan(picker.x);
        var items = page.locator("#bottom-nav > *");
        if (items.count() > 1) {
            assertThat(items.nth(0).boundingBox().x).as("the first bottom entry sits rightmost")
                    .isGreaterThan(items.nth(1).boundingBox().x);
        }
        screenshot(page, "start-ar");
        assertAccessible(page);
    }

    @Test
    void tigrinyaStartPageLoadsTheEthiopicFont() {
        Page page = openStart("ti");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ti");
        Object loaded = page.evaluate("() => document.fonts.check('16px \"Noto Sans Ethiopic\"', 'ሰላም')"
                + " && [...document.fonts].some(f => f.family.includes('Noto Sans Ethiopic') && f.status === 'loaded')");
        assertThat(loaded).isEqualTo(true);
        screenshot(page, "start-ti");
        assertAccessible(page);
    }

    @Test
    void wideScreensGetSideNavigationInsteadOfTheBottomBar() {
        Page page = phone("sv-SE");
        page.setViewportSize(1280, 800);
        page.navigate(url(""));
        page.waitForSelector("#side-nav vaadin-side-nav-item");
        assertThat(page.isVisible("#side-nav")).isTrue();
        assertThat(page.isVisible("#bottom-nav")).isFalse();
        screenshot(page, "start-sv-wide");
    }

    /** A phone's side menu is built when "More" opens the drawer (it held a quarter of a session's memory). */
    @Test
    void onAPhoneTheMenuIsBuiltWhenMoreOpensIt() {
        Page page = phone("ar");
        page.navigate(url(""));
        page.waitForSelector("#bottom-nav-more");
        assertThat(page.locator("#side-nav vaadin-side-nav-item").count()).isZero();
        page.click("#bottom-nav-more");
        page.waitForSelector("#side-nav vaadin-side-nav-item:visible");
        assertThat(page.locator("#side-nav vaadin-side-nav-item").count()).isGreaterThan(3);
        assertAccessible(page);
    }

    @Test
    void theOfflinePageSpeaksTheRememberedLanguage() {
        Page page = phone("sv-SE");
        browserContext().addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("motesplats-lang", "ar")
                .setUrl(url(""))));
        page.navigate(url("offline.html"));
        assertThat(page.locator("section").count()).isEqualTo(12);
        assertThat(page.isVisible("section[lang='ar']")).isTrue();
        assertThat(page.isVisible("section[lang='sv']")).isFalse();
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        assertAccessible(page);
    }

    @Test
    void theChosenLanguageIsRemembered() {
        Page page = openStart("sv-SE");
        page.click("#language-picker");
        page.click("#language-ar");
        page.waitForFunction("() => document.documentElement.lang === 'ar'");
        page.waitForSelector("#start-question");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
        page.navigate(url("sign-in"));
        page.waitForSelector("#sign-in-email");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
        assertAccessible(page);
    }
}
