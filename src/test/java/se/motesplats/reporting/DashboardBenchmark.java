package se.motesplats.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.MotesplatsSpringTest;
import se.motesplats.testing.TestClock;

/**
 * Measures the coordinators' dashboard on 100,000 participants and 10,000,000 check-ins (issue 7)
 * in the embedded MariaDB, and prints percentiles of one dashboard load ({@link DashboardService#mine}, and the figures shared
 * for a minute that the view shows, {@link DashboardService#mineShared}, which the test clock never lets expire here,
 * and the outcomes table {@link OutcomeService#inMyAreas}, which the view loads with it) for the
 * coordinator of one municipality and for an administrator, who sees everything. Then one load of
 * each with every statement's time and its plan (MariaDB's slow query log at 0 s, and EXPLAIN).
 *
 * <p>The data are generated in SQL with MariaDB's sequence engine, only in Jönköping (0680, a fifth of
 * the activities) and Växjö (0780, the rest), so that other benchmarks in the same run are not
 * affected. Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dvaadin.skip
 * -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (see docs/performance.md).
 */
@MotesplatsSpringTest
class DashboardBenchmark {

    static final String REGION = "0680";
    static final String REST = "0780";
    static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 100_000);
    static final long CHECK_INS = Long.getLong("benchmark.check-ins", 10_000_000L);
    static final int ACTIVITIES = Integer.getInteger("benchmark.activities", 8_000);
    static final int ACTIVITIES_PER_ORGANISATION = 20;
    /**
     * Weekly meetings for a year, up to now: none ahead, so that the reminder job (which the test
     * context runs) has nobody to remind.
     */
    static final int PAST_WEEKS = 52;
    static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3);
    /** MariaDB's InnoDB buffer pool in MiB for the measurements; 0 keeps the server's default (128 MiB). */
    static final int BUFFER_POOL_MIB = Integer.getInteger("benchmark.buffer-pool-mib", 0);
    static final int SHOWN_STATEMENTS = 12;
    /**
     * Measure again on the data of an earlier run instead of generating them: only with a database that outlives the
     * run, {@code -Dmotesplats.embedded-database.throw-away=false -Dmotesplats.embedded-database.directory=...} the same
     * both times (the window moves with the real time in between, so the figures differ a little).
     */
    static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired DashboardService dashboards;
    @Autowired OutcomeService outcomes;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;

    @Test
    @Timeout(value = 90, unit = TimeUnit.MINUTES)
    void dashboardPercentiles() throws Exception {
        long started = System.nanoTime();
        boolean generatedBefore = REUSE && jdbc.sql("select count(*) from activity where municipality_code = ?").param(REST)
                .query(Long.class).single() >= ACTIVITIES / 2;
        Map<String, Long> counts = generatedBefore ? Map.of("(data of an earlier run, reused)", 0L) : generate();
        long generated = System.nanoTime() - started;
        System.out.printf("%nGenerated in %d s (%d cores, load average %.1f; other processes count too):%n",
                Duration.ofNanos(generated).toSeconds(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        counts.forEach((table, rows) -> System.out.printf("  %-40s %,12d%n", table, rows));

        if (BUFFER_POOL_MIB > 0) {
            jdbc.sql("set global innodb_buffer_pool_size = " + BUFFER_POOL_MIB * 1024L * 1024L).update();
        }
        System.out.printf("InnoDB buffer pool: %d MiB; data and indexes of attendance: %d MiB%n",
                jdbc.sql("select @@innodb_buffer_pool_size div 1048576").query(Long.class).single(),
                jdbc.sql("select (data_length + index_length) div 1048576 from information_schema.tables where table_schema = database()"
                        + " and table_name = 'attendance'").query(Long.class).single());

        long coordinator = accounts.ensureAccount("samordnare-" + UUID.randomUUID() + "@motesplats.test", "Kerstin",
                SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(REGION)));
        long administrator = accounts.ensureAccount("admin-" + UUID.randomUUID() + "@motesplats.test", "Anna",
                SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));

        Dashboard region = as(coordinator, Roles.COORDINATOR, dashboards::mine);
        Dashboard all = as(administrator, Roles.ADMINISTRATOR, dashboards::mine);
        System.out.printf("%nThe coordinator of Jönköping sees %,d active participants, %,d check-ins in the last %d weeks;"
                        + " the administrator %,d and %,d%n", region.activeParticipants(), checkIns(region), DashboardService.WEEKS,
                all.activeParticipants(), checkIns(all));

        System.out.printf("%nDashboard load, %d runs after %d to warm up (server-side: services, JDBC, database; no HTTP, no rendering)%n",
                RUNS, WARM_UP);
        report("coordinator of Jönköping: DashboardService.mine()", () -> as(coordinator, Roles.COORDINATOR, dashboards::mine));
        report("coordinator of Jönköping: mineShared() (a minute's figures)", () -> as(coordinator, Roles.COORDINATOR, dashboards::mineShared));
        report("coordinator of Jönköping: OutcomeService.inMyAreas()", () -> as(coordinator, Roles.COORDINATOR, outcomes::inMyAreas));
        report("administrator (everything): DashboardService.mine()", () -> as(administrator, Roles.ADMINISTRATOR, dashboards::mine));
        report("administrator (everything): mineShared() (a minute's figures)", () -> as(administrator, Roles.ADMINISTRATOR, dashboards::mineShared));
        report("administrator (everything): OutcomeService.inMyAreas()", () -> as(administrator, Roles.ADMINISTRATOR, outcomes::inMyAreas));

        profile("coordinator of Jönköping", () -> as(coordinator, Roles.COORDINATOR, () -> List.of(dashboards.mine(), outcomes.inMyAreas())));
        profile("administrator", () -> as(administrator, Roles.ADMINISTRATOR, () -> List.of(dashboards.mine(), outcomes.inMyAreas())));
    }

    private static int checkIns(Dashboard dashboard) {
        return dashboard.weeks().stream().mapToInt(Dashboard.Week::present).sum();
    }

    private static <T> T as(long accountId, String role, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        ModuleTestBase.runAs(accountId, () -> result.add(work.get()), role);
        return result.getFirst();
    }

    private void report(String what, Supplier<?> load) {
        for (int i = 0; i < WARM_UP; i++) {
            load.get();
        }
        long[] nanos = new long[RUNS];
        long[] threadCpu = new long[RUNS];
        long[] databaseCpu = new long[RUNS];
        long[] processCpu = new long[RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < RUNS; i++) {
            long databaseBefore = databaseCpuNanos();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long processBefore = system.getProcessCpuTime();
            long start = System.nanoTime();
            load.get();
            nanos[i] = System.nanoTime() - start;
            threadCpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            processCpu[i] = system.getProcessCpuTime() - processBefore;
            databaseCpu[i] = databaseCpuNanos() - databaseBefore;
        }
        Arrays.sort(nanos);
        Arrays.sort(threadCpu);
        Arrays.sort(databaseCpu);
        Arrays.sort(processCpu);
        // the test JVM's CPU counts every thread of it (the dashboard's second connection's too, but also the collector's)
        System.out.printf("%-62s p50 %8.1f ms   p95 %8.1f ms   p99 %8.1f ms   CPU p50: this thread %6.1f ms, test JVM %6.1f ms, database %6.1f ms%n",
                what, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), ms(threadCpu, 0.50), ms(processCpu, 0.50), ms(databaseCpu, 0.50));
    }

    /**
     * CPU time the database server has used so far (user and system, from /proc, in steps of the kernel's clock tick, 10 ms),
     * or 0 where there is no /proc: what a load costs the server whatever else runs on the machine.
     */
    private long databaseCpuNanos() {
        try {
            if (databasePid == 0) {
                String pidFile = jdbc.sql("select @@pid_file").query(String.class).single();
                java.nio.file.Path path = java.nio.file.Path.of(pidFile);
                if (!path.isAbsolute()) {
                    path = java.nio.file.Path.of(jdbc.sql("select @@datadir").query(String.class).single()).resolve(pidFile);
                }
                databasePid = Long.parseLong(java.nio.file.Files.readString(path).strip());
            }
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + databasePid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the name: state is the first, utime the 12th, stime the 13th
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private long databasePid;

    private static double ms(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1_000_000.0;
    }

    /**
     * One load with MariaDB's slow query log at 0 seconds: every statement with its time and rows
     * examined, slowest first, and the plan (EXPLAIN) of each select. Connections read the log
     * settings when they open, so the pool's connections are replaced first.
     */
    private void profile(String who, Runnable load) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set global log_output = 'TABLE'");
            statement.execute("set global long_query_time = 0");
            statement.execute("truncate table mysql.slow_log");
            statement.execute("set global slow_query_log = 1");
        }
        evictPooledConnections();
        try {
            load.run();
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("set global slow_query_log = 0");
                statement.execute("set global long_query_time = 10");
            }
            evictPooledConnections();
        }
        record Logged(double ms, long examined, long sent, String sql) {
        }
        List<Logged> statements = jdbc.sql("""
                        select time_to_sec(query_time) * 1000 + microsecond(query_time) / 1000 as ms, rows_examined, rows_sent,
                          convert(sql_text using utf8mb4) as sql_text
                        from mysql.slow_log where convert(sql_text using utf8mb4) like 'select%' or convert(sql_text using utf8mb4) like 'set statement%'
                        order by query_time desc""")
                .query((row, number) -> new Logged(row.getDouble("ms"), row.getLong("rows_examined"), row.getLong("rows_sent"),
                        row.getString("sql_text")))
                .list().stream().filter(logged -> !logged.sql().contains("mysql.slow_log")).toList();
        System.out.printf("%nOne load as %s: %d selects, %.1f ms in the database; the %d slowest with their plans:%n", who,
                statements.size(), statements.stream().mapToDouble(Logged::ms).sum(), Math.min(SHOWN_STATEMENTS, statements.size()));
        for (Logged logged : statements.subList(0, Math.min(SHOWN_STATEMENTS, statements.size()))) {
            System.out.printf("%n%8.1f ms  %,12d rows examined  %,6d sent  %s%n", logged.ms(), logged.examined(), logged.sent(),
                    logged.sql().replaceAll("\\s+", " "));
            // "set statement ... for select ..." is explained as "set statement ... for explain select ..."
            String explained = logged.sql().startsWith("set statement") ? logged.sql().replaceFirst(" for ", " for explain ")
                    : "explain " + logged.sql();
            jdbc.sql(explained).query(row -> {
                System.out.printf("            %-18s %-14s %-7s %-38s %10s  %s%n", row.getString("select_type"), row.getString("table"),
                        row.getString("type"), row.getString("key"), row.getString("rows"), row.getString("Extra"));
            });
        }
        List<Logged> rest = statements.subList(Math.min(SHOWN_STATEMENTS, statements.size()), statements.size());
        System.out.printf("%nThe other %d selects: %.1f ms together%n", rest.size(), rest.stream().mapToDouble(Logged::ms).sum());
    }

    private void evictPooledConnections() {
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /**
     * Bulk data in SQL with MariaDB's sequence engine, with explicit ids above those in use so that
     * rows can refer to each other without looking anything up:
     * <ul>
     * <li>{@value #ACTIVITIES_PER_ORGANISATION} weekly activities per association, every association in one of the two
     * municipalities, a fifth in Jönköping; categories, target groups and leaders' languages vary;</li>
     * <li>meetings every week from {@value #PAST_WEEKS} weeks ago until now, on the activity's weekday at 18:00;</li>
     * <li>the participants, seven in ten with a profile that names one or two languages;</li>
     * <li>at every past meeting the same number of participants (check-ins / past meetings) plus its leader; each place of an
     * activity is held by one person for a quarter, then by another, so people start and stop all year; one mark in fifty is
     * an undone check-in (present = false);</li>
     * <li>the first holders of the places are signed up (and two more per activity wait in the queue); every past meeting has been
     * evaluated and has one no-show; every first holder has been asked about outcomes, and two in three have answered.</li>
     * </ul>
     */
    private Map<String, Long> generate() throws SQLException, java.io.IOException {
        long pastMeetings = (long) ACTIVITIES * PAST_WEEKS;
        int perMeeting = (int) Math.max(1, Math.round((double) CHECK_INS / pastMeetings));
        int organisations = (ACTIVITIES + ACTIVITIES_PER_ORGANISATION - 1) / ACTIVITIES_PER_ORGANISATION;
        long accountBase = next("account") + 1_000;
        long leaderBase = accountBase + PARTICIPANTS;
        long organisationBase = next("organisation") + 1_000;
        long activityBase = next("activity") + 1_000;
        long occurrenceBase = next("occurrence") + 1_000;
        long signupBase = next("signup") + 1_000;
        int weeks = PAST_WEEKS + 1;
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(PAST_WEEKS);
        // the database's session time zone is the JVM's (the driver sends local date-times), so meetings are written in it
        String first = LocalDateTime.of(firstMonday, LocalTime.of(18, 0)).atZone(Zones.STOCKHOLM)
                .withZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .replace('T', ' ');
        String now = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.systemDefault()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .replace('T', ' ');
        // activity a (0-based) belongs to association a / 20; association o is in Jönköping when o % 5 = 0
        String municipality = "if((%s) %% 5 = 0, '" + REGION + "', '" + REST + "')";
        // the person in place k of activity a in week w: a quarter at a time, staggered by place
        String person = "(%d + ((a.id - %d) * %d + k.seq + ((%%s + k.seq) div 13) * 7919) %%%% %d)"
                .formatted(accountBase, activityBase, perMeeting, PARTICIPANTS);
        String firstHolder = person.formatted("0");
        String personAtMeeting = person.formatted("((o.id - " + occurrenceBase + ") % " + weeks + ")");

        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("participants' and leaders' accounts", """
                insert into account (id, email_hash, email_encrypted, first_name, preferred_language, created_at)
                select %d + seq, sha2(concat('dashboard-benchmark-', seq), 256), 'v1:benchmark', 'Deltagare',
                  elt(1 + seq %% 6, 'ar', 'ti', 'so', 'fa-AF', 'uk', 'sv'), '%s'
                from seq_0_to_%d""".formatted(accountBase, now, PARTICIPANTS + organisations - 1));
        steps.put("profiles", """
                insert into person_profile (account_id, swedish_level, municipality_code, languages, interests, updated_at)
                select %d + seq, 'BEGINNER', %s,
                  elt(1 + (seq div 10) %% 10, 'ar,sv', 'ti', 'ar', 'so,sv', 'fa-AF', 'en,uk', 'ckb', 'ar,en', 'ps', 'kmr,sv'),
                  elt(1 + seq %% 3, 'LANGUAGE_CAFE', 'SPORT', 'MUSIC,CRAFTS'), '%s'
                from seq_0_to_%d where seq %% 10 < 7""".formatted(accountBase, municipality.formatted("seq"), now, PARTICIPANTS - 1));
        steps.put("associations", """
                insert into organisation (id, name, kind, municipality_code, created_at, verified_at)
                select %d + seq, concat('Benchmarkföreningen ', seq), 'CULTURAL_ASSOCIATION', %s, '%s', '%s'
                from seq_0_to_%d""".formatted(organisationBase, municipality.formatted("seq"), now, now, organisations - 1));
        steps.put("leaders", """
                insert into organisation_member (organisation_id, account_id, role)
                select %d + seq, %d + seq, 'LEADER' from seq_0_to_%d""".formatted(organisationBase, leaderBase, organisations - 1));
        steps.put("activities", """
                insert into activity (id, organisation_id, status, category, target_group, swedish_level, leader_languages,
                    municipality_code, venue_name, address, step_free, hearing_loop, cost_sek, childcare, drop_in, capacity,
                    plan_language, plan_health, plan_network, plan_description, planned_meetings,
                    schedule_first_date, schedule_start_time, schedule_duration_minutes, schedule_frequency,
                    schedule_weekdays, schedule_exceptions, created_by, created_at, updated_at)
                select %d + seq, %d + seq div %d, if(seq %% 25 = 24, 'DRAFT', 'PUBLISHED'),
                    elt(1 + seq %% 9, 'LANGUAGE_CAFE','STUDY_CIRCLE','SPORT','CULTURE_CAFE','CRAFTS','MUSIC','HOMEWORK_HELP','OUTDOORS','OTHER'),
                    elt(1 + seq %% 6, 'EVERYONE','WOMEN','YOUTH','FAMILIES','SENIORS','CHILDREN'),
                    elt(1 + seq %% 4, 'NONE','BEGINNER','INTERMEDIATE','FLUENT'),
                    elt(1 + seq %% 5, 'sv', 'ar,sv', 'ti,sv', 'en,sv', 'so,sv'),
                    %s, concat('Lokal ', seq), concat('Gatan ', seq), seq %% 2 = 0, seq %% 5 = 0, 0,
                    seq %% 4 = 0, false, %d, true, true, false, 'Plan', %d,
                    '%s', '18:00', 120, 'WEEKLY', 'MONDAY', '', %d + seq div %d, '%s', '%s'
                from seq_0_to_%d""".formatted(activityBase, organisationBase, ACTIVITIES_PER_ORGANISATION,
                municipality.formatted("seq div " + ACTIVITIES_PER_ORGANISATION), perMeeting + 6, weeks, firstMonday, leaderBase,
                ACTIVITIES_PER_ORGANISATION, now, now, ACTIVITIES - 1));
        steps.put("activity texts", """
                insert into activity_text (activity_id, language, title, description, state)
                select %d + seq, 'sv', concat('Aktivitet ', seq), 'Beskrivning', 'SOURCE' from seq_0_to_%d"""
                .formatted(activityBase, ACTIVITIES - 1));
        steps.put("meetings", """
                insert into occurrence (id, activity_id, planned_start, starts_at, ends_at, cancelled)
                select %d + (m.id - %d) * %d + m.seq, m.id, m.starts, m.starts, m.starts + interval 2 hour, false
                from (select a.id, w.seq, timestamp'%s' + interval w.seq week + interval ((a.id - %d) %% 7) day as starts
                      from activity a cross join seq_0_to_%d w where a.id >= %d) m
                where m.starts < '%s'"""
                .formatted(occurrenceBase, activityBase, weeks, first, activityBase, weeks - 1, activityBase, now));
        steps.put("places", """
                insert into signup_places (activity_id, occurrence_id, capacity, taken)
                select id, 0, %d, %d from activity where id >= %d""".formatted(perMeeting + 6, perMeeting, activityBase));
        steps.put("sign-ups of the first holders of the places", """
                insert ignore into signup (id, activity_id, occurrence_id, account_id, status, places, created_at, queued_at, confirmed_at)
                select %d + (a.id - %d) * %d + k.seq, a.id, 0, %s, 'CONFIRMED', 1, '%s', '%s', '%s'
                from activity a cross join seq_0_to_%d k where a.id >= %d"""
                .formatted(signupBase, activityBase, perMeeting + 2, firstHolder, first, first, first, perMeeting - 1, activityBase));
        steps.put("waiting lists", """
                insert ignore into signup (id, activity_id, occurrence_id, account_id, status, places, created_at, queued_at)
                select %d + (a.id - %d) * %d + %d + k.seq, a.id, 0, %d + ((a.id - %d) * 31 + k.seq * 17 + 50000) %% %d, 'WAITLISTED', 1,
                  '%s', '%s'
                from activity a cross join seq_0_to_1 k where a.id >= %d and a.status = 'PUBLISHED'"""
                .formatted(signupBase, activityBase, perMeeting + 2, perMeeting, accountBase, activityBase, PARTICIPANTS, now, now,
                        activityBase));
        List<String> checkIns = new ArrayList<>();
        int chunk = Math.max(1, 500_000 / (PAST_WEEKS * (perMeeting + 1)));
        for (int from = 0; from < ACTIVITIES; from += chunk) {
            checkIns.add("""
                    insert ignore into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    select o.id, concat('p', %s), %s, false, (o.id + k.seq) %% 50 <> 0, o.starts_at, 'QR'
                    from activity a join occurrence o on o.activity_id = a.id cross join seq_0_to_%d k
                    where a.id between %d and %d and o.starts_at < '%s'
                    order by o.id, k.seq"""
                    .formatted(personAtMeeting, personAtMeeting, perMeeting - 1, activityBase + from,
                            activityBase + Math.min(ACTIVITIES, from + chunk) - 1, now));
        }
        long generation = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session foreign_key_checks = 0");
            // the summaries' triggers, row by row, would take hours for 10 million check-ins: filled once afterwards (V37)
            statement.execute("set @reporting_summaries_paused = 1");
            for (Map.Entry<String, String> step : steps.entrySet()) {
                execute(statement, step.getKey(), step.getValue());
            }
            for (int i = 0; i < checkIns.size(); i++) {
                execute(statement, "check-ins, part %d of %d".formatted(i + 1, checkIns.size()), checkIns.get(i));
            }
            execute(statement, "leaders' check-ins", """
                    insert ignore into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                    select o.id, concat('p', a.created_by), a.created_by, true, true, o.starts_at, 'LEADER'
                    from activity a join occurrence o on o.activity_id = a.id where a.id >= %d and o.starts_at < '%s'"""
                    .formatted(activityBase, now));
            execute(statement, "meetings evaluated", """
                    insert into attendance_meeting_evaluated (occurrence_id, evaluated_at)
                    select o.id, o.ends_at + interval 1 day from occurrence o where o.activity_id >= %d and o.ends_at + interval 1 day < '%s'"""
                    .formatted(activityBase, now));
            execute(statement, "no-shows", """
                    insert ignore into attendance_no_show (occurrence_id, signup_id, account_id)
                    select o.id, s.id, s.account_id from attendance_meeting_evaluated e join occurrence o on o.id = e.occurrence_id
                    join signup s on s.id = %d + (o.activity_id - %d) * %d + (o.id - %d) %% %d
                    where o.activity_id >= %d""".formatted(signupBase, activityBase, perMeeting + 2, occurrenceBase, perMeeting,
                    activityBase));
            execute(statement, "outcome questions and answers", """
                    insert ignore into outcome_answer (account_id, activity_id, asked_at, answered_at, practised_swedish, feel_better, met_people)
                    select s.account_id, s.activity_id, '%s', if(s.id %% 3 = 0, null, '%s'), if(s.id %% 3 = 0, null, 1 + s.id %% 3),
                      if(s.id %% 3 = 0, null, 1 + (s.id div 3) %% 3), if(s.id %% 3 = 0, null, 1 + (s.id div 9) %% 3)
                    from signup s where s.activity_id >= %d and s.status = 'CONFIRMED'""".formatted(now, now, activityBase));
            statement.execute("set @reporting_summaries_paused = null");
            execute(statement, "summaries emptied", "delete from reporting_attendee");
            execute(statement, "summaries emptied (per meeting)", "delete from reporting_meeting");
            String fill = migration("V38__reporting_summaries_filled.sql");
            for (String sql : fill.split(";")) {
                if (!sql.isBlank()) {
                    execute(statement, "summaries filled as V38 does", sql);
                }
            }
            String period = migration("V44__reporting_meeting_period.sql");
            period = period.substring(period.indexOf("insert into reporting_meeting"), period.indexOf("create index"));
            for (String sql : period.split(";")) {
                if (!sql.isBlank()) {
                    execute(statement, "meetings' periods filled as V44 does", sql);
                }
            }
            execute(statement, "statistics", "analyze table account, person_profile, organisation, activity, occurrence, signup_places,"
                    + " signup, attendance, attendance_meeting_evaluated, attendance_no_show, outcome_answer, reporting_meeting, reporting_attendee");
        }
        System.out.printf("All steps: %d s%n", Duration.ofNanos(System.nanoTime() - generation).toSeconds());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("participants (accounts)", (long) PARTICIPANTS);
        counts.put("profiles", count("person_profile where account_id between " + accountBase + " and " + (leaderBase - 1)));
        counts.put("associations", (long) organisations);
        counts.put("activities", (long) ACTIVITIES);
        counts.put("meetings", count("occurrence where activity_id >= " + activityBase));
        counts.put("check-ins of participants (attendance rows)", count("attendance where not leader and account_id >= " + accountBase
                + " and account_id < " + leaderBase));
        counts.put("  of which present", count("attendance where present and not leader and account_id >= " + accountBase
                + " and account_id < " + leaderBase));
        counts.put("leaders' check-ins", count("attendance where leader and account_id >= " + leaderBase));
        counts.put("sign-ups", count("signup where activity_id >= " + activityBase));
        counts.put("no-shows", count("attendance_no_show where signup_id >= " + signupBase));
        counts.put("outcome answers (asked)", count("outcome_answer where activity_id >= " + activityBase));
        counts.put("attendance rows in the whole database", count("attendance"));
        counts.put("summary per meeting (reporting_meeting)", count("reporting_meeting where occurrence_id >= " + occurrenceBase));
        counts.put("summary per activity and person (reporting_attendee)", count("reporting_attendee where activity_id >= " + activityBase));
        return counts;
    }

    /** A migration's statements without its comment lines. */
    private static String migration(String file) throws java.io.IOException {
        return new String(new org.springframework.core.io.ClassPathResource("db/migration/" + file).getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("--"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void execute(Statement statement, String step, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = statement.execute(sql) ? 0 : statement.getUpdateCount();
        System.out.printf("  %-50s %,12d rows %8.1f s%n", step, rows, (System.nanoTime() - start) / 1e9);
    }

    private long next(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }
}
