package se.motesplats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.Application;
import se.motesplats.activity.AgeRange;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.RetriedTransactions;
import se.motesplats.shared.Zones;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * The driver of the multi-node proof (deploy/multinode/run.sh, docs/scaling.md). Against two app
 * nodes behind nginx on a three-node Galera cluster: newcomers sign up in real browsers to a course
 * with fewer places than people, while two leader phones check people in at another meeting through
 * the roll call's JSON. The built-in fault: halfway, app node 2 is killed and database node 1 (the
 * one both nodes write through) is restarted. With {@code -Dmultinode.faults=external} the driver
 * injects nothing: it spreads the load over {@code -Dmultinode.seconds} while a person injects
 * faults with run.sh, records what it sees go down and come back, and waits until everything is up
 * again. Afterwards the database is checked on every Galera node. Skipped unless run.sh passes
 * {@code -Dmultinode.url}.
 */
class MultiNodeBenchmark {

    static final int CAPACITY = 12;
    static final int NEWCOMERS = 30;
    /** Newcomers whose page is open before the fault and who act only after it. */
    static final int STRANDED = 4;
    static final int BROWSERS = 3;
    static final int PARTICIPANTS = 30;
    static final int WALK_INS = 30;
    static final String REMEMBER_COOKIE = "motesplats-remember";
    static final String NODE_HEADER = "x-motesplats-node";
    static final String OUTCOME = "#signup-panel .signup-confirmed, #signup-panel .signup-waiting";
    static final Pattern OUTCOME_JSON = Pattern.compile("\"clientId\":\"([0-9a-f-]{36})\",\"result\":\"([A-Z_]+)\"");

    private final String url = System.getProperty("multinode.url", "");
    private final Path work = Path.of(System.getProperty("multinode.work", "target/multinode"));
    private final String script = System.getProperty("multinode.script", "deploy/multinode/run.sh");
    private final int dbNodeToRestart = Integer.getInteger("multinode.restartDb", 1);
    private final boolean externalFaults = "external".equals(System.getProperty("multinode.faults"));
    /** How long the load lasts while a person injects faults; the built-in fault does not wait for it. */
    private final Duration window = Duration.ofSeconds(Integer.getInteger("multinode.seconds", 120));
    /** How long a person (browser or phone) keeps reloading or re-sending before the run fails. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private final SecureRandom random = new SecureRandom();
    private final List<String> report = Collections.synchronizedList(new ArrayList<>());

    record Newcomer(long accountId, String cookie) {
    }

    /** What a newcomer's browser last showed: the outcome, the node that served the first page, and how many reloads it took. */
    record SignedUp(long accountId, String status, String firstNode, int reloads, boolean afterFault) {
    }

