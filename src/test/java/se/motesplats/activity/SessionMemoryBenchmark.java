package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.motesplats.testing.BenchmarkReport.say;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * Live heap per newcomer session on the activity listing, by Vaadin's heap-delta method: full
 * garbage collection, used heap; open N sessions over real HTTP as a phone's browser does; full
 * garbage collection, used heap again; (after - before) / N.
 *
 * <p>What a session is: one real Chromium visit of the listing (phone, Arabic) is recorded first.
 * In production mode the bootstrap page carries no UI: the browser then asks
 * {@code ?v-r=init&location=activities&…} (creates the UI), posts the {@code ui-navigate} event
 * (renders the view: layout, filters and a page of 20 cards) and posts the property
 * synchronisation of the web components that just upgraded. Every simulated phone replays exactly
 * those requests with {@code java.net.http.HttpClient} (its own session cookie and Vaadin security
 * key), and the benchmark checks that each navigation's response carries every card the browser
 * showed and that each session's UI shows the listing; Tomcat's session manager must hold exactly
 * the sessions opened.
 *
 * <p>Second estimates and what takes the memory: the class histogram of the live heap (the
 * {@code GC.class_histogram} diagnostic command) before and after; the serialised size of a sample of
 * sessions (where they serialise); the state nodes of each part of the page; and the heap each part
 * retains, measured by taking it out of every session's UI. At the end every session is left idle
 * past its timeout and Tomcat's expiry run closes it, as for a phone that went away (which is also
 * the clean-up), and the heap released is measured.
 *
 * <p>Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=SessionMemoryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.sessions=2000 -Dbenchmark.clients=4
 * -Dbenchmark.language=ar -Dbenchmark.until=page|init|navigate|all -Dbenchmark.query=q=zzzz -Dbenchmark.breakdown=false}
 * (see docs/performance.md).
 */
class SessionMemoryBenchmark extends BrowserTestBase {

    static final int SESSIONS = Integer.getInteger("benchmark.sessions", 2_000);
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", Math.min(300, SESSIONS));
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    static final String LANGUAGE = System.getProperty("benchmark.language", "ar");
    /** How far each session goes: the bootstrap page only, + the UI's init, + the navigation, or all a browser does. */
    static final String UNTIL = System.getProperty("benchmark.until", "all");
    /** The listing's query string, e.g. {@code q=zzzz} for a listing without cards (the cost of the cards by difference). */
    static final String QUERY = System.getProperty("benchmark.query", "");
    /** Whether to take parts of every view away afterwards and measure what each part retained. */
    static final boolean BREAKDOWN = Boolean.parseBoolean(System.getProperty("benchmark.breakdown", "true"));
    static final int CARDS = 20;
    static final Path REPORT = Path.of("target", "benchmark", "session-memory.txt");

    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired ApplicationContext context;

    /** What the recorded browser sent after the bootstrap page. */
    private record Visit(String initPathAndQuery, List<String> uidlPathAndQuery, List<String> uidlBodies, List<String> cardLinks,
            List<String> cardTitles) {
    }

    private record Opened(int sessions, int failed, long nanos, int requests, String firstFailure) {
    }

