package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.security.StayingSignedIn;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.MotesplatsSpringTest;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/**
 * Measures the roll call's sync ({@code POST /api/attendance/sync}) over real HTTP on one node
 * against the embedded MariaDB: leaders' phones, each signed in with its own remembered-device
 * cookie and from then on its own session, send marks from several concurrent clients (closed
 * loop: each client sends its next request when the previous one has been answered). Prints
 * throughput (requests and marks per second) and request latency percentiles after a warm-up.
 * The load generator runs in the same JVM as the app, so on a small machine it takes its share of
 * the cores. Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dvaadin.skip
 * -Dtest=CheckInBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (see docs/performance.md).
 */
@MotesplatsSpringTest
class CheckInBenchmark {

    /** Meetings the spread load goes to, each with its own association, leader and signed-up people. */
    static final int MEETINGS = Integer.getInteger("benchmark.meetings", 10);
    static final int PEOPLE_PER_MEETING = Integer.getInteger("benchmark.people", 100);
    /** The hot meeting: one big meeting that every request goes to, from several phones. */
    static final int HOT_PEOPLE = Integer.getInteger("benchmark.hot-people", 300);
    static final int PHONES_PER_MEETING = 2;
    static final int HOT_PHONES = 4;
    /** Concurrent clients (virtual threads), each with one request in flight. */
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    /** Requests per measured run of single marks; batch runs send a tenth as many requests. */
    static final int SINGLE_REQUESTS = Integer.getInteger("benchmark.requests", 2_000);
    static final int BATCH_REQUESTS = SINGLE_REQUESTS / 10;
    static final String SYNC = AttendanceApi.BASE + "/sync";

    @LocalServerPort int port;
    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired SignupService signups;
    @Autowired AccountService accounts;
    @Autowired StayingSignedIn stayingSignedIn;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    private final Random random = new Random(42);

    /** A meeting with the keys of the people a leader may mark at it, the phones that mark them and how far each person's marks got. */
    private static final class Meeting {
        final long id;
        final long leaderId;
        final Instant startsAt;
        final List<String> attendees;
        final List<HttpClient> phones = new ArrayList<>();
        final Map<String, Integer> marksOf = new HashMap<>();
        int cursor;

        Meeting(long id, long leaderId, Instant startsAt, List<String> attendees) {
            this.id = id;
            this.leaderId = leaderId;
            this.startsAt = startsAt;
            this.attendees = attendees;
        }

        /**
         * The next person's next mark. Each person's marks alternate present, undo, present, … a
         * second apart, so that every mark changes what is stored (the full path of a check-in).
         */
        String nextMark() {
            String attendee = attendees.get(cursor++ % attendees.size());
            int count = marksOf.merge(attendee, 1, Integer::sum);
            return """
                    {"clientId":"%s","meetingId":%d,"attendee":"%s","kind":"%s","at":"%s","leader":false,"walkInName":null}"""
                    .formatted(UUID.randomUUID(), id, attendee, count % 2 == 1 ? "PRESENT" : "UNDO", startsAt.plusSeconds(count));
        }
    }

    private record Request(HttpClient phone, String body, int marks) {
    }

