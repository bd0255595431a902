package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.motesplats.testing.BenchmarkReport.say;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.HarContentPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.HarDownloads;
import se.motesplats.testing.HarDownloads.Download;
import se.motesplats.testing.PublishedActivities;

/**
 * The weight of a newcomer's first visit (issue 9): a phone opens the start page, then the activity
 * listing, and its service worker installs; later the same phone comes back to both pages, and once more
 * after its HTTP cache was emptied (what is left is the service worker's cache). Counts the
 * bytes that crossed the network (compressed, response headers included, the service worker's own
 * downloads included) from Playwright's HAR recording, which takes them from Chromium's
 * {@code encodedDataLength}; a file served from a cache counts 0.
 *
 * <p>Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=FirstVisitBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.languages=sv,ar,ti} (see docs/performance.md).
 * The phone's person touches each page at once, so the app's client starts on both (ADR 0008); {@code
 * -Dbenchmark.reader=true} measures a person who only reads: the public pages' first paint, no client; {@code
 * -Dbenchmark.by-tap=true} a person who touches and goes from the start page to the listing by the menu's link.
 */
class FirstVisitBenchmark extends BrowserTestBase {

    static final List<String> LANGUAGES = List.of(System.getProperty("benchmark.languages", "sv,ar,ti").split(","));
    static final long FIRST_VISIT_GOAL = 250 * 1024;
    static final long REPEAT_VISIT_GOAL = 15 * 1024;
    static final int CARDS = 20;
    static final boolean READER = Boolean.getBoolean("benchmark.reader");
    /** The listing reached as a person reaches it from the start page, by the menu's link (the app navigates itself). */
    static final boolean BY_TAP = !READER && Boolean.getBoolean("benchmark.by-tap");
    static final String START_PAGE_SHOWN = READER ? "#first-paint h1" : "#start-question";
    static final String LISTING_SHOWN = READER ? "#first-paint .fp-card" : ".activity-card";
    static final Path REPORT = Path.of("target", "benchmark", "first-visit.txt");
    /** Chunks that only the pages needing them load: the map, the charts, the check-in scanner and the roll call. */
    static final Pattern LAZY_CHUNK = Pattern.compile(".*/VAADIN/build/(leaflet-map|chart|scanner|app)-[^/]*\\.js(\\?.*)?$");

    /** Kinds of files, by the first pattern their address matches. */
    static final Map<String, Pattern> KINDS = kinds();

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    private String chromium = "";

    /**
     * What one phone downloaded: the first visit, a repeat visit, and a repeat visit after the HTTP cache was
     * emptied (as when the browser evicted it or {@code max-age} ran out), which only the service worker's cache
     * can still save.
     */
    private record Visit(String language, List<Download> first, List<Download> repeat, List<Download> withoutHttpCache) {

        long firstBytes() {
            return bytes(first);
        }

        long firstByWorker() {
            return first.stream().filter(Download::fromServiceWorker).mapToLong(Download::bytes).sum();
        }

        long repeatBytes() {
            return bytes(repeat);
        }

        static long bytes(List<Download> downloads) {
            return downloads.stream().mapToLong(Download::bytes).sum();
        }

        /** Bytes of the first visit by kind of file, response headers apart. */
        Map<String, Long> firstByKind() {
            Map<String, Long> kinds = new LinkedHashMap<>();
            KINDS.keySet().forEach(kind -> kinds.put(kind, 0L));
            first.forEach(download -> kinds.merge(kindOf(download.url()), download.bytes() - download.headerBytes(), Long::sum));
            kinds.put("response headers", first.stream().mapToLong(Download::headerBytes).sum());
            return kinds;
        }

        List<String> lazyChunks() {
            return java.util.stream.Stream.of(first, repeat, withoutHttpCache).flatMap(List::stream).map(Download::url)
                    .filter(url -> LAZY_CHUNK.matcher(url).matches()).toList();
        }
    }