    private record Histogram(Map<String, long[]> byClass, long totalBytes, long totalInstances) {
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void liveHeapPerSession() throws Exception {
        StringBuilder report = new StringBuilder();
        Manager manager = tomcatManager();
        Set<String> preexisting = sessionIds(manager);

        aPageOfActivities();
        Visit visit = recordBrowserVisit();
        say(report, "Recorded a real browser's first visit of /%s (%s): %d Vaadin requests after the bootstrap page, %d cards shown%n",
                listing(), LANGUAGE, 1 + visit.uidlBodies().size(), visit.cardLinks().size());

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        // warm-up: classes, caches, JIT and the connection pool, then every session but those from before is expired
        Opened warm = open(client, visit, WARM_UP);
        assertThat(warm.failed()).as("warm-up failures: " + warm.firstFailure()).isZero();
        expireAllBut(manager, preexisting);
        assertThat(sessionIds(manager)).isEqualTo(preexisting);

        Histogram histogramBefore = histogram();
        long before = liveHeap();
        Opened run = open(client, visit, SESSIONS);
        long after = liveHeap();
        Histogram histogramAfter = histogram();
        assertThat(run.failed()).as("failed sessions, first: " + run.firstFailure()).isZero();

        AtomicReference<List<Session>> opened = new AtomicReference<>(
                sessions(manager).stream().filter(session -> !preexisting.contains(session.getIdInternal())).toList());
        int count = opened.get().size();
        int withListing = (int) opened.get().stream().filter(session -> showsTheListing(session, visit.cardLinks().size())).count();
        double perSession = (after - before) / (double) SESSIONS;
        double histogramPerSession = (histogramAfter.totalBytes() - histogramBefore.totalBytes()) / (double) SESSIONS;

        say(report, "%nSession memory, activity listing (%s), %d cores, Java %s, max heap %d MiB, GC %s, load average %.1f%n",
                LANGUAGE, Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).collect(Collectors.joining(", ")),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        say(report, "Each session: %s%n", describe(visit));
        say(report, "Sessions opened:           %,d (%d clients), %,d requests in %.1f s: %.0f sessions/s, %.0f requests/s%n", SESSIONS,
                CLIENTS, run.requests(), run.nanos() / 1e9, SESSIONS / (run.nanos() / 1e9), run.requests() / (run.nanos() / 1e9));
        say(report, "Tomcat's sessions:         %,d active, %,d of them opened here, %,d with a UI showing the listing and %d cards%n",
                manager.getActiveSessions(), count, withListing, visit.cardLinks().size());
        say(report, "Live heap before:          %,.1f MiB%n", before / 1048576.0);
        say(report, "Live heap after:           %,.1f MiB%n", after / 1048576.0);
        say(report, "Live heap per session:     %.1f KiB   (heap delta after full GC / sessions; goal <= 64 KiB)%n", perSession / 1024);
        say(report, "Class histogram per session: %.1f KiB, %.0f objects%n", histogramPerSession / 1024,
                (histogramAfter.totalInstances() - histogramBefore.totalInstances()) / (double) SESSIONS);

        describeSessions(report, opened.get());
        say(report, "%nWhat takes the memory: growth of the live heap by class, per session (class histogram)");
        topClasses(report, histogramBefore, histogramAfter, 30);
        // the histograms are large maps: the one from before is part of every baseline, the one from after must not count
        histogramAfter = null;
        long remaining = after;
        if (BREAKDOWN && withListing == count) {
            remaining = breakdown(report, opened.get(), after, before);
            say(report, "%nWhat is left, by class:");
            topClasses(report, histogramBefore, histogram(), 12);
        }
        // also the clean-up: the sessions opened here idle out, so later benchmarks start without them
        idleSessionsAreClosed(report, manager, opened, preexisting, remaining, remaining != after);

        Reference.reachabilityFence(histogramBefore);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString());
        System.out.println("\nWritten to " + REPORT.toAbsolutePath());

        assertThat(count).isEqualTo(SESSIONS);
        if (UNTIL.equals("navigate") || UNTIL.equals("all")) {
            assertThat(withListing).isEqualTo(SESSIONS);
        }
    }

    private static String listing() {
        return ActivityListView.PATH + (QUERY.isEmpty() ? "" : "?" + QUERY);
    }

    /** At least a page of published activities, as a phone sees on arrival. */
    private void aPageOfActivities() {
        SupportedLanguage language = SupportedLanguage.byTag(LANGUAGE).orElseThrow();
        int missing = CARDS - activities.findPublished(ActivityFilter.ALL, language, 0, CARDS).size();
        for (int i = 0; i < missing; i++) {
            published.weekly("Språkcafé", null, true);
        }
        assertThat(activities.findPublished(ActivityFilter.ALL, language, 0, CARDS)).hasSize(CARDS);
    }

