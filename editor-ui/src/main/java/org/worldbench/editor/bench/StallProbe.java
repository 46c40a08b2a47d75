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
    private final Thread thread = new Thread(this::run, "worldbench-stall-probe");

    StallProbe() {
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long waited = System.nanoTime() - posted;
                worst.accumulateAndGet(waited, Math::max);
                probes.incrementAndGet();
                if (waited > 16_000_000L) {
                    over16.incrementAndGet();
                }
                ran.countDown();
            });
            try {
                ran.await(60, TimeUnit.SECONDS);
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts a new measurement window. */
    void reset() {
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
