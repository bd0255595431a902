package se.motesplats.activity;

import static se.motesplats.testing.BenchmarkReport.say;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.activity.ui.ActivityDetailView;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.testing.MotesplatsSpringTest;
import se.motesplats.testing.PublishedActivities;

/**
 * Lighthouse (the npm package, in Debian's Chromium, its default mobile emulation and simulated slow 4G)
 * on the public pages in Swedish, Arabic and Tigrinya (issue 9): the start page, the activity listing
 * and one activity's page, several runs each; prints the median scores, LCP and TBT. Each run is a
 * fresh browser profile, so a first visit; the language comes from the Accept-Language header, as a
 * newcomer's phone sends it.
 *
 * <p>Not part of the default test run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=LighthouseBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.runs=5 -Dbenchmark.languages=sv,ar,ti
 * -Dbenchmark.lighthouse=13.5.0} (see docs/performance.md). Needs Node and npm on the PATH.
 */
@MotesplatsSpringTest
class LighthouseBenchmark {

    static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    static final List<String> LANGUAGES = List.of(System.getProperty("benchmark.languages", "sv,ar,ti").split(","));
    static final String VERSION = System.getProperty("benchmark.lighthouse", "13.5.0");
    static final Path HOME = Path.of("target", "lighthouse");
    static final Path CLI = HOME.resolve("node_modules/lighthouse/cli/index.js");
    static final Path RESULTS = Path.of("target", "benchmark", "lighthouse");
    static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");

    @LocalServerPort int port;
    @Autowired PublishedActivities published;

    /**
     * One run's figures: the four scores (0–100), LCP, TBT and the page's observed server response time in ms, the bytes Lighthouse saw transferred, the
     * audits that did not pass, and Lighthouse's benchmark index of the machine at the time (higher is faster).
     */
    private record Run(Map<String, Double> scores, double lcp, double tbt, double serverResponse, double bytes, List<String> failed,
            double machine) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.MINUTES)
    void publicPages() throws Exception {
        installLighthouse();
        long activity = published.anyShown();
        List<String> pages = List.of("", ActivityListView.PATH, ActivityDetailView.PATH + "/" + activity);
        Files.createDirectories(RESULTS);

        StringBuilder report = new StringBuilder();
        say(report, "Lighthouse %s, Debian Chromium, mobile (default emulation and simulated throttling), median of %d runs%n",
                VERSION, RUNS);
        say(report, "%-4s %-16s %5s %5s %5s %5s %8s %8s %8s %8s %6s  %s%n", "lang", "page", "perf", "a11y", "b.pr.", "seo", "LCP ms",
                "TBT ms", "TTFB ms", "KiB", "index", "audits below 100 (runs)");
        for (String language : LANGUAGES) {
            for (String page : pages) {
                List<Run> runs = new ArrayList<>();
                for (int i = 1; i <= RUNS; i++) {
                    runs.add(lighthouse(page, language, i));
                }
                TreeSet<String> failed = new TreeSet<>();
                runs.forEach(run -> failed.addAll(run.failed()));
                say(report, "%-4s %-16s %5.0f %5.0f %5.0f %5.0f %8.0f %8.0f %8.0f %8.0f %6.0f  %s%n", language, "/" + page,
                        median(runs, run -> run.scores().get("performance")), median(runs, run -> run.scores().get("accessibility")),
                        median(runs, run -> run.scores().get("best-practices")), median(runs, run -> run.scores().get("seo")),
                        median(runs, Run::lcp), median(runs, Run::tbt), median(runs, Run::serverResponse),
                        median(runs, Run::bytes) / 1024, median(runs, Run::machine),
                        failed.stream().map(audit -> audit + " (" + runs.stream().filter(run -> run.failed().contains(audit)).count() + ")")
                                .toList());
            }
        }
        say(report, "Goals: performance >= 90 (LCP <= 2500 ms, TBT <= 200 ms), accessibility 100, best practices 100. KiB: transferred,"
                + " as Lighthouse counts it; TTFB: the page's own server response time, observed, not simulated;"
                + " index: Lighthouse's benchmark index of the machine during the runs (higher is faster)%n");
        Files.writeString(RESULTS.resolve("summary.txt"), report);
    }

    private Run lighthouse(String page, String language, int number) throws IOException, InterruptedException {
        Path output = RESULTS.resolve((page.isEmpty() ? "start" : page.replace('/', '-')) + "-" + language + "-" + number + ".json");
        ProcessBuilder builder = new ProcessBuilder("node", CLI.toString(), "http://localhost:" + port + "/" + page,
                "--output=json", "--output-path=" + output, "--quiet",
                "--only-categories=" + String.join(",", CATEGORIES),
                "--chrome-flags=--headless=new --no-sandbox",
                "--extra-headers={\"Accept-Language\":\"" + language + "\"}")
                .redirectErrorStream(true).redirectOutput(RESULTS.resolve("lighthouse.log").toFile());
        builder.environment().put("CHROME_PATH", System.getProperty("motesplats.chromium", "/usr/bin/chromium"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Lighthouse failed on /" + page + " (" + language + "), see " + RESULTS.resolve("lighthouse.log"));
        }
        JsonObject result = JsonParser.parseString(Files.readString(output)).getAsJsonObject();
        if (result.has("runtimeError")) {
            throw new IllegalStateException("Lighthouse: " + result.get("runtimeError"));
        }
        JsonObject categories = result.getAsJsonObject("categories");
        JsonObject audits = result.getAsJsonObject("audits");
        Map<String, Double> scores = new java.util.HashMap<>();
        List<String> failed = new ArrayList<>();
        for (String category : CATEGORIES) {
            JsonObject scored = categories.getAsJsonObject(category);
            scores.put(category, scored.get("score").isJsonNull() ? Double.NaN : scored.get("score").getAsDouble() * 100);
            if (category.equals("performance")) {
                continue; // its audits are metrics and opportunities, summed up by LCP and TBT
            }
            for (var reference : scored.getAsJsonArray("auditRefs")) {
                String id = reference.getAsJsonObject().get("id").getAsString();
                JsonObject audit = audits.getAsJsonObject(id);
                if (reference.getAsJsonObject().get("weight").getAsDouble() > 0 && !audit.get("score").isJsonNull()
                        && audit.get("score").getAsDouble() < 1) {
                    failed.add(id);
                }
            }
        }
        return new Run(scores, audits.getAsJsonObject("largest-contentful-paint").get("numericValue").getAsDouble(),
                audits.getAsJsonObject("total-blocking-time").get("numericValue").getAsDouble(),
                audits.getAsJsonObject("server-response-time").get("numericValue").getAsDouble(),
                audits.getAsJsonObject("total-byte-weight").get("numericValue").getAsDouble(), failed,
                result.getAsJsonObject("environment").get("benchmarkIndex").getAsDouble());
    }

    /** npm installs the pinned Lighthouse into target/ the first time. */
    private static void installLighthouse() throws IOException, InterruptedException {
        if (Files.exists(CLI)) {
            return;
        }
        Files.createDirectories(HOME);
        // npm's output goes to a file: written straight to the test JVM's output, Surefire takes it for a broken channel
        Path log = HOME.resolve("npm-install.log");
        Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "lighthouse@" + VERSION)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm install lighthouse@" + VERSION + " failed; see " + log);
        }
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