    /**
     * A real phone browser opens the listing; its requests to Vaadin after the bootstrap page are kept to be
     * replayed: the UI's init (the address carries the browser's details) and the UIDL posts in order.
     */
    private Visit recordBrowserVisit() {
        List<Request> requests = new CopyOnWriteArrayList<>();
        Page phone = phone(LANGUAGE);
        phone.onRequest(request -> {
            if (request.url().contains("v-r=")) {
                requests.add(request);
            }
        });
        phone.navigate(url(listing()));
        phone.waitForSelector(".activity-card, #activity-none");
        phone.waitForLoadState(LoadState.NETWORKIDLE);
        phone.waitForTimeout(2_000);
        List<String> links = phone.locator("a.activity-card").all().stream().map(card -> card.getAttribute("href")).toList();
        List<String> titles = phone.locator("a.activity-card h2").allTextContents();
        if (QUERY.isEmpty()) {
            assertThat(links).as("cards a real browser shows").hasSize(CARDS);
        }
        browserContext().close();

        String init = null;
        List<String> uidlUrls = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Request request : requests) {
            URI uri = URI.create(request.url());
            String pathAndQuery = uri.getRawPath() + "?" + uri.getRawQuery();
            if (request.url().contains("v-r=init")) {
                init = pathAndQuery;
            } else if (request.url().contains("v-r=uidl") && request.postData() != null) {
                uidlUrls.add(pathAndQuery);
                bodies.add(request.postData());
            }
        }
        assertThat(init).as("the browser's init request").isNotNull();
        assertThat(bodies).as("the browser's UIDL requests").isNotEmpty();
        assertThat(bodies.getFirst()).as("the first UIDL request navigates").contains("\"ui-navigate\"");
        return new Visit(init, uidlUrls, bodies, links, titles);
    }

    private static String describe(Visit visit) {
        List<String> steps = new ArrayList<>(List.of("GET /" + listing() + " (bootstrap page, session cookie)"));
        if (!UNTIL.equals("page")) {
            steps.add("GET ?v-r=init (UI created)");
        }
        if (UNTIL.equals("navigate") || UNTIL.equals("all")) {
            steps.add("POST ?v-r=uidl ui-navigate (view rendered, " + visit.cardLinks().size() + " cards)");
        }
        if (UNTIL.equals("all")) {
            for (int i = 1; i < visit.uidlBodies().size(); i++) {
                steps.add("POST ?v-r=uidl (" + occurrences(visit.uidlBodies().get(i), "\"type\":") + " property syncs and events)");
            }
        }
        return String.join(", ", steps);
    }

    /** Opens sessions from {@link #CLIENTS} virtual threads in a closed loop; keeps no reference to them. */
    private Opened open(HttpClient client, Visit visit, int sessions) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < sessions; i = next.getAndIncrement()) {
                        try {
                            requests.addAndGet(visit(client, visit));
                        } catch (Exception | AssertionError failure) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, String.valueOf(failure));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : done) {
                worker.get();
            }
        }
        return new Opened(sessions, failed.get(), System.nanoTime() - start, requests.get(), firstFailure.get());
    }

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"[^\"]*\"");

    /** One phone's first visit; returns the number of requests it sent. */
    private int visit(HttpClient client, Visit visit) throws IOException, InterruptedException {
        HttpResponse<String> bootstrap = client.send(get("/" + listing()).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        check(bootstrap, "VAADIN/build/indexhtml");
        Matcher sessionCookie = SESSION_COOKIE.matcher(bootstrap.headers().firstValue("Set-Cookie").orElse(""));
        if (!sessionCookie.find()) {
            throw new IllegalStateException("no session cookie from the bootstrap page");
        }
        String cookie = "JSESSIONID=" + sessionCookie.group(1);
        if (UNTIL.equals("page")) {
            return 1;
        }
        HttpResponse<String> init = client.send(get(visit.initPathAndQuery()).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        check(init, "\"v-uiId\":0");
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (!key.find()) {
            throw new IllegalStateException("no Vaadin security key in the init response");
        }
        int sent = 2;
        int posts = switch (UNTIL) {
            case "init" -> 0;
            case "navigate" -> 1;
            default -> visit.uidlBodies().size();
        };
        for (int i = 0; i < posts; i++) {
            String body = CSRF_TOKEN.matcher(visit.uidlBodies().get(i)).replaceFirst("\"csrfToken\":\"" + key.group(1) + "\"");
            HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(base().resolve(visit.uidlPathAndQuery().get(i)))
                    .header("Cookie", cookie).header("Accept-Language", LANGUAGE).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            check(uidl, "\"syncId\":" + (i + 1));
            if (uidl.body().contains("appError") || uidl.body().contains("\"meta\":{\"sessionExpired\"")) {
                throw new IllegalStateException("Vaadin refused the request: " + abbreviate(uidl.body()));
            }
            if (i == 0) {
                // the view is really rendered: every card the browser showed is in the response (inside the
                // cards' JSON attribute, so its quotes arrive escaped)
                for (int card = 0; card < visit.cardLinks().size(); card++) {
                    String title = visit.cardTitles().get(card).strip();
                    if (!uidl.body().contains("\\\"" + visit.cardLinks().get(card) + "\\\"")
                            || !(uidl.body().contains(title) || uidl.body().contains(jsonEscaped(title)))) {
                        throw new IllegalStateException("card " + visit.cardLinks().get(card) + " missing in the navigation's response");
                    }
                }
                if (!uidl.body().contains("\"activity-cards\"")) {
                    throw new IllegalStateException("no listing in the navigation's response");
                }
            }
            sent++;
        }
        return sent;
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(base().resolve(pathAndQuery)).header("Accept-Language", LANGUAGE).GET();
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    private static void check(HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return escaped.toString();
    }

    /** Used heap after full collections, once two in a row agree within half a MiB. */
    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 512 * 1024) {
                break;
            }
            previous = used;
            Thread.sleep(300);
        }
        return used;
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** The live heap by class, as {@code jcmd <pid> GC.class_histogram} prints it (after a full collection). */
    private static Histogram histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        long bytes = 0;
        long instances = 0;
        for (String line : text.split("\n")) {
            Matcher matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.find()) {
                long count = Long.parseLong(matcher.group(1));
                long size = Long.parseLong(matcher.group(2));
                byClass.merge(matcher.group(3), new long[] {count, size}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                instances += count;
                bytes += size;
            }
        }
        return new Histogram(byClass, bytes, instances);
    }

    private static void topClasses(StringBuilder report, Histogram before, Histogram after, int top) {
        Map<String, long[]> delta = new HashMap<>();
        after.byClass().forEach((name, counts) -> {
            long[] old = before.byClass().getOrDefault(name, new long[2]);
            delta.put(name, new long[] {counts[0] - old[0], counts[1] - old[1]});
        });
        List<Map.Entry<String, long[]>> largest = delta.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1]).reversed()).limit(top).toList();
        say(report, "%n");
        say(report, "%10s %10s  %s%n", "bytes", "objects", "class");
        for (Map.Entry<String, long[]> entry : largest) {
            say(report, "%10.0f %10.1f  %s%n", entry.getValue()[1] / (double) SESSIONS, entry.getValue()[0] / (double) SESSIONS, entry.getKey());
        }
        Map<String, Long> byPackage = new LinkedHashMap<>();
        delta.forEach((name, counts) -> byPackage.merge(area(name), counts[1], Long::sum));
        say(report, "By area (bytes per session): %s%n", byPackage.entrySet().stream().filter(e -> Math.abs(e.getValue()) >= SESSIONS * 100L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Math.round(e.getValue() / (double) SESSIONS)).collect(Collectors.joining(", ")));
    }

    /** Rough owner of a class in the histogram: Vaadin's state tree, collections, strings and arrays, Tomcat, … */
    private static String area(String name) {
        if (name.startsWith("com.vaadin.flow.internal") || name.startsWith("com.vaadin.flow.dom")) {
            return "vaadin state tree/dom";
        }
        if (name.startsWith("com.vaadin")) {
            return "vaadin other";
        }
        if (name.startsWith("se.motesplats")) {
            return "motesplats";
        }
        if (name.startsWith("org.apache")) {
            return "tomcat";
        }
        if (name.startsWith("org.springframework")) {
            return "spring";
        }
        if (name.startsWith("java.util")) {
            return "java.util collections";
        }
        if (name.equals("[B") || name.equals("java.lang.String")) {
            return "strings/byte[]";
        }
        if (name.startsWith("[")) {
            return "other arrays";
        }
        if (name.contains("$$Lambda") || name.contains("$Lambda")) {
            return "lambdas";
        }
        return "other";
    }

    /** How many cards the listing's JSON attribute holds (each has one link). */
    private static int shownCards(@Nullable String json) {
        return json == null ? 0 : json.split("\"href\":", -1).length - 1;
    }

    /** A session whose one UI shows the listing with a page of cards attached. */
    private static boolean showsTheListing(Session session, int cards) {
        if (!(vaadinSession(session) instanceof VaadinSession vaadin)) {
            return false;
        }
        vaadin.lock();
        try {
            return vaadin.getUIs().size() == 1 && vaadin.getUIs().iterator().next().getInternals().getActiveRouterTargetsChain().stream()
                    .filter(ActivityListView.class::isInstance).findFirst().orElse(null) instanceof ActivityListView view
                    && view.getElement().getChildren().anyMatch(child -> "activity-cards".equals(child.getAttribute("id"))
                            && shownCards(child.getAttribute("cards")) == cards);
        } finally {
            vaadin.unlock();
        }
    }

    private static VaadinSession vaadinSession(Session session) {
        var http = session.getSession();
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                return vaadin;
            }
        }
        return null;
    }

    /** Serialised size of a sample of sessions, what each holds, the UI's element count and its last response kept for resending. */
    private static void describeSessions(StringBuilder report, List<Session> sessions) {
        List<Session> sample = sessions.stream().limit(50).toList();
        Map<String, Long> bytesByAttribute = new LinkedHashMap<>();
        long stateNodes = 0;
        long lastResponseChars = 0;
        UI first = null;
        int serialisationFailures = 0;
        String failure = null;
        for (Session session : sample) {
            var http = session.getSession();
            VaadinSession vaadin = vaadinSession(session);
            if (vaadin != null) {
                vaadin.lock();
            }
            try {
                for (String name : Collections.list(http.getAttributeNames())) {
                    try {
                        bytesByAttribute.merge(shortName(name), serialisedSize(http.getAttribute(name)), Long::sum);
                    } catch (IOException | RuntimeException notSerialisable) {
                        serialisationFailures++;
                        failure = name + ": " + notSerialisable;
                    }
                }
                if (vaadin != null) {
                    for (UI ui : vaadin.getUIs()) {
                        stateNodes += nodes(ui.getInternals().getStateTree().getRootNode());
                        first = first == null ? ui : first;
                        String last = ui.getInternals().getLastRequestResponse();
                        lastResponseChars += last == null ? 0 : last.length();
                    }
                }
            } finally {
                if (vaadin != null) {
                    vaadin.unlock();
                }
            }
        }
        long total = bytesByAttribute.values().stream().mapToLong(Long::longValue).sum();
        if (serialisationFailures == 0) {
            say(report, "Serialised session (sample of %d): %.1f KiB on average%n", sample.size(), total / 1024.0 / sample.size());
        } else {
            say(report, "Serialised session: not measurable, %d of %d sessions do not serialise (%s); the attributes that do:%n",
                    serialisationFailures, sample.size(), failure);
        }
        bytesByAttribute.forEach((name, bytes) -> say(report, "    %-70s %8.1f KiB%n", name, bytes / 1024.0 / sample.size()));
        say(report, "State nodes in the UI's tree: %.0f; last response kept for resending: %.1f K characters%n",
                stateNodes / (double) sample.size(), lastResponseChars / 1000.0 / sample.size());
        if (first != null && !first.getInternals().getActiveRouterTargetsChain().isEmpty()) {
            VaadinSession vaadin = first.getSession();
            vaadin.lock();
            try {
                say(report, "Where the state nodes are (first session; the layout holds the view):%n");
                componentTree(report, (Component) first.getInternals().getActiveRouterTargetsChain().getLast(), 0);
            } finally {
                vaadin.unlock();
            }
        }
    }

    private static String shortName(String attribute) {
        return attribute.length() <= 70 ? attribute : "…" + attribute.substring(attribute.length() - 69);
    }

    /**
     * Retained heap of the parts of the page, by subtraction: in every session the part is taken out of the
     * UI (as the next round trip would: changes collected), then a full collection shows what it held.
     * Returns the live heap at the end.
     */
    private static long breakdown(StringBuilder report, List<Session> sessions, long after, long before) throws InterruptedException {
        Map<String, Consumer<Component>> parts = new LinkedHashMap<>();
        parts.put("the cards (#activity-cards emptied)", layout -> find(layout, "#activity-cards").forEach(cards ->
                cards.getElement().setAttribute("cards", "[]")));
        parts.put("the folded 'more filters' (#filter-more emptied: 3 selects, combo box, 6 chips)", layout -> find(layout, "#filter-more")
                .forEach(details -> ((HasComponents) details).removeAll()));
        parts.put("the rest of the filters (search field, 'more filters' itself)", layout -> find(layout, ".activity-filters")
                .forEach(Component::removeFromParent));
        // the bottom bar is one element holding its entries in attributes (frontend/layout/bars.ts), and the layout
        // keeps it in a field: its attributes are what it holds
        parts.put("the menus (#side-nav emptied, #bottom-nav's attributes removed)", layout -> {
            find(layout, "#side-nav").forEach(menu -> menu.getElement().removeAllChildren());
            find(layout, "#bottom-nav").forEach(bar -> bar.getElement().getAttributeNames().toList()
                    .forEach(bar.getElement()::removeAttribute));
        });
        parts.put("the rest of the navbar (menu toggle; top bar: brand, language button, sign-in link)", layout -> layout.getElement().getChildren()
                .filter(child -> "navbar".equals(child.getAttribute("slot"))).toList().forEach(Element::removeFromParent));
        say(report, "%nRetained by each part (taken out of every session's UI, then full GC):%n");
        long previous = after;
        for (Map.Entry<String, Consumer<Component>> part : parts.entrySet()) {
            for (Session session : sessions) {
                VaadinSession vaadin = vaadinSession(session);
                vaadin.lock();
                try {
                    for (UI ui : vaadin.getUIs()) {
                        part.getValue().accept((Component) ui.getInternals().getActiveRouterTargetsChain().getLast());
                        ui.getInternals().getStateTree().collectChanges(change -> {
                        });
                    }
                } finally {
                    vaadin.unlock();
                }
            }
            long now = liveHeap();
            say(report, "    %-75s %6.1f KiB%n", part.getKey(), (previous - now) / 1024.0 / sessions.size());
            previous = now;
        }
        say(report, "    %-75s %6.1f KiB%n", "what is left: session, UI, app layout and drawer, view, heading, 'more' button", (previous - before) / 1024.0 / sessions.size());
        return previous;
    }

    /** Components under a root whose id ({@code #id}) or class name ({@code .name}) matches. */
    private static List<Component> find(Component root, String... selectors) {
        List<Component> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            for (String selector : selectors) {
                if (selector.startsWith("#") ? child.getId().filter(selector.substring(1)::equals).isPresent()
                        : child instanceof HasStyle styled && styled.hasClassName(selector.substring(1))) {
                    found.add(child);
                    return;
                }
            }
            found.addAll(find(child, selectors));
        });
        return found;
    }

    /** Vaadin's state nodes under a component: one per element, text node and feature-holding helper. */
    private static int nodes(StateNode root) {
        int[] count = new int[1];
        root.visitNodeTree(node -> count[0]++);
        return count[0];
    }

    /** The UI's component tree with the state nodes each part holds, down to parts of at least 15 nodes. */
    private static void componentTree(StringBuilder report, Component component, int depth) {
        int nodes = nodes(component.getElement().getNode());
        if (nodes < 15 || depth > 6) {
            return;
        }
        List<Component> children = component.getChildren().toList();
        String label = component.getClass().getSimpleName() + component.getId().map(id -> "#" + id).orElse("")
                + (component instanceof HasStyle styled && !styled.getClassNames().isEmpty() ? "." + String.join(".", styled.getClassNames()) : "");
        say(report, "    %s%-50s %5d nodes%s%n", "  ".repeat(depth), label, nodes,
                children.size() > 8 ? String.format(Locale.ROOT, " (%d children, %.1f nodes each)", children.size(),
                        children.stream().mapToInt(child -> nodes(child.getElement().getNode())).average().orElse(0)) : "");
        if (children.size() <= 8) {
            children.forEach(child -> componentTree(report, child, depth + 1));
        }
    }

    private static long serialisedSize(Object value) throws IOException {
        long[] size = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        };
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            out.writeObject(value);
        }
        return size[0];
    }

    /**
     * What closes the sessions of phones that went away, and proof that it frees their memory: the settings
     * in force, then every session opened here is left idle past its timeout (shortened to one second,
     * as Tomcat would see it after 30 minutes) and Tomcat's expiry run closes it, which also ends its
     * Vaadin session.
     */
    private void idleSessionsAreClosed(StringBuilder report, Manager manager, AtomicReference<List<Session>> opened, Set<String> preexisting,
            long heapWithSessions, boolean afterBreakdown) throws Exception {
        List<Session> ours = opened.get();
        VaadinSession any = vaadinSession(ours.getFirst());
        DeploymentConfiguration configuration = any.getService().getDeploymentConfiguration();
        Set<Integer> timeouts = ours.stream().map(Session::getMaxInactiveInterval).collect(Collectors.toCollection(HashSet::new));
        say(report, "%nIdle sessions: timeout %s s (server.servlet.session.timeout), vaadin.closeIdleSessions=%s, heartbeat every %d s "
                + "(a UI without 3 heartbeats is dropped), absolute limit %s%n", timeouts, configuration.isCloseIdleSessions(),
                configuration.getHeartbeatInterval(), context.getEnvironment().getProperty("motesplats.security.absolute-session-timeout"));

        AtomicInteger destroyed = new AtomicInteger();
        Registration listener = any.getService().addSessionDestroyListener(event -> destroyed.incrementAndGet());
        int count = ours.size();
        try {
            ours.forEach(session -> session.setMaxInactiveInterval(1));
            opened.set(null);
            ours = null;
            Thread.sleep(1_500);
            ((ManagerBase) manager).processExpires();
            for (int i = 0; i < 50 && sessionIds(manager).size() > preexisting.size(); i++) {
                Thread.sleep(200);
                ((ManagerBase) manager).processExpires();
            }
        } finally {
            listener.remove();
        }
        long afterClosing = liveHeap();
        say(report, "After they idled out: %,d sessions left (%,d before), %,d Vaadin sessions destroyed, %.1f KiB released per session%s%n",
                sessionIds(manager).size() - preexisting.size(), count, destroyed.get(), (heapWithSessions - afterClosing) / 1024.0 / count,
                afterBreakdown ? " (of what the breakdown left)" : "");
        assertThat(sessionIds(manager)).as("sessions left after idling out").isEqualTo(preexisting);
        assertThat(destroyed.get()).isEqualTo(count);
    }

    private Manager tomcatManager() {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    private static Set<String> sessionIds(Manager manager) {
        return sessions(manager).stream().map(Session::getIdInternal).collect(Collectors.toSet());
    }

    private static void expireAllBut(Manager manager, Set<String> keep) {
        sessions(manager).stream().filter(session -> !keep.contains(session.getIdInternal())).forEach(Session::expire);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static List<Session> sessions(Manager manager) {
        return List.of(manager.findSessions());
    }
}
