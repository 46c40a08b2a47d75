package org.worldbench.editor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps an event waiting: a probe thread posts one tiny event at a
 * time and records how long it took to run (then waits 2 ms and posts the next). The worst wait is
 * the worst stall a click or a key press would have met: the FX thread busy with our work, or
 * blocked in a pulse waiting for the renderer. Pulses the toolkit skips while the renderer is still
 * busy are frame drops, not stalls: the FX thread is free then, and the probe sees it.
 *
 * <p>Each wait over 12 ms is taken apart, so the figure says where the time went: how much of it the
 * FX thread spent on a CPU, how much of it a GC pause held every thread ({@link GcPauses}), and what
 * the FX thread's stack showed meanwhile (sampled every 2 ms once a wait passes 12 ms). The rest is
 * time the FX thread waited: on the renderer, or ready to run while the machine's other threads had
 * the cores.
 */
final class StallProbe {

    /** One long wait, taken apart. */
    record Stall(long waitedNanos, long fxCpuNanos, long gcNanos, String sampled) {

        /**
         * What most of the wait was: a GC pause, the FX thread's own work, or the FX thread
         * waiting: blocked in a pulse until the renderer finished the previous frame, or ready to
         * run with no free core (the sample, when there is one, tells the two apart).
         */
        String kind() {
            if (gcNanos * 2 >= waitedNanos) {
                return "GC pause";
            }
            if (fxCpuNanos * 2 >= waitedNanos) {
                return "FX thread busy";
            }
            return "FX thread waiting";
        }

        String describe() {
            return String.format("%.1f ms: %s (FX thread on a CPU %.1f ms, GC pause %.1f ms%s)", waitedNanos / 1e6, kind(),
                    fxCpuNanos / 1e6, gcNanos / 1e6, sampled.isEmpty() ? "" : "; sampled in " + sampled);
        }
    }

    /** Waits longer than this are sampled and taken apart. */
    private static final long LONG_WAIT = 12_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final GcPauses gc = new GcPauses();
    /** A long wait as recorded: when the event was posted and ran, the FX thread's CPU time between, and its most sampled stack. */
    private record Wait(long posted, long ran, long fxCpu, String sampled) {
    }

    private final List<Wait> longWaits = new ArrayList<>();
    private long worst;
    private long probes;
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private final Thread thread = new Thread(this::run, "worldbench-stall-probe");

    StallProbe() {
        if (threads.isThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            Thread fx = fxThread;
            long cpuBefore = fx == null ? -1 : threads.getThreadCpuTime(fx.getId());
            long posted = System.nanoTime();
            long[] ranAt = new long[2];
            Platform.runLater(() -> {
                ranAt[0] = System.nanoTime();
                ranAt[1] = threads.getCurrentThreadCpuTime();
                fxThread = Thread.currentThread();
                ran.countDown();
            });
            try {
                Map<String, Integer> seen = new HashMap<>();
                if (!ran.await(LONG_WAIT, TimeUnit.NANOSECONDS)) {
                    do {
                        Thread sampled = fxThread;
                        if (sampled != null) {
                            seen.merge(where(sampled.getStackTrace()), 1, Integer::sum);
                        }
                    } while (!ran.await(2, TimeUnit.MILLISECONDS) && running);
                }
                ran.await(60, TimeUnit.SECONDS);
                long fxCpu = cpuBefore < 0 || ranAt[1] < 0 ? -1 : ranAt[1] - cpuBefore;
                record(posted, ranAt[0], fxCpu, seen);
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(long posted, long ranAt, long fxCpu, Map<String, Integer> seen) {
        probes++;
        long waited = ranAt - posted;
        worst = Math.max(worst, waited);
        if (waited > LONG_WAIT) {
            longWaits.add(new Wait(posted, ranAt, fxCpu,
                    seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")));
        }
    }

    /** The innermost frames of a stack that say what is being done: a few, outermost last. */
    private static String where(StackTraceElement[] stack) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            out.append(n == 0 ? "" : " < ").append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(e.getMethodName());
            if (++n == 3) {
                break;
            }
        }
        return out.toString();
    }

    /**
     * The waits longer than {@code overNanos} (12 ms at the least) since the last reset, taken
     * apart, longest first. GC notifications come a little after a pause: call this once the
     * measured window is over.
     */
    synchronized List<Stall> longStalls(long overNanos) {
        List<Stall> out = new ArrayList<>();
        for (Wait w : longWaits) {
            if (w.ran() - w.posted() > overNanos) {
                out.add(new Stall(w.ran() - w.posted(), Math.max(0, w.fxCpu()), gc.pausedWithin(w.posted(), w.ran()), w.sampled()));
            }
        }
        out.sort((a, b) -> Long.compare(b.waitedNanos(), a.waitedNanos()));
        return out;
    }

    /** Starts a new measurement window. */
    synchronized void reset() {
        worst = 0;
        probes = 0;
        longWaits.clear();
    }

    /** The longest an event waited since the last reset, in nanoseconds. */
    synchronized long worstNanos() {
        return worst;
    }

    /** Events posted since the last reset. */
    synchronized long probes() {
        return probes;
    }

    void stop() {
        running = false;
        thread.interrupt();
        gc.close();
    }
}
