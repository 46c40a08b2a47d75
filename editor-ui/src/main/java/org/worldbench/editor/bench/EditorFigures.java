package org.worldbench.editor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.worldbench.editor.FileChooserPort;
import org.worldbench.editor.MainView;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.FxTaskExecutor;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.pipeline.GenerationPipeline;

/**
 * The editor's figures (issue "The editor"), from an instrumented headless run of the real window:
 * the worst gap between FX pulses while regenerating and streaming chunks, the time from a
 * regenerate request to all panels redrawn, and a burst of 1,000 requests: only the last applied,
 * the FX thread responsive, no thread leaked.
 */
public final class EditorFigures {

    /** One printed figure. */
    public record Row(String name, double median, double p95, String unit, String budget, String note) {
    }

    private EditorFigures() {
    }

    /** Runs the window headless (call {@code Screenshot.useHeadlessGlass()} first) and measures. */
    public static List<Row> measure(GenerationPipeline pipeline, Path project, boolean quick) throws Exception {
        org.worldbench.editor.FxPlatform.start();
        FxTaskExecutor executor = new FxTaskExecutor();
        EditorViewModel[] model = new EditorViewModel[1];
        MainView[] view = new MainView[1];
        List<Long> pulses = new ArrayList<>();
        AtomicLong firstListener = new AtomicLong();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                synchronized (pulses) {
                    pulses.add(now);
                }
            }
        };
        onFx(() -> {
            model[0] = new EditorViewModel(pipeline, executor, new UndoManager());
            // Registered before the panels' listeners, so it runs first: the time from here to the
            // last listener is what the panels spend on the FX thread for one result.
            model[0].resultProperty().addListener((o, a, b) -> firstListener.set(System.nanoTime()));
            view[0] = new MainView(model[0], executor, FileChooserPort.NONE);
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0].root(), Integer.getInteger("worldbench.bench.width", 1600),
                    Integer.getInteger("worldbench.bench.height", 1000)));
            stage.show();
            recorder.start();
        });
        CountDownLatch opened = new CountDownLatch(1);
        onFx(() -> {
            model[0].resultProperty().addListener((o, a, b) -> opened.countDown());
            model[0].open(project);
        });
        opened.await(60, TimeUnit.SECONDS);

        int runs = quick ? 5 : 40;
        long[] handling = new long[runs];
        List<javafx.beans.value.ChangeListener<Object>> marks = new ArrayList<>();
        long[] redraw = new long[runs];
        for (int i = -3; i < runs; i++) {
            if (i == 0) {
                synchronized (pulses) {
                    pulses.clear(); // the first regenerations warm the JIT up; measure after them
                }
            }
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong start = new AtomicLong();
            AtomicLong end = new AtomicLong();
            long seed = 1000 + i;
            onFx(() -> {
                // Added after the panels' listeners, so it runs once they have redrawn.
                javafx.beans.value.ChangeListener<Object> mark = (o, a, b) -> {
                    end.set(System.nanoTime());
                    done.countDown();
                };
                model[0].resultProperty().addListener(mark);
                marks.add(mark);
                start.set(System.nanoTime());
                model[0].setSeed(Long.toString(seed));
            });
            done.await(30, TimeUnit.SECONDS);
            if (i >= 0) {
                redraw[i] = end.get() - start.get();
                handling[i] = end.get() - firstListener.get();
            }
        }
        onFx(() -> marks.forEach(m -> model[0].resultProperty().removeListener(m)));
        long worstWhileRegenerating = worstGap(pulses);
        synchronized (pulses) {
            pulses.clear();
        }
        int threadsBefore = taskThreads();
        CountDownLatch last = new CountDownLatch(1);
        onFx(() -> {
            model[0].resultProperty().addListener((o, a, b) -> {
                if (b.district().seed() == 5999) {
                    last.countDown();
                }
            });
        });
        // A burst as a user makes it: a thousand separate events, each one request.
        for (int i = 0; i < 1000; i++) {
            String seed = Long.toString(5000 + i);
            Platform.runLater(() -> model[0].setSeed(seed));
        }
        onFx(() -> {
        });
        boolean appliedLast = last.await(60, TimeUnit.SECONDS);
        Thread.sleep(300);
        long worstDuringBurst = worstGap(pulses);
        long applied = onFxValue(() -> model[0].resultProperty().get().district().seed());
        int threadsAfter = taskThreads();
        // Spawning into the embedded FXGL world (seed 003: 200 entities in 10 ms).
        var base = onFxValue(() -> model[0].resultProperty().get());
        var dense = new org.worldbench.engine.population.Populator(1.0).populate(base.district(), base.caseFile(), 1);
        var crowded = new org.worldbench.engine.pipeline.GenerationResult(base.district(), base.caseFile(), base.caseSeed(), dense,
                base.validation(), base.seedText(), java.util.Map.of());
        onFx(() -> view[0].playtestPanel().activate());
        for (int i = 0; i < 100 && onFxValue(() -> view[0].playtestPanel().spawnedProperty().get()) == 0; i++) {
            Thread.sleep(50);
        }
        int spawnRuns = quick ? 10 : 60;
        long[] spawn = new long[spawnRuns + 5];
        int[] count = new int[1];
        for (int i = 0; i < spawn.length; i++) {
            int k = i;
            onFx(() -> view[0].playtestPanel().despawn());
            onFx(() -> {
                count[0] = view[0].playtestPanel().spawn(crowded);
                spawn[k] = view[0].playtestPanel().lastSpawnNanos();
            });
        }
        long[] spawnSorted = java.util.Arrays.copyOfRange(spawn, 5, spawn.length);
        Arrays.sort(spawnSorted);
        onFx(() -> {
            recorder.stop();
            view[0].shutdownForBench();
        });
        executor.shutdown();
        long[] sorted = redraw.clone();
        Arrays.sort(sorted);
        List<Row> out = new ArrayList<>();
        out.add(new Row("editor: worst FX pulse gap while regenerating and streaming", worstWhileRegenerating / 1e6,
                worstWhileRegenerating / 1e6, "ms", "<= 16 ms", runs + " regenerations"));
        out.add(new Row("editor: regenerate to all panels redrawn", sorted[(runs - 1) / 2] / 1e6,
                sorted[Math.max(0, (int) Math.ceil(runs * 0.95) - 1)] / 1e6, "ms", "<= 50 ms median", ""));
        long[] handled = handling.clone();
        Arrays.sort(handled);
        out.add(new Row("editor: of which the panels' work on the FX thread", handled[(runs - 1) / 2] / 1e6,
                handled[Math.max(0, (int) Math.ceil(runs * 0.95) - 1)] / 1e6, "ms", "", "the rest is waiting for a render pulse"));
        out.add(new Row("editor: worst FX pulse gap during 1,000 queued requests", worstDuringBurst / 1e6, worstDuringBurst / 1e6,
                "ms", "responsive", "last applied: " + (appliedLast && applied == 5999) + " (seed " + applied + "); task threads "
                        + threadsBefore + " -> " + threadsAfter));
        out.add(new Row("playtest: spawn the district into FXGL (" + count[0] + " entities)",
                spawnSorted[(spawnSorted.length - 1) / 2] / 1e6,
                spawnSorted[Math.max(0, (int) Math.ceil(spawnSorted.length * 0.95) - 1)] / 1e6, "ms", "<= 10 ms for 200 (seed 003)",
                "into an empty world"));
        return out;
    }

    private static long worstGap(List<Long> pulses) {
        synchronized (pulses) {
            long worst = 0;
            for (int i = 1; i < pulses.size(); i++) {
                worst = Math.max(worst, pulses.get(i) - pulses.get(i - 1));
            }
            return worst;
        }
    }

    private static int taskThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("worldbench-task-")).count();
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFxValue(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(c.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
