package org.worldbench.editor.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.worldbench.editor.FxPlatform;

/** Coalescer: however many requests one FX turn makes, the action runs once, on a later turn. */
class CoalescerTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void aThousandRequestsInOneTurnRunTheActionOnceAfterTheTurn() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        int[] state = {0};
        Coalescer coalescer = new Coalescer(() -> {
            assertTrue(Platform.isFxApplicationThread());
            runs.incrementAndGet();
            seen.add(state[0]);
        });
        int duringTheTurn = FxThread.call(() -> {
            for (int i = 1; i <= 1000; i++) {
                state[0] = i;
                coalescer.request();
            }
            return runs.get();
        });
        assertEquals(0, duringTheTurn, "nothing runs inside the requesting turn");
        FxThread.drain();
        assertEquals(1, runs.get(), "a thousand requests, one run");
        assertEquals(List.of(1000), seen, "the action sees the state as it is after the burst");
        FxThread.drain();
        assertEquals(1, runs.get(), "no second run without a new request");

        FxThread.run(coalescer::request);
        FxThread.drain();
        assertEquals(2, runs.get(), "a request after the run runs the action again");
    }

    @Test
    void aRequestMadeByTheActionItselfRunsItOnceMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Coalescer[] self = new Coalescer[1];
        self[0] = new Coalescer(() -> {
            if (runs.incrementAndGet() == 1) {
                self[0].request();
                self[0].request();
            }
        });
        FxThread.run(self[0]::request);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() >= 2);
        FxThread.drain();
        FxThread.drain();
        assertEquals(2, runs.get());
    }

    @Test
    void aRequestFromAnotherTurnBeforeTheRunJoinsThatRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> runsSeenByLaterTurn = new CopyOnWriteArrayList<>();
        Coalescer coalescer = new Coalescer(runs::incrementAndGet);
        FxThread.run(() -> {
            // Posted before the action: this turn comes first and finds the run still scheduled.
            Platform.runLater(() -> {
                runsSeenByLaterTurn.add(runs.get());
                coalescer.request();
            });
            coalescer.request();
        });
        FxThread.drain();
        FxThread.drain();
        assertEquals(List.of(0), runsSeenByLaterTurn, "the other turn ran before the action");
        assertEquals(1, runs.get(), "its request joined the scheduled run");
    }
}
