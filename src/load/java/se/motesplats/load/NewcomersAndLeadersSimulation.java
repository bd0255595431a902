package se.motesplats.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static se.motesplats.load.Vaadin.click;
import static se.motesplats.load.Vaadin.measured;
import static se.motesplats.load.Vaadin.navigate;
import static se.motesplats.load.Vaadin.node;
import static se.motesplats.load.Vaadin.nodeOf;
import static se.motesplats.load.Vaadin.open;
import static se.motesplats.load.Vaadin.rpc;
import static se.motesplats.load.Vaadin.ticked;
import static se.motesplats.load.Vaadin.typed;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newcomers browsing and signing up, and leaders taking the roll call, against one running node (the
 * demo data; src/load/load-test.sh starts it). Active users rise in levels (closed model: a newcomer who
 * has finished is replaced by a new visitor at once); per level the steady part is measured separately to
 * find the knee. Newcomers think 5–15 s between interactions, as people reading a page on a phone do.
 *
 * <p>A newcomer opens the listing (page, init, first navigation), opens an activity, goes back to the
 * listing, opens another; one in ten (load.sign-up-share) then presses the sign-up button, joins with a
 * first name and an e-mail address, types the code, comes back to the activity and signs up. The code is
 * read from the development outbox (the demo's, on in this run) by a second tab of the same browser:
 * that request is the harness's and not measured. Each newcomer comes from a network of its own
 * (X-Forwarded-For from loopback, which the app trusts as a proxy), as phones do; otherwise the
 * limit of 200 codes per network and hour would stop the sign-ups.
 *
 * <p>Leaders: one signs in as the demo's leader through the sign-in view (code from the outbox); the
 * leaders' phones then share that session (the limit of five codes per address and hour, and the
 * remembered-device cookie rotates on every use, so it cannot be shared). Each opens the roll call view
 * (a Vaadin round trip), reads the roll call (JSON) and sends single taps ({@code POST /api/attendance/sync},
 * as the roll call's client does) every 2–6 s, in the demo's meeting happening now (load-test.sh starts the demo with
 * one), so that their marks are checked and stored.
 */
public class NewcomersAndLeadersSimulation extends Simulation {

    private static final String URL = System.getProperty("load.url", "http://localhost:18480");
    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("load.users", "100,300,500,700,1000,1250,1500")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int LEVEL_SECONDS = Integer.getInteger("load.level-seconds", 60);
    private static final int RAMP_SECONDS = Integer.getInteger("load.ramp-seconds", 15);
    private static final int LEADERS = Integer.getInteger("load.leaders", 10);
    private static final double SIGN_UP_SHARE = Double.parseDouble(System.getProperty("load.sign-up-share", "0.1"));
    private static final String LEADER = System.getProperty("load.leader", "erik@motesplats.example");
    /** The demo's meeting happening now (motesplats.demo.meeting-now, which load-test.sh turns on), by its Swedish title. */
    private static final String MEETING = System.getProperty("load.meeting", "Språkkafé för lasttestet");
    private static final Duration THINK_MIN = Duration.ofSeconds(5);
    private static final Duration THINK_MAX = Duration.ofSeconds(15);

    private static final AtomicInteger NEWCOMERS = new AtomicInteger();
    private static final AtomicReference<String> LEADER_SESSION = new AtomicReference<>();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.8")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 14; load test) Gatling")
            .header("X-Forwarded-For", "#{network}")
            .disableCaching();

    private static Session fromOwnNetwork(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return session.set("network", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    private static String anyOf(Session session, String key) {
        List<String> values = session.getList(key);
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    /** Reads the newest code sent to the session's address from the outbox page's answer. */
    private static Session codeFromOutbox(Session session) {
        Matcher code = Pattern.compile(" · " + Pattern.quote(session.getString("email")) + " · [^\"]*?(\\d{6})\"")
                .matcher(session.getString("outbox"));
        String found = null;
        while (code.find()) {
            found = code.group(1);
        }
        return found == null ? session.remove("code") : session.set("code", found);
    }

    private static ChainBuilder readCode() {
        return exec(session -> session.remove("code"))
                .exec(repeat(5).on(exec(session -> session)
                        .doIf(session -> !session.contains("code")).then(
                                Vaadin.harnessTab("dev/outbox", "outbox").exec(NewcomersAndLeadersSimulation::codeFromOutbox)
                                        .doIf(session -> !session.contains("code")).then(exec(session -> session).pause(1)))));
    }

    private static ChainBuilder think() {
        return exec(session -> session).pause(THINK_MIN, THINK_MAX);
    }

    private static ChainBuilder openActivity() {
        return exec(session -> session.remove(node("signup-button")).set("activity", anyOf(session, "activityIds")))
                .exec(navigate("open an activity", session -> "activities/" + session.getString("activity"), nodeOf("signup-button")));
    }

    private final ChainBuilder signUp = click("sign-up: press the button (to joining)", "signup-button",
            nodeOf("join-first-name"), nodeOf("join-email"), nodeOf("join-terms"), nodeOf("join-send"))
            .exec(session -> session.set("email", "newcomer-" + RUN + "-" + session.getString("newcomer") + "@example.org"))
            .exec(think())
            .exec(rpc("sign-up: name, address, terms, send code", session -> typed(session, "join-first-name", "Ny")
                            + "," + typed(session, "join-email", session.getString("email")) + "," + ticked(session, "join-terms")
                            + ",{\"type\":\"event\",\"node\":" + session.getString(node("join-send")) + ",\"event\":\"click\",\"data\":{}}",
                    nodeOf("sign-in-code"), nodeOf("sign-in-verify")))
            .exitHereIf(session -> !session.contains(node("sign-in-code")))
            .exec(readCode())
            .exitHereIf(session -> !session.contains("code"))
            .exec(rpc("sign-up: type the code", session -> typed(session, "sign-in-code", session.getString("code"))
                    + ",{\"type\":\"event\",\"node\":" + session.getString(node("sign-in-verify")) + ",\"event\":\"click\",\"data\":{}}",
                    substring("vaadin-redirect-pending").exists()))
            .exec(session -> session.remove(node("signup-button")))
            .exec(open("sign-up: back on the activity", session -> "activities/" + session.getString("activity"), nodeOf("signup-button")))
            .exitHereIf(session -> !session.contains(node("signup-button")))
            .exec(click("sign-up: press the button (signed in)", "signup-button", substring("signup-status").exists()));

    private final ScenarioBuilder newcomers = scenario("newcomers")
            .exec(session -> fromOwnNetwork(session).set("newcomer", NEWCOMERS.incrementAndGet()))
            .exec(open("listing", "activities", regex("activities/(\\d+)").findAll().saveAs("activityIds")))
            .exec(think())
            .exec(openActivity())
            .exec(think())
            .exec(navigate("back to the listing", session -> "activities"))
            .exec(think())
            .exec(openActivity())
            .exec(think())
            .doIf(session -> session.contains(node("signup-button")) && ThreadLocalRandom.current().nextDouble() < SIGN_UP_SHARE)
            .then(signUp);

    private final ScenarioBuilder leaderSignsIn = scenario("leader signs in")
            .exec(session -> fromOwnNetwork(session).set("email", LEADER))
            .exec(open("leader: sign-in view", "sign-in", nodeOf("sign-in-email"), nodeOf("sign-in-send")))
            .exec(rpc("leader: address, send code", session -> typed(session, "sign-in-email", LEADER)
                    + ",{\"type\":\"event\",\"node\":" + session.getString(node("sign-in-send")) + ",\"event\":\"click\",\"data\":{}}",
                    nodeOf("sign-in-code"), nodeOf("sign-in-verify")))
            .exec(readCode())
            .exec(rpc("leader: type the code", session -> typed(session, "sign-in-code", session.getString("code"))
                    + ",{\"type\":\"event\",\"node\":" + session.getString(node("sign-in-verify")) + ",\"event\":\"click\",\"data\":{}}",
                    substring("vaadin-redirect-pending").exists()))
            .exec(getCookieValue(CookieKey("JSESSIONID").saveAs("leaderSession")))
            .exec(session -> {
                LEADER_SESSION.set(session.getString("leaderSession"));
                Measurements.start();
                return session;
            });

    /**
     * One tap as the roll call's client sends it: a person of the roll call, or one of three walk-ins this
     * leader added (ids as the client makes them), each tap turning the person's mark over.
     */
    private static String tap(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a drop-in meeting (as the demo's meeting happening now is) has nobody on its roll call until someone walks in
        boolean walkIn = !session.contains("attendees") || random.nextBoolean();
        String attendee = walkIn ? session.getString("walkIn" + random.nextInt(3)) : anyOf(session, "attendees");
        String kind = session.getInt("taps") % 4 < 2 ? "PRESENT" : "UNDO";
        return "{\"marks\":[{\"clientId\":\"" + UUID.randomUUID() + "\",\"meetingId\":" + session.getString("meetingId")
                + ",\"attendee\":\"" + attendee + "\",\"kind\":\"" + kind + "\",\"at\":\"" + Instant.now()
                + "\",\"leader\":false,\"walkInName\":" + (walkIn ? "\"Gäst\"" : "null") + "}],\"sentAt\":\"" + Instant.now() + "\"}";
    }

    private final ScenarioBuilder leaders = scenario("leaders")
            .exec(session -> fromOwnNetwork(session).set("taps", 0).set("leaderSession", LEADER_SESSION.get())
                    .set("walkIn0", "w" + UUID.randomUUID()).set("walkIn1", "w" + UUID.randomUUID()).set("walkIn2", "w" + UUID.randomUUID()))
            .exec(addCookie(Cookie("JSESSIONID", "#{leaderSession}").withPath("/")))
            .pause(Duration.ofSeconds(1))
            .exec(measured("leader: today's meetings", http("leader: today's meetings").get("/api/attendance/today")
                    .check(status().is(200), jsonPath("$.meetings[?(@.title == '" + MEETING + "')].meetingId").saveAs("meetingId"))))
            .exec(forever().on(
                    exec(open("leader: roll call view", session -> "roll-call/" + session.getString("meetingId")))
                            .exec(measured("leader: roll call", http("leader: roll call")
                                    .get("/api/attendance/meetings/#{meetingId}/roll-call")
                                    .check(status().is(200), jsonPath("$.entries[*].attendee").findAll().optional().saveAs("attendees"))))
                            .exec(repeat(10).on(exec(session -> session).pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                                    .exec(measured("leader: tap (sync)", http("leader: tap (sync)").post("/api/attendance/sync")
                                            .header("X-Motesplats-Sync", "1").header("Content-Type", "application/json")
                                            .body(StringBody(NewcomersAndLeadersSimulation::tap))
                                            .check(status().is(200), jsonPath("$.outcomes[0].result").saveAs("outcome"),
                                                    jsonPath("$.outcomes[0].reason").optional().saveAs("reason"))))
                                    .exec(session -> {
                                        Measurements.outcome(session.getString("outcome")
                                                + (session.contains("reason") ? " " + session.getString("reason") : ""));
                                        return session.set("taps", session.getInt("taps") + 1);
                                    })))));

    private static List<Measurements.Level> levels() {
        List<Measurements.Level> levels = new ArrayList<>();
        long second = 0;
        for (int users : LEVELS) {
            second += RAMP_SECONDS;
            levels.add(new Measurements.Level(users, second, second + LEVEL_SECONDS));
            second += LEVEL_SECONDS;
        }
        return levels;
    }

    private static ClosedInjectionStep[] stairs(int leadersAtOnce) {
        List<ClosedInjectionStep> steps = new ArrayList<>();
        int previous = 0;
        for (int users : LEVELS) {
            int newcomers = users - leadersAtOnce;
            steps.add(rampConcurrentUsers(previous).to(newcomers).during(RAMP_SECONDS));
            steps.add(constantConcurrentUsers(newcomers).during(LEVEL_SECONDS));
            previous = newcomers;
        }
        return steps.toArray(ClosedInjectionStep[]::new);
    }

    {
        int total = LEVELS.size() * (RAMP_SECONDS + LEVEL_SECONDS);
        setUp(leaderSignsIn.injectOpen(atOnceUsers(1)).andThen(
                newcomers.injectClosed(stairs(LEADERS)),
                leaders.injectClosed(constantConcurrentUsers(LEADERS).during(total))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(total + 30));
    }

    @Override
    public void after() {
        System.out.println(Measurements.report(levels()));
        levels().stream().filter(level -> level.users() >= 1000).findFirst()
                .or(() -> levels().stream().reduce((first, last) -> last))
                .ifPresent(level -> System.out.println(Measurements.reportByName(level)));
        System.out.println(Measurements.outcomes());
    }
}
