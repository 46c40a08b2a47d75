package org.worldbench.editor.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.worldbench.engine.task.Monitor;

/**
 * Runs jobs on a small pool of named daemon threads ({@code worldbench-task-N}) and applies results
 * on the FX thread. Publishes the newest job's stage and progress for the status bar.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "worldbench-task-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    // The panels' pictures: one thread, so a panel's paintings never overlap and no panel's
    // painting waits behind a generation. (Two painting threads measured no better: a
    // generation's three pictures take about 5 ms together.)
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worldbench-paint");
        t.setDaemon(true);
        return t;
    });
    // The cancellation flag of the job submitted last: the one the status bar speaks of.
    private final java.util.concurrent.atomic.AtomicReference<AtomicBoolean> newest = new java.util.concurrent.atomic.AtomicReference<>();
    private final ForegroundGate gate = new ForegroundGate(30, 100);
    private final java.util.concurrent.Executor foregroundPainter = gate.foreground(painter);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");

    private record Stage(String text, double progress, AtomicBoolean cancelled) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Stage> latestStage = new java.util.concurrent.atomic.AtomicReference<>();

    private void showStage() {
        Stage s = latestStage.getAndSet(null);
        if (s != null && !s.cancelled().get()) {
            stage.set(s.text());
            progress.set(s.progress());
        }
    }

    /** Progress of the newest job, 0..1 (1 when idle). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Stage of the newest job. */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    @Override
    public <T> Handle submit(String name, Function<Monitor, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Monitor monitor = new Monitor() {
            @Override
            public void stage(String stageName, int index, int count) {
                // The newest stage only, at most one update waiting on the FX thread: a fast
                // generation's six stages cost one status-bar change, not six layouts.
                if (latestStage.getAndSet(new Stage(name + ": " + stageName, (double) index / Math.max(1, count), cancelled)) == null) {
                    Platform.runLater(FxTaskExecutor.this::showStage);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Runnable started = () -> {
            stage.set(name);
            progress.set(0);
        };
        if (Platform.isFxApplicationThread()) {
            started.run();
        } else {
            Platform.runLater(started);
        }
        newest.set(cancelled);
        pool.submit(() -> {
            if (cancelled.get()) {
                Platform.runLater(() -> ended(cancelled));
                return; // superseded before it started: a burst of requests costs one generation
            }
            try {
                T result = gate.foregroundCall(() -> work.apply(monitor));
                Platform.runLater(() -> {
                    ended(cancelled);
                    if (!cancelled.get()) {
                        onDone.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    ended(cancelled);
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> cancelled.set(true);
    }

    /**
     * A job has ended (done, failed or dropped): the status bar goes idle unless a newer job owns
     * it. A job is newest if it was not cancelled, or if it was cancelled and nothing replaced it.
     * FX thread.
     */
    private void ended(AtomicBoolean cancelled) {
        if (!cancelled.get() || newest.get() == cancelled) {
            progress.set(1);
            stage.set("");
        }
    }

    /** Where the panels paint their pictures (off the FX thread, as foreground work). */
    public java.util.concurrent.Executor painter() {
        return foregroundPainter;
    }

    /** The gate generations and paintings hold; the chunk map's streaming waits behind it. */
    public ForegroundGate gate() {
        return gate;
    }

    /** Stops the pools (the window closed). */
    public void shutdown() {
        pool.shutdownNow();
        painter.shutdownNow();
    }
}
