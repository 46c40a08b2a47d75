package org.worldbench.editor.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.worldbench.editor.FxPlatform;

/**
 * LatestOnly's promises: one job at a time, a burst costs at most two jobs, the newest state is
 * applied last, busy() tells the truth, a direct executor is synchronous and a failing job neither
 * freezes the runner nor goes unreported.
 */
class LatestOnlyTest {

    /** Jobs handed to the executor, run by the test when it chooses (on the test thread). */
    private final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final Executor manual = queued::add;

    /** The state the jobs read; changed on the FX thread only. */
    private int state;
    /** States captured by prepare, in order (FX thread). */
    private final List<Integer> prepared = new CopyOnWriteArrayList<>();
    /** Results applied, in order (FX thread). */
    private final List<Integer> applied = new CopyOnWriteArrayList<>();
    /** busy() as seen from inside apply. */
    private final List<Boolean> busyInApply = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @BeforeEach
    void reset() {
        queued.clear();
        prepared.clear();
        applied.clear();
        busyInApply.clear();
    }

    private Supplier<Supplier<Integer>> capture() {
        return () -> {
            assertTrue(Platform.isFxApplicationThread(), "prepare runs on the FX thread");
            int now = state;
            prepared.add(now);
            return () -> now * 10;
        };
    }

    private LatestOnly<Integer> runner(Executor executor, LatestOnly<Integer>[] self) {
        LatestOnly<Integer> runner = new LatestOnly<>(executor, capture(), r -> {
            assertTrue(Platform.isFxApplicationThread(), "apply runs on the FX thread");
            busyInApply.add(self[0].busy());
            applied.add(r);
        });
        self[0] = runner;
        return runner;
    }

    /** Runs the one queued job here (off the FX thread), then waits until its result was applied on the FX thread. */
    private void runQueuedJob() throws Exception {
        Runnable job = queued.poll();
        assertTrue(job != null, "a job is queued");
        assertFalse(Platform.isFxApplicationThread());
        job.run();
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.drain();
    }

    @SuppressWarnings("unchecked")
    private static LatestOnly<Integer>[] holder() {
        return new LatestOnly[1];
    }

    @Test
    void aBurstWhileAJobRunsCostsExactlyTwoJobsAndTheNewestStateIsAppliedLast() throws Exception {
        LatestOnly<Integer> runner = runner(manual, holder());
        FxThread.run(() -> {
            state = 0;
            runner.request();
        });
        assertEquals(1, queued.size());
        FxThread.run(() -> {
            for (int i = 1; i <= 100; i++) {
                state = i;
                runner.request();
            }
        });
        assertEquals(1, queued.size(), "requests while a job runs are remembered, not queued");
        assertEquals(List.of(0), prepared);

        runQueuedJob();
        assertEquals(List.of(0), applied, "the first job's result is applied");
        assertEquals(1, queued.size(), "one more job started when the first ended");
        assertEquals(List.of(0, 100), prepared, "the second job captured the newest state");

        runQueuedJob();
        assertEquals(List.of(0, 1000), applied, "the result applied last reflects the newest state");
        assertTrue(queued.isEmpty(), "no third job");
        assertEquals(2, prepared.size(), "exactly two jobs for 101 requests");
        assertFalse(FxThread.call(runner::busy));
    }

    @Test
    void busyIsTrueWhileAJobRunsAndFalseAfterItsResultIsApplied() throws Exception {
        LatestOnly<Integer> runner = runner(manual, holder());
        assertFalse(FxThread.call(runner::busy), "idle at first");
        FxThread.run(() -> {
            state = 7;
            runner.request();
        });
        assertTrue(FxThread.call(runner::busy), "busy while the job waits to run");
        Runnable job = queued.poll();
        job.run(); // the result is now on its way to the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.drain();
        assertEquals(List.of(70), applied);
        assertEquals(List.of(true), busyInApply, "the job still counts as running while its result is applied");
        assertFalse(FxThread.call(runner::busy), "not busy once the result was applied");

        // With a request pending, busy stays true across the first apply: a second job is running.
        FxThread.run(() -> {
            runner.request();
            state = 8;
            runner.request();
        });
        runQueuedJob();
        assertTrue(FxThread.call(runner::busy), "the pending request's job runs");
        runQueuedJob();
        assertFalse(FxThread.call(runner::busy));
        assertEquals(List.of(70, 70, 80), applied);
    }