    /** What was seeded; {@code run} is in every seeded person's address, so that several runs can share a cluster. */
    record Seed(String run, long courseId, long courseMeetingId, long cafeId, long cafeMeetingId, List<Newcomer> newcomers,
            List<Long> participants, List<String> leaderCookies) {
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.MINUTES)
    void signUpsAndCheckInsSurviveAKilledAppNodeAndARestartedDatabaseNode() throws Exception {
        assumeTrue(!url.isEmpty(), "runs from deploy/multinode/run.sh");
        note(externalFaults ? "external faults: seeding, then load for %d s while you inject faults".formatted(window.toSeconds())
                : "built-in fault (kill -9 of app node 2, restart of database node %d): seeding".formatted(dbNodeToRestart));
        Seed seed = seed();
        note("seeded: course %d (capacity %d, meeting %d), café %d (meeting %d), %d newcomers, %d participants",
                seed.courseId(), CAPACITY, seed.courseMeetingId(), seed.cafeId(), seed.cafeMeetingId(), NEWCOMERS, PARTICIPANTS);

        CountDownLatch faultDone = new CountDownLatch(1);
        AtomicInteger signedUpBeforeFault = new AtomicInteger();
        Map<Long, SignedUp> signedUp = new ConcurrentHashMap<>();
        Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Newcomer> queue = new ConcurrentLinkedQueue<>(seed.newcomers().subList(STRANDED, NEWCOMERS));
        ExecutorService pool = Executors.newCachedThreadPool();
        List<Future<?>> tasks = new ArrayList<>();
        // the stranded pages are open before any load or fault starts
        CountDownLatch pagesOpen = new CountDownLatch(1);
        tasks.add(pool.submit(() -> strandedOnTheStoppedNode(seed, seed.newcomers().subList(0, STRANDED), pagesOpen, faultDone, signedUp)));
        assertThat(pagesOpen.await(15, TimeUnit.MINUTES)).as("the stranded pages opened").isTrue();
        Instant started = Instant.now();
        Pace pace = new Pace(started);
        for (int i = 0; i < BROWSERS; i++) {
            tasks.add(pool.submit(() -> signUpAll(seed.courseId(), queue, pace, faultDone, signedUpBeforeFault, signedUp)));
        }
        List<List<Mark>> phones = rollCalls(seed);
        for (int phone = 0; phone < phones.size(); phone++) {
            String cookie = seed.leaderCookies().get(phone);
            List<Mark> marks = phones.get(phone);
            tasks.add(pool.submit(() -> checkIn(cookie, seed.cafeMeetingId(), marks, pace, faultDone, acknowledged)));
        }
        List<String> observed = Collections.synchronizedList(new ArrayList<>());
        tasks.add(pool.submit(externalFaults ? () -> watchExternalFaults(started, faultDone, observed)
                : () -> fault(signedUpBeforeFault, faultDone)));
        for (Future<?> done : tasks) {
            done.get(window.toMinutes() + 40, TimeUnit.MINUTES);
        }
        pool.shutdown();
        note("load done in %d s: %d sign-ups acknowledged, %d check-in marks acknowledged",
                Duration.between(started, Instant.now()).toSeconds(), signedUp.size(), acknowledged.size());

        check(seed, signedUp, acknowledged, phones, observed);
        Files.write(work.resolve("result.txt"), report);
    }

    // ---- seeding, through the app's own services on the cluster

