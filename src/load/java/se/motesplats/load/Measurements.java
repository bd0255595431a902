package se.motesplats.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per load level. Gatling's own report covers the whole run; the knee needs the percentiles
 * and the throughput of each level of active users separately, measured in the level's steady part only
 * (after its ramp).
 */
final class Measurements {

    record Sample(long atMillis, String name, long millis) {
    }

    /** One level: so many active users from {@code fromSecond} to {@code toSecond} of the run. */
    record Level(int users, long fromSecond, long toSecond) {
    }

    /** The goal of issue 9: 1,000 active users at p95 ≤ 100 ms. */
    static final long GOAL_P95_MILLIS = 100;

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> OUTCOMES =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private static volatile long start = System.currentTimeMillis();

    private Measurements() {
    }

    static void start() {
        start = System.currentTimeMillis();
        SAMPLES.clear();
        OUTCOMES.clear();
    }

    /** What the server answered to a leader's tap: STORED, ALREADY_STORED or REFUSED. */
    static void outcome(String result) {
        OUTCOMES.computeIfAbsent(result, key -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    static String outcomes() {
        return "Leaders' taps answered: " + OUTCOMES;
    }

    static void record(String name, long millis) {
        SAMPLES.add(new Sample(System.currentTimeMillis() - start, name, millis));
    }

    static String report(List<Level> levels) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n| active users | requests/s | p50 | p95 | p99 | max | requests |%n|---|---|---|---|---|---|---|%n"));
        String knee = "Knee: p95 was above " + GOAL_P95_MILLIS + " ms at every level";
        boolean held = true;
        for (Level level : levels) {
            List<Long> times = new ArrayList<>();
            for (Sample sample : SAMPLES) {
                if (sample.atMillis() >= level.fromSecond() * 1000 && sample.atMillis() < level.toSecond() * 1000) {
                    times.add(sample.millis());
                }
            }
            times.sort(null);
            if (times.isEmpty()) {
                continue;
            }
            double throughput = times.size() / (double) (level.toSecond() - level.fromSecond());
            long p95 = percentile(times, 95);
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %d ms | %d ms | %d ms | %d ms | %d |%n", level.users(),
                    throughput, percentile(times, 50), p95, percentile(times, 99), times.getLast(), times.size()));
            if (held && p95 <= GOAL_P95_MILLIS) {
                knee = String.format(Locale.ROOT, "Knee: p95 ≤ %d ms held up to %d active users (%.1f requests/s)",
                        GOAL_P95_MILLIS, level.users(), throughput);
            } else if (held) {
                held = false;
                knee += String.format(Locale.ROOT, "; at %d active users p95 was %d ms", level.users(), p95);
            }
        }
        return out.append(knee).append(System.lineSeparator()).toString();
    }

    static String reportByName(Level level) {
        java.util.Map<String, List<Long>> byName = new java.util.TreeMap<>();
        for (Sample sample : SAMPLES) {
            if (sample.atMillis() >= level.fromSecond() * 1000 && sample.atMillis() < level.toSecond() * 1000) {
                byName.computeIfAbsent(sample.name(), name -> new ArrayList<>()).add(sample.millis());
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nAt %d active users, per request:%n| request | count | p50 | p95 | p99 |%n|---|---|---|---|---|%n", level.users()));
        byName.forEach((name, times) -> {
            times.sort(null);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d ms | %d ms | %d ms |%n", name, times.size(),
                    percentile(times, 50), percentile(times, 95), percentile(times, 99)));
        });
        return out.toString();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