    private record Run(String name, int requests, int marks, long wallNanos, long[] sortedNanos, int stored, int alreadyStored,
            int refused, int failed, long statements, long jvmCpuNanos, long databaseCpuNanos) {

        double statementsPerRequest() {
            return statements / (double) requests;
        }

        /** CPU time per request in this JVM (the app and the load generator) and in the database, in milliseconds. */
        double jvmCpuMs() {
            return jvmCpuNanos / 1e6 / requests;
        }

        double databaseCpuMs() {
            return databaseCpuNanos / 1e6 / requests;
        }

        double requestsPerSecond() {
            return requests / (wallNanos / 1e9);
        }

        double marksPerSecond() {
            return marks / (wallNanos / 1e9);
        }

        double ms(double percentile) {
            return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile * sortedNanos.length) - 1)] / 1_000_000.0;
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void syncThroughputAndLatency() throws Exception {
        long started = System.nanoTime();
        List<Callable<Meeting>> setUps = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            setUps.add(() -> meetingWith(PEOPLE_PER_MEETING, PHONES_PER_MEETING));
        }
        setUps.add(() -> meetingWith(HOT_PEOPLE, HOT_PHONES));
        List<Meeting> all = inParallel(setUps);
        List<Meeting> spread = all.subList(0, MEETINGS);
        Meeting hot = all.getLast();
        // leaders mark people on the meeting's day; the meeting has begun half an hour ago
        Instant start = hot.startsAt;
        assertThat(all).allSatisfy(meeting -> assertThat(meeting.startsAt).isEqualTo(start));
        clock.advance(Duration.between(clock.instant(), start.plus(Duration.ofMinutes(30))));
        for (Meeting meeting : all) {
            for (int phone = 0; phone < (meeting == hot ? HOT_PHONES : PHONES_PER_MEETING); phone++) {
                meeting.phones.add(signedInPhone(meeting.leaderId));
            }
        }
        System.out.printf("%nSet up %d meetings with %d people each and a hot meeting with %d people, %d phones signed in, in %d s%n",
                MEETINGS, PEOPLE_PER_MEETING, HOT_PEOPLE, MEETINGS * PHONES_PER_MEETING + HOT_PHONES,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());

        // warm-up: every kind of request, not measured
        long warming = System.nanoTime();
        run("warm-up (single)", singles(spread, SINGLE_REQUESTS / 2));
        run("warm-up (batches)", batches(spread, BATCH_REQUESTS / 2));
        run("warm-up (hot)", singles(List.of(hot), SINGLE_REQUESTS / 4));
        System.out.printf("Warm-up: %d requests in %d s%n", SINGLE_REQUESTS / 2 + BATCH_REQUESTS / 2 + SINGLE_REQUESTS / 4,
                Duration.ofNanos(System.nanoTime() - warming).toSeconds());

        List<Run> runs = new ArrayList<>();
        List<Request> spreadSingles = singles(spread, SINGLE_REQUESTS);
        List<Request> spreadBatches = batches(spread, BATCH_REQUESTS);
        List<Request> hotSingles = singles(List.of(hot), SINGLE_REQUESTS);
        List<Request> hotBatches = batches(List.of(hot), BATCH_REQUESTS);
        runs.add(run("spread: 1 mark per request", spreadSingles));
        runs.add(run("spread: batches of 10-20", spreadBatches));
        runs.add(run("hot meeting: 1 mark per request", hotSingles));
        runs.add(run("hot meeting: batches of 10-20", hotBatches));
        runs.add(run("replay, spread: 1 mark per request", spreadSingles));
        runs.add(run("replay, spread: batches of 10-20", spreadBatches));
        runs.add(run("replay, hot meeting: batches of 10-20", hotBatches));
        print(runs);

        for (Run run : runs) {
            assertThat(run.failed()).as(run.name() + ": failed requests").isZero();
            assertThat(run.refused()).as(run.name() + ": refused marks").isZero();
            if (run.name().startsWith("replay")) {
                assertThat(run.alreadyStored()).as(run.name()).isEqualTo(run.marks());
            } else {
                assertThat(run.stored()).as(run.name()).isEqualTo(run.marks());
            }
        }
    }

    /** An activity whose first meeting is this benchmark's meeting, with people signed up to it. */
    private Meeting meetingWith(int people, int phones) {
        PublishedActivities.Published activity = published.weekly("Incheckning", null, false);
        OccurrenceView first = activities.signupTerms(activity.activityId()).orElseThrow().comingMeetings().getFirst();
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long person = accounts.ensureAccount("deltagare-" + UUID.randomUUID() + "@motesplats.test", "Deltagare" + i,
                    SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
            ModuleTestBase.runAs(person, () -> signups.signUp(activity.activityId(), null, List.of()), Roles.PARTICIPANT);
            attendees.add(Attendee.person(person).key());
        }
        return new Meeting(first.id(), activity.leaderId(), first.startsAt(), attendees);
    }

    /**
     * A leader's phone as after signing in with "stay signed in": the remembered-device cookie that
     * the sign-in's code step sets, then one request through the security filter chain that turns it
     * into a session, as when the roll call opens. Every measured request carries that session.
     */
    private HttpClient signedInPhone(long leaderId) throws Exception {
        SignedInPerson leader = new SignedInPerson(leaderId, "Lena", java.util.Set.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER));
        MockHttpServletRequest signInRequest = new MockHttpServletRequest("POST", "/sign-in");
        signInRequest.addHeader("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
        MockHttpServletResponse signInResponse = new MockHttpServletResponse();
        stayingSignedIn.remember(UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()), signInRequest, signInResponse);
        jakarta.servlet.http.Cookie remembered = java.util.Objects.requireNonNull(signInResponse.getCookie("motesplats-remember"));

        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpCookie cookie = new HttpCookie(remembered.getName(), remembered.getValue());
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base(), cookie);
        HttpClient phone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> today = phone.send(HttpRequest.newBuilder(base().resolve(AttendanceApi.BASE + "/today"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(today.statusCode()).as(today.body()).isEqualTo(200);
        assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName).as("a session after the remembered sign-in")
                .contains("JSESSIONID");
        return phone;
    }

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    /** One mark per request, meetings taken in turn, each request from one of its meeting's phones. */
    private List<Request> singles(List<Meeting> meetings, int requests) {
        List<Request> list = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            Meeting meeting = meetings.get(i % meetings.size());
            list.add(new Request(meeting.phones.get(random.nextInt(meeting.phones.size())), "{\"marks\":[" + meeting.nextMark() + "]}", 1));
        }
        return list;
    }

    /** Batches of 10 to 20 marks of one meeting, as a phone sends what it marked while offline. */
    private List<Request> batches(List<Meeting> meetings, int requests) {
        List<Request> list = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            Meeting meeting = meetings.get(i % meetings.size());
            int size = 10 + random.nextInt(11);
            List<String> marks = new ArrayList<>(size);
            for (int m = 0; m < size; m++) {
                marks.add(meeting.nextMark());
            }
            list.add(new Request(meeting.phones.get(random.nextInt(meeting.phones.size())),
                    "{\"marks\":[" + String.join(",", marks) + "]}", size));
        }
        return list;
    }

    /** Sends the requests from {@link #CLIENTS} virtual threads, each waiting for its answer before it sends the next. */
    private Run run(String name, List<Request> requests) throws Exception {
        long[] nanos = new long[requests.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger alreadyStored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        URI sync = base().resolve(SYNC);
        long statementsBefore = statements();
        long jvmCpuBefore = jvmCpuNanos();
        long databaseCpuBefore = databaseCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        Request request = requests.get(i);
                        HttpRequest post = HttpRequest.newBuilder(sync).header("Content-Type", "application/json")
                                .header("Accept", "application/json").header(AttendanceApi.SYNC_HEADER, "1")
                                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build();
                        long sent = System.nanoTime();
                        HttpResponse<String> response = request.phone().send(post, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
                            continue;
                        }
                        stored.addAndGet(occurrences(response.body(), "\"result\":\"STORED\""));
                        alreadyStored.addAndGet(occurrences(response.body(), "\"result\":\"ALREADY_STORED\""));
                        refused.addAndGet(occurrences(response.body(), "\"result\":\"REFUSED\""));
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
        }
        long wall = System.nanoTime() - start;
        long statements = statements() - statementsBefore;
        long jvmCpu = jvmCpuNanos() - jvmCpuBefore;
        long databaseCpu = databaseCpuNanos() - databaseCpuBefore;
        Arrays.sort(nanos);
        if (firstFailure.get() != null) {
            System.out.println(name + ": first failed request: " + firstFailure.get());
        }
        return new Run(name, requests.size(), requests.stream().mapToInt(Request::marks).sum(), wall, nanos, stored.get(),
                alreadyStored.get(), refused.get(), failed.get(), statements, jvmCpu, databaseCpu);
    }

    /** SQL statements the database has received so far, from every connection (the app's and this benchmark's). */
    private long statements() {
        return Long.parseLong(jdbc.sql("show global status like 'Questions'").query((row, number) -> row.getString(2)).single());
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the embedded MariaDB, a child process of this JVM, from Linux's /proc (user and
     * system time in clock ticks of 10 ms); 0 where that cannot be read.
     */
    private static long databaseCpuNanos() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld")).orElse(false))
                .mapToLong(child -> {
                    try {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(child.pid()), "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                    } catch (java.io.IOException | RuntimeException unreadable) {
                        return 0;
                    }
                }).sum();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static void print(List<Run> runs) {
        System.out.printf("%nCheck-in sync over HTTP, %d concurrent clients, %d cores, load average %.1f (other processes count too)%n",
                CLIENTS, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%-40s %8s %8s %10s %10s %9s %9s %9s %8s %11s %10s  %s%n", "run", "requests", "marks", "requests/s",
                "marks/s", "p50 ms", "p95 ms", "p99 ms", "SQL/req", "JVM CPU/req", "DB CPU/req", "outcomes");
        for (Run run : runs) {
            System.out.printf("%-40s %8d %8d %10.0f %10.0f %9.1f %9.1f %9.1f %8.0f %8.1f ms %7.1f ms  stored %d, already %d, refused %d, failed %d%n",
                    run.name(), run.requests(), run.marks(), run.requestsPerSecond(), run.marksPerSecond(), run.ms(0.50),
                    run.ms(0.95), run.ms(0.99), run.statementsPerRequest(), run.jvmCpuMs(), run.databaseCpuMs(), run.stored(),
                    run.alreadyStored(), run.refused(), run.failed());
        }
    }

    /** Sets meetings up side by side: sign-ups to one activity queue for its place count, different activities do not. */
    private static List<Meeting> inParallel(List<Callable<Meeting>> setUps) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Meeting>> futures = setUps.stream().map(setUp -> pool.submit(setUp)).collect(Collectors.toList());
            List<Meeting> meetings = new ArrayList<>();
            for (Future<Meeting> future : futures) {
                meetings.add(future.get());
            }
            return meetings;
        }
    }
}
