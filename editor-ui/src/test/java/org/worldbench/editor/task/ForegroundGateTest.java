package org.worldbench.editor.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ForegroundGate: background work waits while foreground work runs and for the quiet time after
 * it, never longer than the max wait; the open gate never holds anything back.
 */
class ForegroundGateTest {

    /** A long max wait: only the foreground's end can release a background job within a test. */
    private static final long FOREVER_MS = 120_000;

    private final List<ExecutorService> pools = new ArrayList<>();
    private final List<CountDownLatch> toRelease = new ArrayList<>();

    private ExecutorService thread() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gate-test");
            t.setDaemon(true);
            return t;
        });
        pools.add(pool);
        return pool;
    }

    private CountDownLatch releaseLatch() {
        CountDownLatch latch = new CountDownLatch(1);
        toRelease.add(latch);
        return latch;
    }

    @AfterEach
    void stop() {
        toRelease.forEach(CountDownLatch::countDown);
        pools.forEach(ExecutorService::shutdownNow);
    }

    /** Starts a foreground job on its own thread that holds until {@code release}; returns once it runs. */
    private AtomicBoolean holdForeground(ForegroundGate gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        gate.foreground(thread()).execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS), "the foreground job started");
        return ended;
    }

    @Test
    void aBackgroundJobWaitsUntilTheForegroundJobEnds() throws Exception {
        ForegroundGate gate = new ForegroundGate(0, FOREVER_MS);
        CountDownLatch release = releaseLatch();
        AtomicBoolean foregroundEnded = holdForeground(gate, release);
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean sawForegroundEnded = new AtomicBoolean();
        gate.background(thread()).execute(() -> {
            sawForegroundEnded.set(foregroundEnded.get());
            ran.countDown();
        });
        // Give a wrong gate every chance to let the job through early.
        assertFalse(ran.await(300, TimeUnit.MILLISECONDS), "held back while the foreground runs");
        release.countDown();
        assertTrue(ran.await(10, TimeUnit.SECONDS), "runs once the foreground ended");
        assertTrue(sawForegroundEnded.get(), "started only after the foreground job had ended");
    }

    @Test
    void aBackgroundJobWaitsForEveryOverlappingForegroundJob() throws Exception {
        ForegroundGate gate = new ForegroundGate(0, FOREVER_MS);
        CountDownLatch releaseFirst = releaseLatch();
        CountDownLatch releaseSecond = releaseLatch();
        holdForeground(gate, releaseFirst);
        AtomicBoolean secondEnded = holdForeground(gate, releaseSecond);
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean sawSecondEnded = new AtomicBoolean();
        gate.background(thread()).execute(() -> {
            sawSecondEnded.set(secondEnded.get());
            ran.countDown();
        });
        releaseFirst.countDown();
        assertFalse(ran.await(300, TimeUnit.MILLISECONDS), "one foreground job still runs");
        releaseSecond.countDown();
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(sawSecondEnded.get());
    }

    @Test
    void aBackgroundJobWaitsOutTheQuietTimeAfterTheForeground() throws Exception {
        long quietMs = 150;
        ForegroundGate gate = new ForegroundGate(quietMs, FOREVER_MS);
        AtomicLong foregroundEnd = new AtomicLong();
        gate.runInForeground(() -> foregroundEnd.set(System.nanoTime()));
        AtomicLong backgroundStart = new AtomicLong();
        // A direct executor: the caller itself waits the quiet time out, then runs the job.
        gate.background(Runnable::run).execute(() -> backgroundStart.set(System.nanoTime()));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(backgroundStart.get() - foregroundEnd.get());
        assertTrue(backgroundStart.get() != 0, "the job ran");
        assertTrue(waitedMs >= quietMs, "started no sooner than the quiet time after the foreground: " + waitedMs + " ms");
    }

    @Test
    void theMaxWaitLetsABackgroundJobRunWhileTheForegroundNeverEnds() throws Exception {
        ForegroundGate gate = new ForegroundGate(0, 200);
        CountDownLatch release = releaseLatch(); // released only after the test
        AtomicBoolean foregroundEnded = holdForeground(gate, release);
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean foregroundStillRunning = new AtomicBoolean();
        gate.background(thread()).execute(() -> {
            foregroundStillRunning.set(!foregroundEnded.get());
            ran.countDown();
        });
        assertTrue(ran.await(10, TimeUnit.SECONDS), "slowed, never starved");
        assertTrue(foregroundStillRunning.get(), "it ran while the foreground job was still running");
    }

    @Test
    void theOpenGateNeverHoldsAnythingBack() throws Exception {
        ForegroundGate gate = ForegroundGate.open();
        CountDownLatch release = releaseLatch();
        AtomicBoolean foregroundEnded = holdForeground(gate, release);
        List<String> ran = new ArrayList<>();
        // On a direct executor the job runs inside execute(): the caller is not held at all.
        gate.background(Runnable::run).execute(() -> ran.add("background"));
        assertEquals(List.of("background"), ran, "ran inside execute() while a foreground job runs");
        assertFalse(foregroundEnded.get());
        // Right after foreground work, too (no quiet time).
        gate.runInForeground(() -> ran.add("foreground"));
        gate.background(Runnable::run).execute(() -> ran.add("again"));
        assertEquals(List.of("background", "foreground", "again"), ran);
    }

    @Test
    void aFailingForegroundJobStillReleasesTheGateAndForegroundCallReturnsItsValue() throws Exception {
        ForegroundGate gate = new ForegroundGate(0, FOREVER_MS);
        assertEquals("value", gate.foregroundCall(() -> "value"));
        assertThrows(IllegalStateException.class, () -> gate.runInForeground(() -> {
            throw new IllegalStateException("foreground bug");
        }));
        CountDownLatch ran = new CountDownLatch(1);
        gate.background(thread()).execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "a foreground job that threw no longer counts as running");
    }
}
