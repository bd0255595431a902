package se.motesplats.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.MotesplatsSpringTest;

/**
 * Measures the newcomers' listing and the detail page against 100,000 activities and 1,000,000
 * meetings in the embedded MariaDB, and prints percentiles. Not part of the default test run:
 * {@code ./mvnw -Pbenchmark verify -Dtest=ListingBenchmark} (see docs/performance.md).
 */
@MotesplatsSpringTest
class ListingBenchmark {

    static final int ACTIVITIES = Integer.getInteger("benchmark.activities", 100_000);
    static final int MEETINGS_PER_ACTIVITY = 10;
    static final int RUNS = 300;

    @Autowired JdbcClient jdbc;
    @Autowired ActivityService activities;
    @Autowired ActivityListing listing;
    @Autowired NextMeetings nextMeetings;

    @Test
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    void listingAndDetailPercentiles() {
        long started = System.nanoTime();
        generate();
        System.out.printf("%nGenerated %,d activities and %,d meetings in %d s%n", count("activity"), count("occurrence"),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());

        Random random = new Random(42);
        Instant now = Instant.now();
        List<ActivityFilter> filters = List.of(
                ActivityFilter.ALL,
                new ActivityFilter(ActivityCategory.LANGUAGE_CAFE, null, Set.of(), ""),
                new ActivityFilter(null, "1290", Set.of(), ""),
                new ActivityFilter(ActivityCategory.LANGUAGE_CAFE, "1283", Set.of(ActivityFilter.Flag.NO_SWEDISH), ""),
                new ActivityFilter(null, null, Set.of(ActivityFilter.Flag.THIS_WEEK, ActivityFilter.Flag.FREE), ""),
                new ActivityFilter(null, "1281", Set.of(ActivityFilter.Flag.WOMEN, ActivityFilter.Flag.CHILDCARE), ""),
                new ActivityFilter(null, null, Set.of(), "Aktivitet 4711"));
        report("listing, all filters mixed", () -> listing.find(filters.get(random.nextInt(filters.size())),
                SupportedLanguage.ARABIC, now, 0, 20));
        for (ActivityFilter filter : filters) {
            report("listing " + describe(filter), () -> listing.find(filter, SupportedLanguage.ARABIC, now, 0, 20));
        }
        long maxId = jdbc.sql("select max(id) from activity").query(Long.class).single();
        report("detail page data", () -> activities.detail(1 + random.nextLong(maxId), SupportedLanguage.ARABIC));
    }

    private static String describe(ActivityFilter filter) {
        return "[category=" + filter.category() + ", municipality=" + filter.municipalityCode() + ", flags=" + filter.flags()
                + (filter.text().isBlank() ? "" : ", text") + "]";
    }

    private void report(String what, Supplier<?> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-90s p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms%n", what, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1_000_000.0;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Bulk data in SQL with MariaDB's sequence engine: varied categories, municipalities, levels and flags. */
    private void generate() {
        jdbc.sql("insert into organisation (name, kind, municipality_code, created_at, verified_at) "
                + "values ('Benchmark association', 'OTHER', '1290', now(6), now(6))").update();
        long organisation = jdbc.sql("select max(id) from organisation").query(Long.class).single();
        List<String> statements = new ArrayList<>();
        statements.add("""
                insert into activity (organisation_id, status, category, target_group, swedish_level, leader_languages,
                    municipality_code, venue_name, address, step_free, hearing_loop, cost_sek, childcare, drop_in,
                    plan_language, plan_health, plan_network, plan_description, planned_meetings,
                    schedule_first_date, schedule_start_time, schedule_duration_minutes, schedule_frequency,
                    schedule_weekdays, schedule_exceptions, created_by, created_at, updated_at)
                select %d, if(seq %% 10 = 0, 'DRAFT', 'PUBLISHED'),
                    elt(1 + seq %% 9, 'LANGUAGE_CAFE','STUDY_CIRCLE','SPORT','CULTURE_CAFE','CRAFTS','MUSIC','HOMEWORK_HELP','OUTDOORS','OTHER'),
                    elt(1 + seq %% 6, 'EVERYONE','WOMEN','YOUTH','FAMILIES','SENIORS','CHILDREN'),
                    elt(1 + seq %% 4, 'NONE','BEGINNER','INTERMEDIATE','FLUENT'), 'ar,sv',
                    elt(1 + seq %% 10, '1290','1283','1281','0180','1480','1280','0380','0580','2480','1880'),
                    concat('Lokal ', seq), concat('Gatan ', seq), seq %% 2 = 0, seq %% 5 = 0, if(seq %% 3 = 0, 50, 0),
                    seq %% 4 = 0, true, true, false, true, 'Plan', 10,
                    curdate(), '18:00', 120, 'WEEKLY', 'TUESDAY', '', 0, now(6), now(6)
                from seq_1_to_%d""".formatted(organisation, ACTIVITIES));
        statements.add("""
                insert into activity_text (activity_id, language, title, description, state)
                select id, 'sv', concat('Aktivitet ', id), 'Beskrivning', 'SOURCE' from activity where organisation_id = %d"""
                .formatted(organisation));
        statements.add("""
                insert into activity_text (activity_id, language, title, description, state)
                select id, 'ar', concat('نشاط ', id), 'وصف', 'TRANSLATED' from activity where organisation_id = %d and id %% 3 = 0"""
                .formatted(organisation));
        statements.add("""
                insert into occurrence (activity_id, planned_start, starts_at, ends_at, cancelled)
                select a.id, starts, starts, starts + interval 2 hour, false
                from (select a.id, timestamp(curdate() + interval (a.id %% 7) day + interval w.seq week, '16:00:00') as starts
                      from activity a cross join seq_0_to_%d w where a.organisation_id = %d) a""".formatted(MEETINGS_PER_ACTIVITY - 1, organisation));
        statements.forEach(sql -> jdbc.sql(sql).update());
        nextMeetings.refreshAll();
        jdbc.sql("analyze table activity, activity_text, occurrence").query().listOfRows();
    }
}
