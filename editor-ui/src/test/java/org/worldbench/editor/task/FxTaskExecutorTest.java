package org.worldbench.editor.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.worldbench.editor.FxPlatform;
import org.worldbench.engine.task.Monitor;

/** The status bar's stage and progress follow the newest job, and a cancel leaves them idle. */
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    /** Waits until the pool has answered and the FX thread has run what it posted. */
    private void settle(CountDownLatch finished) throws Exception {
        assertTrue(finished.await(10, TimeUnit.SECONDS), "the job ran");
        Thread.sleep(50); // the job posts its last update after it counted down
        FxThread.drain();
    }

    @Test
    void aCancelledJobThatNothingReplacedLeavesTheStatusIdle() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        TaskExecutor.Handle handle = FxThread.call(() -> executor.submit("Generating", (Monitor m) -> {
            m.stage("district", 0, 4);
            started.countDown();
            await(release);
            finished.countDown();
            return 1;
        }, r -> { }, e -> { }));
        assertTrue(started.await(10, TimeUnit.SECONDS), "the job started");
        FxThread.drain();
        assertEquals("Generating: district", FxThread.call(() -> executor.stageProperty().get()), "the running job shows its stage");
        handle.cancel();
        release.countDown();
        settle(finished);
        assertEquals("", FxThread.call(() -> executor.stageProperty().get()));
        assertEquals(1.0, FxThread.call(() -> executor.progressProperty().get()));
    }

    @Test
    void aJobCancelledBeforeItStartedLeavesTheStatusIdle() throws Exception {
        // Both pool threads busy, so the third job is still queued when it is cancelled.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            FxThread.call(() -> executor.submit("Busy", (Monitor m) -> {
                await(release);
                finished.countDown();
                return 1;
            }, r -> { }, e -> { }));
        }
        boolean[] ran = {false};
        TaskExecutor.Handle queued = FxThread.call(() -> executor.submit("Generating", (Monitor m) -> {
            ran[0] = true;
            return 1;
        }, r -> { }, e -> { }));
        queued.cancel();
        release.countDown();
        settle(finished);
        Thread.sleep(100);
        FxThread.drain();
        assertEquals(false, ran[0], "a job cancelled before it started never runs");
        assertEquals("", FxThread.call(() -> executor.stageProperty().get()));
        assertEquals(1.0, FxThread.call(() -> executor.progressProperty().get()));
    }

    @Test
    void aCancelledOlderJobDoesNotClearTheNewerJobsStage() throws Exception {
        CountDownLatch releaseOld = new CountDownLatch(1);
        CountDownLatch oldFinished = new CountDownLatch(1);
        CountDownLatch releaseNew = new CountDownLatch(1);
        TaskExecutor.Handle old = FxThread.call(() -> executor.submit("Old", (Monitor m) -> {
            await(releaseOld);
            oldFinished.countDown();
            return 1;
        }, r -> { }, e -> { }));
        FxThread.call(() -> executor.submit("New", (Monitor m) -> {
            m.stage("case", 1, 4);
            await(releaseNew);
            return 2;
        }, r -> { }, e -> { }));
        old.cancel();
        releaseOld.countDown();
        settle(oldFinished);
        assertEquals("New: case", FxThread.call(() -> executor.stageProperty().get()), "the newer job keeps the status bar");
        releaseNew.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