    @Test
    void aDirectExecutorRunsTheWholeCycleInsideRequest() throws Exception {
        LatestOnly<Integer> runner = runner(Runnable::run, holder());
        FxThread.run(() -> {
            state = 3;
            runner.request();
            assertEquals(List.of(30), applied, "applied before request() returned");
            assertFalse(runner.busy());
            state = 4;
            runner.request();
            state = 5;
            runner.request();
            assertEquals(List.of(30, 40, 50), applied, "nothing to coalesce: each request is a whole cycle");
            assertFalse(runner.busy());
        });
        assertEquals(List.of(3, 4, 5), prepared);
    }

    @Test
    void aFailingJobIsReportedOnTheFxThreadAndDoesNotFreezeTheRunner() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        List<String> reportedOn = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = FxThread.call(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((t, e) -> {
                reportedOn.add(t.getName());
                reported.add(e);
            });
            return before;
        });
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            boolean[] fail = {true};
            List<Integer> results = new CopyOnWriteArrayList<>();
            LatestOnly<Integer>[] self = holder();
            LatestOnly<Integer> runner = new LatestOnly<>(manual, () -> {
                boolean failing = fail[0];
                int now = state;
                return () -> {
                    if (failing) {
                        throw boom;
                    }
                    return now;
                };
            }, results::add);
            self[0] = runner;
            FxThread.run(() -> {
                state = 1;
                runner.request();
                fail[0] = false;
                state = 2;
                runner.request(); // pending behind the failing job
            });
            runQueuedJob();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reported.isEmpty());
            assertSame(boom, reported.get(0), "the job's exception reached the FX thread's handler");
            String fxName = FxThread.call(() -> Thread.currentThread().getName());
            assertEquals(fxName, reportedOn.get(0));
            assertTrue(results.isEmpty(), "a failed job applies nothing");
            assertEquals(1, queued.size(), "the request pending behind the failure still runs");
            runQueuedJob();
            assertEquals(List.of(2), results);
            assertFalse(FxThread.call(runner::busy));

            // A failure with nothing pending: not busy afterwards, and a later request runs.
            fail[0] = true;
            FxThread.run(runner::request);
            runQueuedJob();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reported.size() == 2);
            assertFalse(FxThread.call(runner::busy), "a failed job leaves the runner idle");
            assertTrue(queued.isEmpty());
            fail[0] = false;
            FxThread.run(() -> {
                state = 3;
                runner.request();
            });
            runQueuedJob();
            assertEquals(List.of(2, 3), results, "a request after a failure still runs");
            assertEquals(2, reported.size(), "each failure is reported once");
        } finally {
            FxThread.run(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        }
    }

    @Test
    void withADirectExecutorAFailureIsThrownFromRequestAndLeavesTheRunnerIdle() throws Exception {
        boolean[] fail = {true};
        List<Integer> results = new ArrayList<>();
        LatestOnly<Integer> runner = new LatestOnly<>(Runnable::run, () -> {
            boolean failing = fail[0];
            return () -> {
                if (failing) {
                    throw new IllegalArgumentException("bad painting");
                }
                return 9;
            };
        }, results::add);
        FxThread.run(() -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, runner::request);
            assertEquals("bad painting", e.getMessage());
            assertFalse(runner.busy());
            fail[0] = false;
            runner.request();
            assertEquals(List.of(9), results);
        });
    }

    @Test
    void aPrepareThatThrowsDoesNotLeaveTheRunnerBusy() throws Exception {
        boolean[] fail = {true};
        LatestOnly<Integer> runner = new LatestOnly<>(Runnable::run, () -> {
            if (fail[0]) {
                fail[0] = false;
                throw new IllegalStateException("capture failed");
            }
            return () -> 7;
        }, applied::add);
        assertThrows(IllegalStateException.class, () -> FxThread.run(runner::request));
        assertFalse(FxThread.call(runner::busy), "a failed capture leaves the runner idle");
        FxThread.run(runner::request);
        assertEquals(List.of(7), applied, "the next request still runs");
    }

    @Test
    void aShutDownExecutorLeavesTheRunnerIdleAndQuiet() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        pool.shutdown();
        LatestOnly<Integer>[] self = new LatestOnly[1];
        LatestOnly<Integer> runner = runner(pool, self);
        FxThread.run(runner::request); // must not throw: the window is closing
        assertFalse(FxThread.call(runner::busy), "nothing will ever run, so nothing is pending");
        assertTrue(applied.isEmpty());
    }
}
