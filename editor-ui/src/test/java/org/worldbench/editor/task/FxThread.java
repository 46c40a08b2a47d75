package org.worldbench.editor.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs test code on the FX thread and waits for it. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs {@code call} on the FX thread and returns its value (its exception rethrown here). */
    public static <T> T call(Callable<T> call) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(call.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Runs {@code run} on the FX thread and waits until it returned. */
    public static void run(Runnable run) throws Exception {
        call(() -> {
            run.run();
            return null;
        });
    }

    /** Waits until every event posted to the FX thread before this call has run. */
    public static void drain() throws Exception {
        run(() -> { });
    }
}