    @Test
    void firstAndRepeatVisitOfStartPageAndListing() throws Exception {
        aPageOfActivities();
        List<Visit> visits = new ArrayList<>();
        for (String language : LANGUAGES) {
            visits.add(visit(language));
        }

        StringBuilder report = new StringBuilder();
        say(report, "Bytes on the wire, phone (390x844, Chromium %s), start page then activity listing (%d cards), %s, load average %.1f%n",
                chromium, CARDS, READER ? "a person who only reads (no touch: first paint only)" : BY_TAP ? "touching at once, the listing by the menu's link" : "touching each page at once (the app's client starts)", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        say(report, "%-8s %18s %14s %18s %12s %12s %18s  %s%n", "language", "first visit", "of it worker", "repeat visit",
                "first<=250KiB", "repeat<=15KiB", "no HTTP cache", "lazy chunks loaded");
        for (Visit visit : visits) {
            say(report, "%-8s %,11d B %3d req %,12d B %,11d B %3d req %12s %12s %,11d B %3d req  %s%n", visit.language(),
                    visit.firstBytes(), visit.first().size(), visit.firstByWorker(), visit.repeatBytes(), visit.repeat().size(),
                    visit.firstBytes() <= FIRST_VISIT_GOAL ? "met" : "NOT met", visit.repeatBytes() <= REPEAT_VISIT_GOAL ? "met" : "NOT met",
                    Visit.bytes(visit.withoutHttpCache()), visit.withoutHttpCache().size(),
                    visit.lazyChunks().isEmpty() ? "none" : visit.lazyChunks());
        }
        say(report, "%nFirst visit by kind (bodies as sent, compressed; headers apart):%n%-22s", "");
        visits.forEach(visit -> say(report, " %12s", visit.language()));
        for (String kind : visits.getFirst().firstByKind().keySet()) {
            say(report, "%n%-22s", kind);
            visits.forEach(visit -> say(report, " %,10d B", visit.firstByKind().get(kind)));
        }
        say(report, "%n");
        for (Visit visit : visits) {
            say(report, "%nTen largest requests of the first visit (%s):%n", visit.language());
            crossedTheNetwork(report, visit.first(), 10);
            say(report, "Requests of the repeat visit (%s) that crossed the network:%n", visit.language());
            crossedTheNetwork(report, visit.repeat(), Integer.MAX_VALUE);
            say(report, "Largest requests of the repeat visit without HTTP cache (%s):%n", visit.language());
            crossedTheNetwork(report, visit.withoutHttpCache(), 10);
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        assertThat(visits).as("lazy chunks must not load on the start page or the listing")
                .allSatisfy(visit -> assertThat(visit.lazyChunks()).as(visit.language()).isEmpty());
    }

    private void crossedTheNetwork(StringBuilder report, List<Download> downloads, int limit) {
        downloads.stream().filter(download -> download.bytes() > 0).sorted(Comparator.comparingLong(Download::bytes).reversed()).limit(limit)
                .forEach(download -> say(report, "%,10d B %s %s%n", download.bytes(), download.fromServiceWorker() ? "[sw]" : "    ",
                        shortUrl(download.url())));
    }

    /**
     * One phone: first visit of both pages, the worker installed and quiet; then a repeat visit in the same browser;
     * then one more after emptying the HTTP cache.
     */
    private Visit visit(String language) throws Exception {
        Path har = Path.of("target", "benchmark", "first-visit-" + language + ".har");
        Files.createDirectories(har.getParent());
        Browser.NewContextOptions recorded = new Browser.NewContextOptions().setRecordHarPath(har).setRecordHarContent(HarContentPolicy.OMIT);
        Page page = READER ? phoneNotTouchedYet(language, recorded) : phone(language, recorded);
        BrowserContext context = browserContext();
        Traffic traffic = new Traffic(context);

        page.navigate(url(""));
        page.waitForSelector(START_PAGE_SHOWN);
        traffic.awaitQuiet(page);
        toListing(page);
        page.evaluate("() => navigator.serviceWorker.ready.then(registration => registration.active.state === 'activated' ? true"
                + " : new Promise(done => registration.active.addEventListener('statechange', () => done(true))))");
        page.evaluate("() => document.fonts.ready.then(() => true)");
        traffic.awaitQuiet(page);

        Instant repeatStarted = Instant.now();
        openBoth(context, traffic);
        Instant withoutCacheStarted = Instant.now();
        CDPSession devTools = context.newCDPSession(context.pages().getFirst());
        devTools.send("Network.clearBrowserCache"); // the HTTP cache only; the worker's Cache Storage stays
        devTools.detach();
        openBoth(context, traffic);
        chromium = context.browser().version();
        context.close(); // writes the HAR file

        List<Download> downloads = HarDownloads.downloadsIn(har);
        return new Visit(language, between(downloads, Instant.EPOCH, repeatStarted), between(downloads, repeatStarted, withoutCacheStarted),
                between(downloads, withoutCacheStarted, Instant.MAX));
    }

    /** A later visit: a new tab opens the start page, then the listing. */
    private void openBoth(BrowserContext context, Traffic traffic) {
        context.pages().forEach(Page::close);
        Page again = context.newPage();
        again.navigate(url(""));
        again.waitForSelector(START_PAGE_SHOWN);
        traffic.awaitQuiet(again);
        toListing(again);
        traffic.awaitQuiet(again);
    }

    /** From the start page to the listing: its address opened, or with {@link #BY_TAP} the menu's link tapped. */
    private void toListing(Page page) {
        if (BY_TAP) {
            page.click("#bottom-nav a[href='/" + ActivityListView.PATH + "']");
        } else {
            page.navigate(url(ActivityListView.PATH));
        }
        page.waitForSelector(LISTING_SHOWN);
    }

    private static List<Download> between(List<Download> downloads, Instant from, Instant to) {
        return downloads.stream().filter(download -> !download.started().toInstant().isBefore(from)
                && download.started().toInstant().isBefore(to)).toList();
    }

    /** Requests under way in the browser context, the service worker's included (see BrowserTestBase). */
    private static final class Traffic {

        private final AtomicInteger underWay = new AtomicInteger();
        private final AtomicLong lastChange = new AtomicLong(System.nanoTime());

        Traffic(BrowserContext context) {
            context.onRequest(request -> changed(1));
            context.onRequestFinished(request -> changed(-1));
            context.onRequestFailed(request -> changed(-1));
        }

        private void changed(int by) {
            underWay.addAndGet(by);
            lastChange.set(System.nanoTime());
        }

        /** Nothing under way for a second (at most 30 s): the worker has finished installing and pre-downloading. */
        void awaitQuiet(Page page) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && (underWay.get() > 0 || System.nanoTime() - lastChange.get() < 1_000_000_000L)) {
                page.waitForTimeout(100); // lets Playwright deliver the events
            }
        }
    }

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put("bundle files", Pattern.compile(".*/VAADIN/build/.*"));
        kinds.put("fonts", Pattern.compile(".*\\.woff2?$"));
        kinds.put("stylesheets", Pattern.compile(".*\\.css(\\?.*)?$"));
        kinds.put("Vaadin init and UIDL", Pattern.compile(".*[?&]v-r=.*"));
        kinds.put("pages (HTML)", Pattern.compile("https?://[^/]+/[^.?]*$"));
        kinds.put("other", Pattern.compile(".*"));
        return kinds;
    }

    private static String kindOf(String url) {
        return KINDS.entrySet().stream().filter(kind -> kind.getValue().matcher(url).matches()).findFirst().orElseThrow().getKey();
    }

    private void aPageOfActivities() {
        int missing = CARDS - activities.findPublished(ActivityFilter.ALL, SupportedLanguage.SWEDISH, 0, CARDS).size();
        for (int i = 0; i < missing; i++) {
            published.weekly("Språkcafé", null, true);
        }
    }

    /** Without the server, and without the browser's details that Vaadin's init request carries. */
    private String shortUrl(String url) {
        return url.replace("http://localhost:" + port, "").replaceFirst("&v-sh=.*", "&…");
    }
}
