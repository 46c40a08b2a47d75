package org.worldbench.app.bench;

import java.util.Arrays;

/**
 * Times a piece of work the simple honest way: warm up, then time each run with
 * {@link System#nanoTime()} and report the median and 95th percentile. Good enough for figures that
 * are orders of magnitude inside their budgets; JMH benchmarks exist for closer questions.
 */
public final class Sampler {

    /** The outcome of one measurement, in nanoseconds a run. */
    public record Sample(double medianNanos, double p95Nanos, int runs) {
    }

    private Sampler() {
    }

    /** Runs {@code work} {@code warmup} times untimed, then {@code runs} times timed. */
    public static Sample measure(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        return of(times);
    }

    /** Median and 95th percentile of timings already taken (nanoseconds). */
    public static Sample of(long[] nanos) {
        if (nanos.length == 0) {
            return new Sample(0, 0, 0);
        }
        long[] times = nanos.clone();
        Arrays.sort(times);
        return new Sample(percentile(times, 0.5), percentile(times, 0.95), times.length);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
