package se.motesplats.activity;

import static se.motesplats.testing.BenchmarkReport.say;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ui.ActivityDetailView;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * What the first touch of a public page costs (ADR 0008): the page is loaded and quiet, the person taps its heading,
 * and the clock runs until the live view has replaced the first paint (the app's client loaded and evaluated, its UI
 * started on the server, the view rendered). On a phone as Lighthouse pretends one: the CPU four times slower than
 * this machine's (DevTools' CPU throttling) and slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up). Each run
 * is a fresh browser profile, so nothing is cached: the worst case, a first visit.
 *
 * <p>Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dvaadin.skip -Dtest=FirstTouchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.runs=5 -Dbenchmark.languages=sv,ar,ti
 * -Dbenchmark.cpu-slowdown=4} (docs/performance.md).
 */
class FirstTouchBenchmark extends BrowserTestBase {

    static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    static final List<String> LANGUAGES = List.of(System.getProperty("benchmark.languages", "sv,ar,ti").split(","));
    static final int CPU_SLOWDOWN = Integer.getInteger("benchmark.cpu-slowdown", 4);
    static final Path REPORT = Path.of("target", "benchmark", "first-touch.txt");

    @Autowired PublishedActivities published;

    @Test
    void fromTheFirstTouchToTheLiveView() throws Exception {
        long activity = published.anyShown();
        // each page, and what shows once its live view is there
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("", "#start-question");
        pages.put(ActivityListView.PATH, "#activity-cards .activity-card");
        pages.put(ActivityDetailView.PATH + "/" + activity, "#activity-title");
        StringBuilder report = new StringBuilder();
        say(report, "From the first touch to the live view: CPU %dx slower, slow 4G, fresh profile, %d runs, load average %.1f%n",
                CPU_SLOWDOWN, RUNS, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        say(report, "%-4s %-18s %8s %8s %8s%n", "lang", "page", "min ms", "median", "max ms");
        for (String language : LANGUAGES) {
            for (var page : pages.keySet()) {
                List<Long> times = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    times.add(touchToLiveView(language, page, pages.get(page)));
                }
                times.sort(null);
                say(report, "%-4s %-18s %8d %8d %8d%n", language, "/" + page, times.getFirst(), times.get(times.size() / 2), times.getLast());
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    private long touchToLiveView(String language, String path, String liveView) {
        Page page = phoneNotTouchedYet(language);
        CDPSession devTools = browserContext().newCDPSession(page);
        JsonObject cpu = new JsonObject();
        cpu.addProperty("rate", CPU_SLOWDOWN);
        devTools.send("Emulation.setCPUThrottlingRate", cpu);
        JsonObject network = new JsonObject();
        network.addProperty("offline", false);
        network.addProperty("latency", 150);
        network.addProperty("downloadThroughput", 1_600_000 / 8);
        network.addProperty("uploadThroughput", 750_000 / 8);
        devTools.send("Network.emulateNetworkConditions", network);

        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        var heading = page.locator("#first-paint h1").boundingBox();
        long touched = System.nanoTime();
        page.touchscreen().tap(heading.x + heading.width / 2, heading.y + heading.height / 2);
        page.waitForSelector(liveView);
        page.waitForFunction("() => !document.getElementById('first-paint')", null,
                new Page.WaitForFunctionOptions().setPollingInterval(10));
        long millis = (System.nanoTime() - touched) / 1_000_000;
        browserContext().close();
        return millis;
    }
}
