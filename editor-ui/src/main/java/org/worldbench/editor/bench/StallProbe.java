package org.worldbench.editor.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps an event waiting: a probe thread posts one tiny event at a
 * time and records how long it took to run (then waits 2 ms and posts the next). The worst wait is
 * the worst stall a click or a key press would have met: the FX thread busy with our work, or
 * blocked in a pulse waiting for the renderer. Pulses the toolkit skips while the renderer is still
 * busy are frame drops, not stalls: the FX thread is free then, and the probe sees it.
 */
final class StallProbe {

    private final AtomicLong worst = new AtomicLong();
    private final AtomicLong over16 = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private String worstCause = "";
    private final Thread thread = new Thread(this::run, "worldbench-stall-probe");

    StallProbe() {
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            long[] waitedNanos = new long[1];
            Platform.runLater(() -> {
                fxThread = Thread.currentThread();
                waitedNanos[0] = System.nanoTime() - posted;
                ran.countDown();
            });
            try {
                // A wait past 12 ms is looked into: what the FX thread is doing meanwhile, sampled
                // every 2 ms, so the worst stall comes with its cause.
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                if (!ran.await(12, TimeUnit.MILLISECONDS)) {
                    do {
                        Thread fx = fxThread;
                        if (fx != null) {
                            seen.merge(where(fx.getStackTrace()), 1, Integer::sum);
                        }
                    } while (!ran.await(2, TimeUnit.MILLISECONDS) && running);
                }
                ran.await(60, TimeUnit.SECONDS);
                record(waitedNanos[0], seen);
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(long waited, java.util.Map<String, Integer> seen) {
        probes.incrementAndGet();
        if (waited > 16_000_000L) {
            over16.incrementAndGet();
        }
        if (waited > worst.get()) {
            worst.set(waited);
            worstCause = seen.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                    .orElse("");
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

    /** What the FX thread was doing during the worst stall since the last reset (most sampled), or "". */
    synchronized String worstCause() {
        return worstCause;
    }

    /** Starts a new measurement window. */
    synchronized void reset() {
        worstCause = "";
        worst.set(0);
        over16.set(0);
        probes.set(0);
    }

    /** The longest an event waited since the last reset, in nanoseconds. */
    long worstNanos() {
        return worst.get();
    }

    /** Events that waited more than 16 ms since the last reset. */
    long over16() {
        return over16.get();
    }

    /** Events posted since the last reset. */
    long probes() {
        return probes.get();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }
}