    private Seed seed() {
        // arguments, not default properties: they must win over application.properties' own exclusion
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--spring.flyway.enabled=false", "--spring.main.lazy-initialization=true",
                        "--motesplats.scheduling.enabled=false", "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinApplicationConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig,com.vaadin.flow.spring.VaadinServletConfiguration,"
                                + "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration")) {
            PublishedActivities published = app.getBean(PublishedActivities.class);
            AccountService accounts = app.getBean(AccountService.class);
            SignupService signups = app.getBean(SignupService.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            // within the hour: the two-hour reminder is due at once, and leaders may take the roll call
            LocalDateTime startsAt = LocalDateTime.now(Zones.STOCKHOLM).plusMinutes(50).truncatedTo(ChronoUnit.MINUTES);
            assumeTrue(startsAt.toLocalDate().equals(LocalDateTime.now(Zones.STOCKHOLM).toLocalDate()), "not across midnight");
            String run = UUID.randomUUID().toString().substring(0, 8);
            var course = published.weekly("Flernodsprov kurs", CAPACITY, false, AgeRange.ANY, PublishedActivities.LUND,
                    startsAt.toLocalDate(), startsAt.toLocalTime());
            var cafe = published.weekly("Flernodsprov kafé", null, false, AgeRange.ANY, PublishedActivities.LUND,
                    startsAt.toLocalDate(), startsAt.toLocalTime());
            List<Newcomer> newcomers = new ArrayList<>();
            for (int i = 0; i < NEWCOMERS; i++) {
                long id = accounts.ensureAccount("newcomer-" + i + "-" + run + "@motesplats.test", "Ny" + i, SupportedLanguage.SWEDISH,
                        List.of(Roles.PARTICIPANT));
                newcomers.add(new Newcomer(id, remember(jdbc, id)));
            }
            List<Long> participants = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                long id = accounts.ensureAccount("participant-" + i + "-" + run + "@motesplats.test", "Del" + i,
                        SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));
                ModuleTestBase.runAs(id, () -> signups.signUp(cafe.activityId(), null, List.of()), Roles.PARTICIPANT);
                participants.add(id);
            }
            certificationConflictIsRetried(app.getBean(RetriedTransactions.class), jdbc);
            // the leader's two phones, each a remembered device of its own
            List<String> leaderCookies = List.of(remember(jdbc, cafe.leaderId()), remember(jdbc, cafe.leaderId()));
            return new Seed(run, course.activityId(), firstMeeting(jdbc, course.activityId()), cafe.activityId(),
                    firstMeeting(jdbc, cafe.activityId()), newcomers, participants, leaderCookies);
        }
    }

    /**
     * Galera's own deadlock: a transaction open on node 1 (where the app writes) loses to a write of
     * the same row committed on node 2 meanwhile, and node 1 answers with error 1213 — at the next
     * statement or at COMMIT. The app's retried transactions must run it again. The row is the
     * driver's own, in the shedlock table.
     */
    private void certificationConflictIsRetried(RetriedTransactions transactions, JdbcClient jdbc) {
        String name = "certification-probe-" + UUID.randomUUID();
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (:name, now(3), now(3), 'start')")
                .param("name", name).update();
        AtomicInteger attempts = new AtomicInteger();
        transactions.run(() -> {
            String attempt = "attempt-" + attempts.incrementAndGet();
            jdbc.sql("update shedlock set locked_by = :by where name = :name").param("by", attempt).param("name", name).update();
            if (attempts.get() == 1) {
                try (Connection node2 = connect(2); Statement statement = node2.createStatement()) {
                    assertThat(statement.executeUpdate("update shedlock set locked_by = 'node 2' where name = '" + name + "'"))
                            .as("node 2 sees the row").isOne();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return attempt;
        });
        note("Galera certification conflict: the transaction ran %d times, stored %s", attempts.get(),
                jdbc.sql("select locked_by from shedlock where name = :name").param("name", name).query(String.class).single());
        jdbc.sql("delete from shedlock where name = :name").param("name", name).update();
        assertThat(attempts).as("lost certification once, then ran again").hasValue(2);
    }

    private static long firstMeeting(JdbcClient jdbc, long activityId) {
        return jdbc.sql("select id from occurrence where activity_id = :activity order by starts_at limit 1")
                .param("activity", activityId).query(Long.class).single();
    }

    /** A remembered device, as "stay signed in" stores it, and the cookie a browser holds for it (Spring's persistent-token format). */
    private String remember(JdbcClient jdbc, long accountId) {
        String series = randomToken();
        String token = randomToken();
        jdbc.sql("insert into remembered_device (series, account_id, token, last_used, created_at) values (:series, :account, :token, :now, :now)")
                .param("series", series).param("account", accountId).param("token", token).param("now", Instant.now()).update();
        String tokens = URLEncoder.encode(series, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return Base64.getEncoder().withoutPadding().encodeToString(tokens.getBytes(StandardCharsets.UTF_8));
    }

    private String randomToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * With external faults, the load is spread evenly over the window, so that there is load whenever
     * a person injects a fault; a slow machine just runs behind. The built-in fault needs no pacing.
     */
    private final class Pace {

        private final Instant start;
        private final AtomicInteger signUpsStarted = new AtomicInteger();

        Pace(Instant start) {
            this.start = start;
        }

        /** Waits until the {@code index}-th of {@code count} steps is due. */
        void step(int index, int count) {
            if (externalFaults) {
                Duration due = Duration.between(Instant.now(), start.plus(window.multipliedBy(index).dividedBy(count)));
                if (due.isPositive()) {
                    pause(due);
                }
            }
        }

        void nextSignUp() {
            step(signUpsStarted.getAndIncrement(), NEWCOMERS - STRANDED);
        }
    }

    // ---- sign-ups in browsers

    private void signUpAll(long courseId, ConcurrentLinkedQueue<Newcomer> queue, Pace pace, CountDownLatch faultDone,
            AtomicInteger beforeFault, Map<Long, SignedUp> signedUp) {
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            for (pace.nextSignUp(); ; pace.nextSignUp()) {
                Newcomer newcomer = queue.poll();
                if (newcomer == null) {
                    return;
                }
                try (BrowserContext context = phone(browser, newcomer)) {
                    Page page = context.newPage();
                    String node = open(page, courseId);
                    SignedUp outcome = signUp(page, courseId, newcomer, node, faultDone.getCount() == 0);
                    signedUp.put(newcomer.accountId(), outcome);
                    if (faultDone.getCount() > 0) {
                        beforeFault.incrementAndGet();
                    }
                }
            }
        }
    }

    /**
     * Newcomers whose page was opened before the faults (the built-in fault kills node 2, which served
     * some of them): they press the button only afterwards, and must get their outcome, after a reload
     * on another node if theirs died, still signed in (remembered device).
     */
    private void strandedOnTheStoppedNode(Seed seed, List<Newcomer> stranded, CountDownLatch pagesOpen, CountDownLatch faultDone,
            Map<Long, SignedUp> signedUp) {
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            Map<Newcomer, Page> pages = new LinkedHashMap<>();
            Map<Newcomer, String> nodes = new LinkedHashMap<>();
            try {
                for (Newcomer newcomer : stranded) {
                    Page page = phone(browser, newcomer).newPage();
                    nodes.put(newcomer, open(page, seed.courseId()));
                    pages.put(newcomer, page);
                }
                note("stranded pages opened on nodes %s", nodes.values());
            } finally {
                pagesOpen.countDown();
            }
            await(faultDone);
            pages.forEach((newcomer, page) -> signedUp.put(newcomer.accountId(),
                    signUp(page, seed.courseId(), newcomer, nodes.get(newcomer), true)));
        }
    }

    private static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("motesplats.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(BrowserTestBase.CHROMIUM_ARGS));
    }

    private BrowserContext phone(Browser browser, Newcomer newcomer) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true)
                .setViewportSize(BrowserTestBase.PHONE_WIDTH, BrowserTestBase.PHONE_HEIGHT).setLocale("sv-SE"));
        context.addCookies(List.of(new Cookie(REMEMBER_COOKIE, newcomer.cookie()).setUrl(url + "/").setSecure(true).setHttpOnly(true)));
        // the course page starts the app's client at the person's first touch (ADR 0008); these people touch at once
        context.addInitScript(BrowserTestBase.TOUCHES_AT_ONCE);
        return context;
    }

    /**
     * Opens the course's page signed in, as a person would: while nginx, a node or the database is
     * down the page does not come, or comes without its person signed in, and they load it again
     * (a remembered device that was signed out never comes back). Returns the node that served it.
     */
    private String open(Page page, long courseId) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        for (int attempt = 1; ; attempt++) {
            try {
                var response = page.navigate(url + "/activities/" + courseId, new Page.NavigateOptions().setTimeout(60_000));
                page.waitForSelector("#sign-out", new Page.WaitForSelectorOptions().setTimeout(30_000));
                page.waitForSelector("#signup-panel", new Page.WaitForSelectorOptions().setTimeout(30_000));
                return response == null ? "?" : String.valueOf(response.headers().get(NODE_HEADER));
            } catch (PlaywrightException notThere) {
                note("a page did not come signed in (attempt %d: %s): load it again", attempt, firstLine(notThere));
                assertThat(Instant.now()).as("signed in again within %s", PATIENCE).isBefore(giveUp);
                pause(Duration.ofSeconds(2));
            }
        }
    }

    /**
     * Presses the button and waits for the outcome; when none comes (the node died, the database
     * failed over, nginx restarted), loads the page again as a person would: still signed in, the page
     * shows the place if the press was stored, or the button again.
     */
    private SignedUp signUp(Page page, long courseId, Newcomer newcomer, String firstNode, boolean afterFault) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        for (int reloads = 0; ; reloads++) {
            try {
                if (reloads > 0) {
                    open(page, courseId);
                }
                if (page.locator(OUTCOME).count() == 0) {
                    page.click("#signup-button", new Page.ClickOptions().setTimeout(20_000));
                }
                page.waitForSelector(OUTCOME, new Page.WaitForSelectorOptions().setTimeout(20_000));
                String status = page.locator("#signup-panel .signup-confirmed").count() > 0 ? "CONFIRMED" : "WAITLISTED";
                return new SignedUp(newcomer.accountId(), status, firstNode, reloads, afterFault);
            } catch (PlaywrightException noOutcome) {
                assertThat(Instant.now()).as("newcomer %d got an outcome within %s", newcomer.accountId(), PATIENCE).isBefore(giveUp);
            }
        }
    }

    /** Playwright's own words ("net::ERR_CONNECTION_REFUSED", "Timeout 30000ms exceeded"), without its call log. */
    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().map(String::strip).map(line -> line.replaceFirst("^message='", ""))
                .filter(line -> !line.isEmpty() && !line.equals("Error {")).findFirst().orElse("");
    }

    // ---- check-ins from two leader phones

    record Mark(UUID clientId, String attendee, String walkInName) {
    }

    /** Phone 1 marks participants 0–19 and walk-ins 0–14, phone 2 participants 10–29 and walk-ins 15–29: ten people twice. */
    private List<List<Mark>> rollCalls(Seed seed) {
        List<Mark> walkIns = new ArrayList<>();
        for (int i = 0; i < WALK_INS; i++) {
            walkIns.add(new Mark(UUID.randomUUID(), "w" + UUID.randomUUID(), "Gäst" + i));
        }
        List<List<Mark>> phones = new ArrayList<>();
        for (int phone = 0; phone < 2; phone++) {
            List<Mark> marks = new ArrayList<>();
            for (long participant : seed.participants().subList(phone * 10, phone * 10 + 20)) {
                marks.add(new Mark(UUID.randomUUID(), "p" + participant, null));
            }
            marks.addAll(walkIns.subList(phone * 15, phone * 15 + 15));
            Collections.shuffle(marks, random);
            phones.add(marks);
        }
        return phones;
    }

    /**
     * Sends the marks three at a time, as the roll call's offline queue does: a batch that gets no
     * answer is sent again, unchanged, until it does. After the fault the phone sends everything once
     * more, as a phone that lost its acknowledgements would.
     */
    private void checkIn(String rememberCookie, long meetingId, List<Mark> marks, Pace pace, CountDownLatch faultDone,
            Map<UUID, String> acknowledged) {
        Session session = new Session(rememberCookie);
        int batches = (marks.size() + 2) / 3;
        for (int batch = 0; batch < batches; batch++) {
            pace.step(batch, batches);
            session.syncUntilAnswered(meetingId, marks.subList(batch * 3, Math.min(batch * 3 + 3, marks.size())), acknowledged);
            if (!externalFaults) {
                pause(Duration.ofMillis(1500));
            }
        }
        await(faultDone);
        for (int from = 0; from < marks.size(); from += 10) {
            session.syncUntilAnswered(meetingId, marks.subList(from, Math.min(from + 10, marks.size())), acknowledged);
        }
    }

    /** One phone's cookies (remembered device, session, routing), kept by hand as a browser keeps them. */
    private final class Session {

        private final Map<String, String> cookies = new ConcurrentHashMap<>();
        private final HttpClient http = HttpClient.newBuilder().sslContext(trustingLoopback()).connectTimeout(Duration.ofSeconds(5)).build();

        Session(String rememberCookie) {
            cookies.put(REMEMBER_COOKIE, rememberCookie);
        }

        void syncUntilAnswered(long meetingId, List<Mark> batch, Map<UUID, String> acknowledged) {
            Instant at = Instant.now();
            Instant giveUp = at.plus(PATIENCE);
            String body = batch.stream().map(mark -> """
                    {"clientId":"%s","meetingId":%d,"attendee":"%s","kind":"PRESENT","at":"%s","leader":false,"walkInName":%s}"""
                    .formatted(mark.clientId(), meetingId, mark.attendee(), at,
                            mark.walkInName() == null ? "null" : "\"" + mark.walkInName() + "\""))
                    .collect(Collectors.joining(",", "{\"marks\":[", "],\"sentAt\":\"" + at + "\"}"));
            for (int attempt = 1; ; attempt++) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/attendance/sync"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("X-Motesplats-Sync", "1")
                            .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                                    .collect(Collectors.joining("; ")))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    response.headers().allValues("set-cookie").forEach(this::keep);
                    if (response.statusCode() == 200) {
                        Matcher outcome = OUTCOME_JSON.matcher(response.body());
                        while (outcome.find()) {
                            acknowledged.merge(UUID.fromString(outcome.group(1)), outcome.group(2), (before, now) -> before + "," + now);
                        }
                        return;
                    }
                    note("sync answered %d (attempt %d)", response.statusCode(), attempt);
                } catch (java.io.IOException | InterruptedException unanswered) {
                    note("sync unanswered: %s (attempt %d)", unanswered, attempt);
                }
                assertThat(Instant.now()).as("a batch answered within %s", PATIENCE).isBefore(giveUp);
                pause(Duration.ofSeconds(1));
            }
        }

        private void keep(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
    }

    /** The loopback nginx has a throw-away self-signed certificate. */
    private static SSLContext trustingLoopback() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new X509ExtendedTrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] chain, String type, java.net.Socket socket) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type, java.net.Socket socket) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String type) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String type) { }
                @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the fault

    private void fault(AtomicInteger signedUpBeforeFault, CountDownLatch faultDone) {
        while (signedUpBeforeFault.get() < (NEWCOMERS - STRANDED) / 2) {
            pause(Duration.ofMillis(200));
        }
        Instant start = Instant.now();
        run("kill-app", 2);
        note("app node 2 killed (SIGKILL) after %d sign-ups", signedUpBeforeFault.get());
        Instant dbStart = Instant.now();
        run("restart-db", dbNodeToRestart);
        note("database node %d restarted and synced again in %d s", dbNodeToRestart, Duration.between(dbStart, Instant.now()).toSeconds());
        faultDone.countDown();
        note("fault window %d s", Duration.between(start, Instant.now()).toSeconds());
    }

    /**
     * No fault of its own: tells the person at the terminal what to do, records every change it
     * sees while the load runs, and once the window is over waits until everything is up again.
     */
    private void watchExternalFaults(Instant started, CountDownLatch faultDone, List<String> observed) {
        int httpsPort = URI.create(url).getPort();
        Instant end = started.plus(window);
        banner("LOAD RUNNING until %s (%d s): inject faults now from another terminal, e.g.".formatted(
                end.truncatedTo(ChronoUnit.SECONDS), window.toSeconds()),
                script + " kill-app 1      " + script + " kill-db 1      " + script + " restart-nginx",
                script + " status          " + script + " --help (all fault commands)",
                "Bring everything back before the window ends, or after it: the driver waits, then checks.");
        ClusterState last = ClusterState.now(httpsPort);
        note("cluster at the start: %s", last);
        while (Instant.now().isBefore(end)) {
            pause(Duration.ofSeconds(1));
            last = recordChange(last, ClusterState.now(httpsPort), started, observed);
        }
        banner("WINDOW OVER: no more faults please. Waiting until both app nodes, nginx and all three database nodes are back.");
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(15));
        Instant nextHint = Instant.now();
        while (!last.whole()) {
            assertThat(Instant.now()).as("the cluster whole again within 15 minutes: %s", last.missing()).isBefore(giveUp);
            if (!Instant.now().isBefore(nextHint)) {
                note("waiting for: %s (or run.sh heal)", String.join("; ", last.missing()));
                nextHint = Instant.now().plusSeconds(20);
            }
            pause(Duration.ofSeconds(1));
            last = recordChange(last, ClusterState.now(httpsPort), started, observed);
        }
        note("cluster whole again %d s after the load started; %d changes seen: %s", Duration.between(started, Instant.now()).toSeconds(),
                observed.size(), observed);
        faultDone.countDown();
    }

    private ClusterState recordChange(ClusterState before, ClusterState now, Instant started, List<String> observed) {
        if (!now.equals(before)) {
            String change = "+" + Duration.between(started, Instant.now()).toSeconds() + " s: " + now;
            observed.add(change);
            note("cluster changed at %s", change);
        }
        return now;
    }

    private void banner(String... lines) {
        String rule = "=".repeat(100);
        System.out.println("[multinode] " + rule);
        for (String line : lines) {
            System.out.println("[multinode]   " + line);
        }
        System.out.println("[multinode] " + rule);
        report.add(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + lines[0]);
    }

    private void run(String command, int node) {
        try {
            Process process = new ProcessBuilder(script, command, String.valueOf(node)).inheritIO().start();
            assertThat(process.waitFor()).as(command).isZero();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the checks, in SQL on every Galera node

    private void check(Seed seed, Map<Long, SignedUp> signedUp, Map<UUID, String> acknowledged, List<List<Mark>> phones,
            List<String> observed) throws SQLException {
        waitForReminders(seed);
        List<String> perNode = new ArrayList<>();
        for (int node = 1; node <= 3; node++) {
            try (Connection db = connect(node)) {
                perNode.add(String.join(" ", summary(db, seed)));
            }
        }
        note("per database node: %s", perNode);
        assertThat(Set.copyOf(perNode)).as("every Galera node holds the same rows").hasSize(1);

        try (Connection db = connect(2)) {
            Map<Long, String> stored = map(db, "select account_id, status from signup where activity_id = " + seed.courseId());
            long confirmed = stored.values().stream().filter("CONFIRMED"::equals).count();
            note("sign-ups: %d stored, %d confirmed for %d places, %d waiting", stored.size(), confirmed, CAPACITY,
                    stored.values().stream().filter("WAITLISTED"::equals).count());
            assertThat(confirmed).as("no overbooking").isEqualTo(CAPACITY);
            assertThat(stored).as("every newcomer's acknowledged outcome is what is stored, once")
                    .isEqualTo(signedUp.values().stream().collect(Collectors.toMap(SignedUp::accountId, SignedUp::status)));
            assertThat(number(db, "select count(*) from signup s, signup c where s.activity_id = " + seed.courseId()
                    + " and c.activity_id = s.activity_id and s.status = 'WAITLISTED' and c.status = 'CONFIRMED' and c.queued_at > s.queued_at"))
                    .as("nobody waiting was in the queue before someone who got a place").isZero();

            List<SignedUp> stranded = signedUp.values().stream().filter(SignedUp::afterFault).toList();
            note("reloads each newcomer needed: %s", signedUp.values().stream()
                    .collect(Collectors.groupingBy(SignedUp::reloads, TreeMap::new, Collectors.counting())));
            if (externalFaults) {
                note("after the faults: %d newcomers signed up, pages first served by %s, reloads %s", stranded.size(),
                        stranded.stream().map(SignedUp::firstNode).toList(), stranded.stream().map(SignedUp::reloads).toList());
                note("faults seen during the run: %s", observed.isEmpty() ? "none" : observed);
            } else {
                long onStoppedNode = stranded.stream().filter(outcome -> outcome.firstNode().endsWith(":8092")).count();
                note("after the fault: %d newcomers signed up (%d whose page had come from the killed node 2, reloads %s)",
                        stranded.size(), onStoppedNode, stranded.stream().filter(outcome -> outcome.firstNode().endsWith(":8092"))
                                .map(SignedUp::reloads).toList());
                assertThat(onStoppedNode).as("some open pages came from the node that was killed").isPositive();
            }

            Set<UUID> sent = phones.stream().flatMap(List::stream).map(Mark::clientId).collect(Collectors.toSet());
            assertThat(acknowledged.keySet()).as("every mark acknowledged").isEqualTo(sent);
            assertThat(acknowledged.values()).as("no mark refused").allMatch(result -> !result.contains("REFUSED"));
            Set<String> storedMarks = Set.copyOf(map(db, "select client_id, kind from attendance_mark where occurrence_id = "
                    + seed.cafeMeetingId()).keySet().stream().map(String::valueOf).toList());
            long present = number(db, "select count(*) from attendance where present and occurrence_id = " + seed.cafeMeetingId());
            long rows = number(db, "select count(*) from attendance where occurrence_id = " + seed.cafeMeetingId());
            long people = phones.stream().flatMap(List::stream).map(Mark::attendee).distinct().count();
            note("check-ins: %d marks sent and acknowledged (%d twice, as re-sent), %d stored; %d people present in %d rows, expected %d",
                    sent.size(), acknowledged.values().stream().filter(result -> result.contains(",")).count(), storedMarks.size(), present,
                    rows, people);
            assertThat(storedMarks).as("every acknowledged mark stored").hasSize(sent.size());
            assertThat(present).as("nobody lost").isEqualTo(people);
            assertThat(rows).as("nobody counted twice").isEqualTo(people);

            String ours = " and recipient like '%-" + seed.run() + "@motesplats.test'";
            long reminders = number(db, "select count(*) from notification_delivery where template = 'signup.notice.reminder'" + ours);
            long distinctReminders = number(db, "select count(distinct once_key) from notification_delivery where template = 'signup.notice.reminder'"
                    + ours);
            long sentMail = number(db, "select count(*) from notification_delivery where channel = 'EMAIL' and status = 'SENT'" + ours);
            long received = Files.readAllLines(work.resolve("smtp.log")).stream()
                    .filter(line -> line.startsWith("b'To: ") && line.contains("-" + seed.run() + "@")).count();
            note("reminders (ShedLock job every 10 s on both nodes): %d queued, %d distinct, expected %d; e-mails sent %d, received by SMTP %d",
                    reminders, distinctReminders, CAPACITY + PARTICIPANTS, sentMail, received);
            assertThat(reminders).as("one reminder per place").isEqualTo(CAPACITY + PARTICIPANTS).isEqualTo(distinctReminders);
            assertThat(received).as("every e-mail delivered once").isEqualTo(sentMail);
            note("shedlock: %s", map(db, "select name, concat(locked_by, ' until ', lock_until) from shedlock"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Until every place has its reminder and nothing is left to send. A node killed while it ran the
     * reminder job leaves the job's ShedLock row locked on every node until lockAtMostFor (10 min)
     * has passed: the reminders come late then, never twice.
     */
    private void waitForReminders(Seed seed) throws SQLException {
        String ours = " and recipient like '%-" + seed.run() + "@motesplats.test'";
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(13));
        Instant nextNote = Instant.now();
        try (Connection db = connect(2)) {
            while (Instant.now().isBefore(giveUp)) {
                long reminders = number(db, "select count(*) from notification_delivery where template = 'signup.notice.reminder'" + ours);
                long pending = number(db, "select count(*) from notification_delivery where status = 'PENDING'" + ours);
                if (reminders >= CAPACITY + PARTICIPANTS && pending == 0) {
                    return;
                }
                if (!Instant.now().isBefore(nextNote)) {
                    note("waiting for jobs: %d of %d reminders queued, %d notices pending; shedlock %s", reminders, CAPACITY + PARTICIPANTS,
                            pending, map(db, "select name, concat(locked_by, ' until ', lock_until) from shedlock where name = 'meeting-reminders'"));
                    nextNote = Instant.now().plusSeconds(30);
                }
                pause(Duration.ofSeconds(2));
            }
        }
    }

    private static List<String> summary(Connection db, Seed seed) throws SQLException {
        return List.of(
                "signup=" + number(db, "select count(*) from signup where activity_id = " + seed.courseId()),
                "confirmed=" + number(db, "select count(*) from signup where status = 'CONFIRMED' and activity_id = " + seed.courseId()),
                "marks=" + number(db, "select count(*) from attendance_mark where occurrence_id = " + seed.cafeMeetingId()),
                "attendance=" + number(db, "select count(*) from attendance where occurrence_id = " + seed.cafeMeetingId()),
                "notifications=" + number(db, "select count(*) from notification_delivery"));
    }

    /** Straight to one Galera node; wsrep_sync_wait makes it apply what other nodes committed before it answers. */
    private static Connection connect(int node) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + node) + "/motesplats?sessionVariables=wsrep_sync_wait=15",
                "motesplats", "proof");
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static <K> Map<K, String> map(Connection db, String sql) throws SQLException {
        Map<K, String> result = new LinkedHashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                @SuppressWarnings("unchecked")
                K key = (K) rows.getObject(1);
                result.put(key, rows.getString(2));
            }
        }
        return result;
    }

    private void note(String format, Object... args) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + format.formatted(args);
        System.out.println("[multinode] " + line);
        report.add(line);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.MINUTES)).as("fault done").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
