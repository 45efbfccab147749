package com.clientele.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times a product call against the same result fetched with hand-written SQL: a few warm-up runs of
 * each, then alternating measured runs (so a busy neighbour on the machine slows both alike), and
 * the medians. The two results are compared once, so a fast but wrong answer is caught.
 */
final class Timing {

    /** One measured line of the report. */
    record Result(String group, String name, int rows, double productMs, double rawMs, double productP90Ms,
            Double targetMs, String note) {

        double ratio() {
            return rawMs == 0 ? Double.NaN : productMs / rawMs;
        }

        boolean timeMet() {
            return targetMs == null || productMs <= targetMs;
        }

        boolean ratioMet() {
            return Double.isNaN(ratio()) || ratio() <= QueryBenchmark.RATIO_TARGET;
        }
    }

    private final int warmups;
    private final long warmupNanos;
    private final int runs;
    private final List<Result> results = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param warmups at least this many warm-up runs of each side
     * @param warmupMillis and warm-up for at least this long, so the JIT has compiled the code paths
     */
    Timing(int warmups, long warmupMillis, int runs) {
        this.warmups = warmups;
        this.warmupNanos = warmupMillis * 1_000_000;
        this.runs = runs;
    }

    List<Result> results() {
        return results;
    }

    List<String> problems() {
        return problems;
    }

    /**
     * @param key what must be equal between the product's and the raw result (e.g. the ids in order)
     * @param rows how many rows the result has, for the report
     */
    <T> Result time(String group, String name, Double targetMs, Supplier<T> product, Supplier<T> raw,
            Function<? super T, ?> key, Function<? super T, Integer> rows) {
        return time(group, name, targetMs, () -> {
        }, product, raw, key, rows);
    }

    /**
     * As {@link #time(String, String, Double, Supplier, Supplier, Function, Function)}, with
     * {@code prepare} run before every call of either side and not timed: for a write that needs a
     * row of its own each time (a booking whose status it changes, say).
     */
    <T> Result time(String group, String name, Double targetMs, Runnable prepare, Supplier<T> product,
            Supplier<T> raw, Function<? super T, ?> key, Function<? super T, Integer> rows) {
        long warmupEnd = System.nanoTime() + warmupNanos;
        for (int i = 0; i < warmups || System.nanoTime() < warmupEnd; i++) {
            prepare.run();
            product.get();
            prepare.run();
            raw.get();
        }
        prepare.run();
        T productResult = product.get();
        prepare.run();
        T rawResult = raw.get();
        String note = "";
        if (!Objects.equals(key.apply(productResult), key.apply(rawResult))) {
            note = "RESULTS DIFFER";
            problems.add(group + " / " + name + ": product and raw SQL results differ");
        }
        long[] productNanos = new long[runs];
        long[] rawNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                prepare.run();
                productNanos[i] = nanos(product);
                prepare.run();
                rawNanos[i] = nanos(raw);
            } else {
                prepare.run();
                rawNanos[i] = nanos(raw);
                prepare.run();
                productNanos[i] = nanos(product);
            }
        }
        Result result = new Result(group, name, rows.apply(productResult), median(productNanos) / 1e6,
                median(rawNanos) / 1e6, percentile(productNanos, 0.9) / 1e6, targetMs, note);
        results.add(result);
        System.out.println(line(result));
        return result;
    }

    void add(Result result) {
        results.add(result);
        System.out.println(line(result));
    }

    static String line(Result r) {
        return String.format(Locale.ROOT, "%-16s %-44s %7d %9.2f %9.2f %6.2f %9.2f  %-8s %s", r.group(), r.name(),
                r.rows(), r.productMs(), r.rawMs(), r.ratio(), r.productP90Ms(),
                r.targetMs() == null ? "" : (r.timeMet() ? "ok" : "MISSED") + " " + fmt(r.targetMs()), r.note());
    }

    static String header() {
        return String.format(Locale.ROOT, "%-16s %-44s %7s %9s %9s %6s %9s  %-8s", "group", "case", "rows",
                "product", "raw SQL", "ratio", "p90", "target") + "\n" + "-".repeat(120);
    }

    private static String fmt(double ms) {
        return ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms);
    }

    private static long nanos(Supplier<?> work) {
        long began = System.nanoTime();
        work.get();
        return System.nanoTime() - began;
    }

    static double median(long[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
