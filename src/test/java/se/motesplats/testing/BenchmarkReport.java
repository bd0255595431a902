package se.motesplats.testing;

import java.util.Locale;

/** What the benchmarks print: each line to the console and into the report they write to target/benchmark. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Formats one line with the root locale (decimal points, not commas), prints it and appends it to the report. */
    public static void say(StringBuilder report, String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.print(line);
        report.append(line);
    }
}
