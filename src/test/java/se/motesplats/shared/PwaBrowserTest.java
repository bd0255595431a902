package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HarContentPolicy;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.internal.BundleUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.HarDownloads;
import se.motesplats.testing.HarDownloads.Download;
import se.motesplats.testing.PublishedActivities;

/**
 * The portal installs as an app, and a newcomer's first visit downloads each file once: the
 * service worker pre-downloads only what the offline page needs, never the bundles.
 */
class PwaBrowserTest extends BrowserTestBase {

    @Autowired PublishedActivities published;

    @Test
    void chromiumReportsTheAppInstallable() {
        Page page = installablePhone("sv-SE");
        page.navigate(url(""));
        page.waitForSelector("#start-question");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        CDPSession devTools = browserContext().newCDPSession(page);
        JsonObject result = devTools.send("Page.getInstallabilityErrors");
        JsonArray errors = result.getAsJsonArray("installabilityErrors");
        assertThat(errors).as("installability errors: %s", errors).isEmpty();

        JsonObject manifest = devTools.send("Page.getAppManifest");
        assertThat(manifest.getAsJsonArray("errors")).as("manifest errors").isEmpty();
    }

    @Test
    void aFirstVisitDownloadsEachFileOnceAndTheWorkerOnlyTheOfflinePage() throws IOException {
        Path har = Path.of("target", "first-visit.har");
        Page page = phone("ar", new Browser.NewContextOptions().setRecordHarPath(har).setRecordHarContent(HarContentPolicy.OMIT));
        page.navigate(url(""));
        page.waitForSelector("#start-question");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.evaluate("() => document.fonts.ready.then(() => true)");
        page.waitForTimeout(1500); // the worker's install step runs after activation is requested; nothing to await from the page
        browserContext().close(); // writes the HAR file
        List<Download> downloads = HarDownloads.downloadsIn(har);

        long total = downloads.stream().mapToLong(Download::bytes).sum();
        long byWorker = downloads.stream().filter(Download::fromServiceWorker).mapToLong(Download::bytes).sum();
        String report = "First visit of the start page (Arabic, phone): " + total / 1024 + " KiB on the wire in "
                + downloads.size() + " requests, of which the service worker fetched " + byWorker / 1024 + " KiB\n"
                + downloads.stream().map(d -> String.format("%8d  %s %s", d.bytes(), d.fromServiceWorker() ? "[sw]" : "    ", d.url()))
                        .collect(Collectors.joining("\n"));
        Files.writeString(Path.of("target", "first-visit-bytes.txt"), report);
        System.out.println(report);

        assertThat(downloads.stream().filter(Download::fromServiceWorker).map(Download::url)
                .filter(download -> !download.contains("/VAADIN/build/")))
                .as("besides bundle files the page itself asked for, the worker pre-downloads only the offline page's files")
                .allMatch(download -> download.matches(".*/(offline\\.html|styles/offline\\.css"
                        + "|sw\\.js|sw-runtime-resources-precache\\.js)$"));
        Map<String, Long> timesDownloaded = downloads.stream()
                .filter(d -> d.url().contains("/VAADIN/build/") && d.bytes() > 0)
                .collect(Collectors.groupingBy(Download::url, Collectors.counting()));
        assertThat(timesDownloaded).as("each bundle file crosses the network once")
                .isNotEmpty()
                .allSatisfy((file, times) -> assertThat(times).isEqualTo(1));
    }

    /**
     * What a phone receives for a page holds what it uses (docs/performance.md, "Repeat visit"): no start-up images of
     * installed iOS apps and no comments in the page, a request for the chunk of the view only (not of every component
     * class), and after the view one round trip (the app layout reporting its state), not a question about the screen.
     */
    @Test
    void aPhonesPageCarriesWhatItUses() {
        published.anyShown();
        Page page = phone("ti");
        List<Response> roundTrips = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl") || response.url().contains("v-r=init")) {
                roundTrips.add(response);
            }
        });
        String html = page.navigate(url("activities")).text();
        page.waitForSelector(".activity-card");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        List<String> chunkRequests = new ArrayList<>();
        for (Response roundTrip : roundTrips) {
            Matcher request = Pattern.compile("loadOnDemand\\('([0-9a-f]+)'\\)").matcher(roundTrip.text());
            while (request.find()) {
                chunkRequests.add(request.group(1));
            }
        }

        assertThat(html).doesNotContain("apple-touch-startup-image").doesNotContain("<!--");
        assertThat(chunkRequests).as("chunks asked for").containsExactly(
                BundleUtils.getChunkId(ActivityListView.class.getName()));
        assertThat(roundTrips).as("init, the view, the layout's state").hasSize(3);
        assertThat(page.locator("vaadin-side-nav-item").count()).as("a phone's closed drawer stays empty").isZero();
    }
}
