package se.motesplats.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of real-browser journeys (suffix {@code BrowserTest}): Debian's Chromium driven by
 * Playwright against the app in production mode, on a phone-sized viewport.
 */
@MotesplatsSpringTest
public abstract class BrowserTestBase {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** What Debian's Chromium needs on these machines: no sandbox as root, no calls home. */
    public static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    private TestClock testClock;

    private BrowserContext context;
    private final List<BrowserContext> contexts = new java.util.ArrayList<>();
    private final List<Browser> extraBrowsers = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // lets the context's request events include the service worker's own downloads
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("motesplats.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * On the public pages the app's client starts at the person's first touch, key or scroll (ADR 0008). The person of a
     * journey touches each page as soon as it is there; {@code FirstPaintBrowserTest} tests the waiting with real taps.
     */
    public static final String TOUCHES_AT_ONCE = "addEventListener('DOMContentLoaded', () => dispatchEvent(new Event('pointerdown')));";

    /** A fresh phone-sized browser whose Accept-Language is the given language. */
    protected Page phone(String languageTag) {
        return phone(languageTag, new Browser.NewContextOptions());
    }

    /**
     * A phone with a passkey store: Chromium's virtual authenticator (DevTools' WebAuthn domain), built in
     * like a phone's and unlocked as by its screen lock, so every ceremony is user-verified without a prompt.
     */
    protected Page phoneWithPasskeys(String languageTag) {
        Page page = phone(languageTag);
        com.microsoft.playwright.CDPSession devTools = context.newCDPSession(page);
        devTools.send("WebAuthn.enable");
        com.google.gson.JsonObject authenticator = new com.google.gson.JsonObject();
        authenticator.addProperty("protocol", "ctap2");
        authenticator.addProperty("transport", "internal");
        authenticator.addProperty("hasResidentKey", true);
        authenticator.addProperty("hasUserVerification", true);
        authenticator.addProperty("isUserVerified", true);
        authenticator.addProperty("automaticPresenceSimulation", true);
        com.google.gson.JsonObject options = new com.google.gson.JsonObject();
        options.add("options", authenticator);
        devTools.send("WebAuthn.addVirtualAuthenticator", options);
        return page;
    }

    /** A laptop-sized browser, as coordinators mostly use: no touch, no mobile date pickers. */
    protected Page laptop(String languageTag) {
        return touchingAtOnce(browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale(languageTag)
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", languageTag)))).newPage();
    }

    /** The same, with further options such as recording a HAR file. */
    protected Page phone(String languageTag, Browser.NewContextOptions options) {
        return touchingAtOnce(browser.newContext(asPhone(options, languageTag))).newPage();
    }

    /** A phone whose person reads before touching anything: the public pages' client waits for a real touch. */
    protected Page phoneNotTouchedYet(String languageTag) {
        return phoneNotTouchedYet(languageTag, new Browser.NewContextOptions());
    }

    /** The same, with further options such as recording a HAR file. */
    protected Page phoneNotTouchedYet(String languageTag, Browser.NewContextOptions options) {
        return notTouchedYet(browser.newContext(asPhone(options, languageTag)));
    }

    private Page notTouchedYet(BrowserContext opened) {
        context = opened;
        contexts.add(opened);
        return opened.newPage();
    }

    /** The test's current context; a test may hold several phones at once (a leader's and a participant's), all closed after it. */
    private BrowserContext touchingAtOnce(BrowserContext opened) {
        opened.addInitScript(TOUCHES_AT_ONCE);
        context = opened;
        contexts.add(opened);
        return opened;
    }

    private static Browser.NewContextOptions asPhone(Browser.NewContextOptions options, String languageTag) {
        return options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(languageTag)
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", languageTag));
    }

    /**
     * A phone whose camera films the given video (a Y4M file, looped), and which allows the camera without
     * asking: Chromium's fake capture device, in a browser of its own since those are launch options.
     */
    protected Page phoneWithCamera(String languageTag, Path video) {
        return touchingAtOnce(browserOfItsOwn(new BrowserType.LaunchOptions().setArgs(List.of("--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath())))
                .newContext(asPhone(new Browser.NewContextOptions(), languageTag))).newPage();
    }

    /**
     * A phone that has only the fonts a fontconfig file leaves it (such as none for a script), not touched yet: Chromium
     * takes the file from its environment, so in a browser of its own.
     */
    protected Page phoneWithFontsNotTouchedYet(String languageTag, Path fontconfig) {
        return notTouchedYet(browserOfItsOwn(new BrowserType.LaunchOptions()
                .setEnv(java.util.Map.of("FONTCONFIG_FILE", fontconfig.toAbsolutePath().toString())))
                .newContext(asPhone(new Browser.NewContextOptions(), languageTag)));
    }

    /** A browser launched for one test with the given options besides the usual ones (args are added to them). */
    private Browser browserOfItsOwn(BrowserType.LaunchOptions options) {
        List<String> args = new java.util.ArrayList<>(CHROMIUM_ARGS);
        if (options.args != null) {
            args.addAll(options.args);
        }
        Browser own = playwright.chromium().launch(options
                .setExecutablePath(Path.of(System.getProperty("motesplats.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(args));
        extraBrowsers.add(own);
        return own;
    }

    /**
     * A phone browser with a real profile on disk: Chromium never offers to install an app in an
     * incognito context, which is what {@link #phone} gives.
     */
    protected Page installablePhone(String languageTag) {
        try {
            context = playwright.chromium().launchPersistentContext(
                    java.nio.file.Files.createTempDirectory("motesplats-chromium"),
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(Path.of(System.getProperty("motesplats.chromium", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS)
                            .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                            .setIsMobile(true)
                            .setHasTouch(true)
                            .setLocale(languageTag));
            context.addInitScript(TOUCHES_AT_ONCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
    }

    protected BrowserContext browserContext() {
        return context;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Every pictogram on the page draws its shape: the names come from the app's subset of Vaadin's icon set
     * ({@code shared.ui.Pictogram}, {@code frontend/icons/vaadin-subset.ts}), where a missing name draws nothing.
     */
    protected void assertPictogramsDrawn(Page page, int atLeast) {
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-icon[icon]')].every(i => i.shadowRoot)");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> found = (java.util.Map<String, Object>) page.evaluate("""
                () => { const icons = [...document.querySelectorAll('vaadin-icon[icon]')];
                        return { all: icons.length,
                                 empty: icons.filter(i => !i.shadowRoot.querySelector('svg path')).map(i => i.getAttribute('icon')) }; }""");
        assertThat(((Number) found.get("all")).intValue()).as("pictograms on %s", page.url()).isGreaterThanOrEqualTo(atLeast);
        assertThat((List<?>) found.get("empty")).as("pictograms that draw nothing on %s", page.url()).isEmpty();
    }

    protected void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    /**
     * Signs in with a one-time code read from the development outbox, as someone trying the demo
     * does, and waits for the start page.
     */
    protected void signIn(Page page, String email) {
        page.navigate(url("sign-in"));
        page.fill("#sign-in-email input", email);
        page.click("#sign-in-send");
        enterCode(page, email);
        completeSecondFactor(page, email);
    }

    /**
     * Staff confirm with their authenticator app: the first time they enrol on the page they are sent
     * to (the test keeps the secret, as the app would), later they type the app's code. The clock
     * moves on 30 seconds first, as each code is accepted once.
     */
    protected void completeSecondFactor(Page page, String email) {
        page.waitForSelector("#sign-in-app-code:visible, #sign-out");
        if (page.locator("#sign-in-app-code").isVisible()) {
            testClock.advance(java.time.Duration.ofSeconds(30));
            page.fill("#sign-in-app-code input", AuthenticatorApp.codeFor(email, testClock.instant()));
            page.click("#sign-in-app-verify");
            page.waitForSelector("#sign-out");
            return;
        }
        page.waitForLoadState();
        if (page.url().contains("second-factor")) {
            page.waitForSelector("#second-factor-secret");
            AuthenticatorApp.add(email, page.locator("#second-factor-secret").textContent());
            page.fill("#second-factor-enrol-code input", AuthenticatorApp.codeFor(email, testClock.instant()));
            page.click("#second-factor-enrol-button");
            page.waitForURL(url(""));
            page.waitForSelector("#sign-out");
        }
    }

    /** The code step of signing in or joining: the newest code sent to the address, from the outbox. */
    protected void enterCode(Page page, String email) {
        page.waitForSelector("#sign-in-code input");
        page.fill("#sign-in-code input", newestCodeFor(email));
        page.click("#sign-in-verify");
    }

    protected String newestCodeFor(String email) {
        Page outbox = browserContext().newPage();
        outbox.navigate(url("dev/outbox"));
        outbox.waitForSelector(".outbox-view");
        String text = outbox.locator(".outbox-message", new Page.LocatorOptions().setHasText(email)).first().textContent();
        outbox.close();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(text == null ? "" : text);
        return code.find() ? code.group(1) : "";
    }

    /** axe-core finds no WCAG 2.x A or AA violation on the page as it is now. */
    protected void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        assertThat(results.getViolations())
                .as(() -> results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @AfterEach
    void closeContext() {
        if (context != null && !contexts.contains(context)) {
            context.close();
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        extraBrowsers.forEach(Browser::close);
        extraBrowsers.clear();
    }
}
