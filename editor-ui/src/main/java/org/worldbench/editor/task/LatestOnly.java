package org.worldbench.editor.task;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs one kind of background job, at most one at a time, keeping only the newest request.
 *
 * <p>A request made while a job runs is remembered, not queued: when the job ends its result is
 * applied and one more job starts from the state as it is then. A burst of a hundred requests
 * therefore costs at most two jobs, and the result applied last always reflects the newest state.
 *
 * <p>Threads: {@link #request()} and the {@code prepare} and {@code apply} callbacks run on the FX
 * thread; the work {@code prepare} returns runs on the executor and must only read what
 * {@code prepare} captured (immutable values). With a direct executor ({@code Runnable::run}) the
 * whole cycle runs synchronously inside {@code request()}, which is what tests and offscreen
 * snapshots want.
 *
 * @param <T> what a job produces
 */
public final class LatestOnly<T> {

    private final Executor executor;
    private final Supplier<Supplier<T>> prepare;
    private final Consumer<T> apply;
    private boolean running;
    private boolean pending;

    /**
     * @param executor where the work runs
     * @param prepare  on the FX thread: captures the current state and returns the work to do with it
     * @param apply    on the FX thread: takes the work's result
     */
    public LatestOnly(Executor executor, Supplier<Supplier<T>> prepare, Consumer<T> apply) {
        this.executor = executor;
        this.prepare = prepare;
        this.apply = apply;
    }

    /** Asks for a job with the state as it is now (or as it will be when the running job ends). */
    public void request() {
        if (running) {
            pending = true;
            return;
        }
        running = true;
        pending = false;
        Supplier<T> work;
        try {
            work = prepare.get();
        } catch (RuntimeException | Error e) {
            running = false; // a failed capture must not leave the panel waiting for a job that never ran
            throw e;
        }
        try {
            submit(work);
        } catch (RejectedExecutionException shutDown) {
            running = false; // the window is closing: there is nothing left to paint for
        }
    }

    private void submit(Supplier<T> work) {
        executor.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                onFx(() -> {
                    finish();
                    throw e; // reaches the FX thread's handler: a painting bug is loud, not a frozen panel
                });
                return;
            }
            onFx(() -> {
                try {
                    apply.accept(result);
                } finally {
                    finish();
                }
            });
        });
    }

    /** True while a job runs (tests and figures wait on it). */
    public boolean busy() {
        return running;
    }

    private void finish() {
        running = false;
        if (pending) {
            request();
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
