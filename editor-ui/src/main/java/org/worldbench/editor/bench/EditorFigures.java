package org.worldbench.editor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.worldbench.editor.FileChooserPort;
import org.worldbench.editor.FxPlatform;
import org.worldbench.editor.MainView;
import org.worldbench.editor.Theme;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.FxTaskExecutor;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.population.Populator;

/**
 * The editor's figures (issue "The editor"), from an instrumented headless run of the real window
 * with its theme, at 1600×1000 unless {@code worldbench.bench.width/height} say otherwise:
 *
 * <ul>
 *   <li>the worst FX-thread stall while regenerating and streaming chunks, with a click (a room, a
 *       clue or nothing selected) between regenerations: the longest a posted
 *       event waited to run ({@link StallProbe}), with each wait over 16 ms taken apart into the
 *       FX thread's own work, GC pauses and the rest (with {@code -Dworldbench.bench.verbose=true}
 *       every wait over 12 ms is printed on stderr, taken apart the same way, and each
 *       regeneration's timeline);
 *   <li>the worst gap between FX pulses meanwhile (pulses start at the display's rate, 60 Hz
 *       headless, so a smooth run shows gaps of one frame; a longer gap is a dropped frame);
 *   <li>regenerate to all panels redrawn: from the request on the FX thread until the renderer has
 *       finished the first frame showing all four panels' new pictures;
 *   <li>a burst of 1,000 requests: only the last applied, pulses keep coming, no thread leaked;
 *   <li>spawning the district into the embedded FXGL world.
 * </ul>
 */
public final class EditorFigures {

    /** One printed figure. */
    public record Row(String name, double median, double p95, String unit, String budget, String note) {
    }

    private static final long FRAME_NANOS = 1_000_000_000L / 60;
    /** {@code -Dworldbench.bench.verbose=true}: the long waits and each regeneration's timeline on stderr. */
    private static final boolean VERBOSE = Boolean.getBoolean("worldbench.bench.verbose");

    private EditorFigures() {
    }

    /** The measured window's width (property {@code worldbench.bench.width}, default 1600). */
    static int windowWidth() {
        return Integer.getInteger("worldbench.bench.width", 1600);
    }

    /** The measured window's height (property {@code worldbench.bench.height}, default 1000). */
    static int windowHeight() {
        return Integer.getInteger("worldbench.bench.height", 1000);
    }

    /** Selects the headless platform with a screen the window's size; call before JavaFX starts. */
    public static void useHeadlessScreen() {
        org.worldbench.editor.Screenshot.useHeadlessGlass(windowWidth(), windowHeight());
    }

    /** Runs the window headless (call {@link #useHeadlessScreen()} first) and measures. */
    public static List<Row> measure(GenerationPipeline pipeline, Path project, boolean quick) throws Exception {
        FxPlatform.start();
        FxTaskExecutor executor = new FxTaskExecutor();
        Window w = onFxValue(() -> Window.open(pipeline, executor));
        onFx(() -> w.model.open(project));
        w.awaitRedrawn(60_000);
        // Warm the engine up as a session of use would (the JIT compiles the generators), so the
        // figures are of the editor, not of the first interpreted runs.
        var opened = onFxValue(() -> w.model.projectProperty().get());
        for (int i = 0; i < (quick ? 20 : 400); i++) {
            pipeline.run(opened.withSeed(org.worldbench.engine.project.ProjectSeed.parse(Long.toString(90_000 + i))),
                    org.worldbench.engine.task.Monitor.NONE);
        }

        StallProbe stalls = new StallProbe();
        int runs = quick ? 5 : 60;
        long[] redraw = new long[runs];
        long[] generation = new long[runs];
        long[] engine = new long[runs];
        long[] painting = new long[runs];
        // The first regenerations, with their clicks, warm up the window's own code (painting,
        // tiles, layout, the renderer), about twenty seconds of use: after ten, the JIT was still
        // compiling hundreds of methods a second through the measured ones, and its C2 compiler
        // thread took one of the two cores from the renderer and the FX thread (single waits of
        // 17-24 ms; with C1 alone, 4-9 ms). The figures are the editor's once it is warm.
        int warmUp = quick ? 10 : 200;
        for (int i = -warmUp; i < runs; i++) {
            if (i == 0) {
                w.recorder.clear(); // measure after the warm-up
                stalls.reset();
            }
            long seed = 1000 + i;
            long start = onFxValue(() -> {
                long t = System.nanoTime();
                w.model.setSeed(Long.toString(seed));
                return t;
            });
            long end = w.awaitRedrawn(30_000);
            if (i >= 0) {
                redraw[i] = end - start;
                if (VERBOSE) {
                    System.err.printf(java.util.Locale.ROOT, "redraw %d: result %.1f ms, pictures synced %.1f ms, frame %.1f ms%n", i,
                            (w.resultAt.get() - start) / 1e6, (w.lastSync - start) / 1e6, (end - start) / 1e6);
                }
                generation[i] = w.resultAt.get() - start;
                painting[i] = onFxValue(() -> w.view.panels().stream().mapToLong(p -> p.lastPaintNanos()).sum());
                engine[i] = onFxValue(() -> w.model.resultProperty().get().timingsMicros().values().stream().mapToLong(Long::longValue).sum()) * 1000;
            }
            // A designer's pause, with a click in it: a room, a clue or nothing selected in turn (the
            // panels repaint the selection, the inspector shows its rows); the map goes on streaming.
            int turn = i;
            onFx(() -> select(w.model, turn));
            Thread.sleep(50);
        }
        long worstWhileRegenerating = w.recorder.worstGap();
        int dropped = w.recorder.gapsOver(FRAME_NANOS * 3 / 2);
        int pulses = w.recorder.pulseCount();
        long worstStall = stalls.worstNanos();
        String stallNote = stallNote(stalls);
        stalls.reset();

        // A burst as a user makes it: a thousand separate events, each one request.
        w.recorder.clear();
        int threadsBefore = taskThreads();
        for (int i = 0; i < 1000; i++) {
            String seed = Long.toString(5000 + i);
            Platform.runLater(() -> w.model.setSeed(seed));
        }
        w.awaitRedrawn(60_000);
        Thread.sleep(300);
        long worstDuringBurst = w.recorder.worstGap();
        long worstStallDuringBurst = stalls.worstNanos();
        stalls.stop();
        long applied = onFxValue(() -> w.model.resultProperty().get().district().seed());
        int threadsAfter = taskThreads();

        long[] spawn = spawnTimes(w, quick ? 10 : 60);
        onFx(() -> {
            w.recorder.stop();
            w.view.shutdownForBench();
        });
        executor.shutdown();

        List<Row> out = new ArrayList<>();
        out.add(new Row("editor: worst FX thread stall while regenerating and streaming", worstStall / 1e6, worstStall / 1e6, "ms",
                "<= 16 ms", "longest an event waited for the FX thread; " + stallNote));
        out.add(new Row("editor: worst FX pulse gap while regenerating and streaming", worstWhileRegenerating / 1e6,
                worstWhileRegenerating / 1e6, "ms", "one frame (16.7 ms)",
                runs + " regenerations (a click between each) after " + warmUp + " to warm up; " + dropped + " of " + pulses + " gaps over 1.5 frames"));
        out.add(percentiles("editor: regenerate to all panels redrawn", redraw, "<= 50 ms median", "until the renderer finished the frame"));
        out.add(percentiles("editor: of which request to result on the FX thread", generation, "", "generation on a worker"));
        out.add(percentiles("editor: of which the generation itself", engine, "", "the pipeline's own timings"));
        out.add(percentiles("editor: the four panels' paintings, summed", painting, "", "Java2D on the paint thread, off the FX thread"));
        out.add(new Row("editor: worst FX thread stall during 1,000 queued requests", worstStallDuringBurst / 1e6,
                worstStallDuringBurst / 1e6, "ms", "responsive", "longest a probe event waited while the burst ran"));
        out.add(new Row("editor: worst FX pulse gap during 1,000 queued requests", worstDuringBurst / 1e6, worstDuringBurst / 1e6, "ms",
                "responsive", "last applied: " + (applied == 5999) + " (seed " + applied + "); task threads " + threadsBefore + " -> "
                        + threadsAfter));
        out.add(percentiles("playtest: spawn the district into FXGL (" + w.spawned + " entities)", spawn, "<= 10 ms for 200 (seed 003)",
                "into an empty world"));
        return out;
    }

    /** The window under measurement and what the measurement watches in it. */
    private static final class Window {

        final EditorViewModel model;
        final MainView view;
        final PulseRecorder recorder;
        final AtomicLong resultAt = new AtomicLong();
        private CompletableFuture<Long> synced;
        /** When the last awaited pictures were synced to the renderer (verbose output). */
        volatile long lastSync;
        int spawned;

        private Window(EditorViewModel model, MainView view, PulseRecorder recorder) {
            this.model = model;
            this.view = view;
            this.recorder = recorder;
        }

        static Window open(GenerationPipeline pipeline, FxTaskExecutor executor) {
            Theme.apply();
            EditorViewModel model = new EditorViewModel(pipeline, executor, new UndoManager());
            MainView view = new MainView(model, executor, FileChooserPort.NONE);
            Scene scene = new Scene(view.root(), windowWidth(), windowHeight());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            Window w = new Window(model, view, new PulseRecorder(scene));
            model.resultProperty().addListener((o, a, b) -> w.resultAt.set(System.nanoTime()));
            // Once the newest result is in and every panel shows it, the first pulse to sync the scene
            // carries the pictures to the renderer: the frame finished after that sync is theirs.
            w.recorder.afterSync(now -> {
                if (w.synced != null && !model.busy() && view.panelsUpToDate()) {
                    CompletableFuture<Long> done = w.synced;
                    w.synced = null;
                    done.complete(now);
                }
            });
            w.recorder.start();
            return w;
        }

        /** Waits until every panel shows the newest request and that frame is rendered; its time. */
        long awaitRedrawn(long timeoutMillis) throws Exception {
            CompletableFuture<Long> done = new CompletableFuture<>();
            onFx(() -> synced = done);
            long afterSync = done.get(timeoutMillis, TimeUnit.MILLISECONDS);
            lastSync = afterSync;
            long frame = recorder.frameAfter(afterSync, timeoutMillis);
            if (frame < 0) {
                throw new IllegalStateException("no frame rendered after the panels were redrawn");
            }
            return frame;
        }
    }

    /** The {@code turn}'th click of the measured run: a room, then a clue, then nothing, in turn. */
    private static void select(EditorViewModel model, int turn) {
        GenerationResult result = model.resultProperty().get();
        int k = Math.floorMod(turn, 3);
        var rooms = result.district().rooms();
        var clues = result.caseFile().evidence();
        model.selectedRoomProperty().set(k == 0 && !rooms.isEmpty() ? rooms.get(Math.floorMod(turn, rooms.size())).id() : null);
        model.selectedEvidenceProperty().set(k == 1 && !clues.isEmpty() ? clues.get(Math.floorMod(turn, clues.size())).id() : null);
    }

    private static long[] spawnTimes(Window w, int runs) throws Exception {
        // Spawning into the embedded FXGL world (seed 003: 200 entities in 10 ms).
        GenerationResult base = onFxValue(() -> w.model.resultProperty().get());
        var dense = new Populator(1.0).populate(base.district(), base.caseFile(), 1);
        var crowded = new GenerationResult(base.district(), base.caseFile(), base.caseSeed(), dense, base.validation(), base.seedText(),
                Map.of());
        onFx(() -> w.view.playtestPanel().activate());
        for (int i = 0; i < 100 && onFxValue(() -> w.view.playtestPanel().spawnedProperty().get()) == 0; i++) {
            Thread.sleep(50);
        }
        long[] spawn = new long[runs + 5];
        for (int i = 0; i < spawn.length; i++) {
            int k = i;
            onFx(() -> w.view.playtestPanel().despawn());
            onFx(() -> {
                w.spawned = w.view.playtestPanel().spawn(crowded);
                spawn[k] = w.view.playtestPanel().lastSpawnNanos();
            });
        }
        return Arrays.copyOfRange(spawn, 5, spawn.length); // the first spawns warm the JIT up
    }

    /** How many probe events waited over 16 ms, what kind of wait each was, and the worst taken apart. */
    private static String stallNote(StallProbe stalls) {
        if (VERBOSE) {
            stalls.longStalls(0).forEach(s -> System.err.println("stall " + s.describe()));
        }
        List<StallProbe.Stall> longStalls = stalls.longStalls(16_000_000L);
        StringBuilder note = new StringBuilder().append(longStalls.size()).append(" of ").append(stalls.probes())
                .append(" probe events waited over 16 ms");
        if (!longStalls.isEmpty()) {
            Map<String, Long> kinds = new java.util.TreeMap<>();
            longStalls.forEach(s -> kinds.merge(s.kind(), 1L, Long::sum));
            note.append(" ").append(kinds).append("; the worst ").append(longStalls.get(0).describe());
        }
        return note.toString();
    }

    private static Row percentiles(String name, long[] nanos, String budget, String note) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Row(name, sorted[(sorted.length - 1) / 2] / 1e6, sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6,
                "ms", budget, note);
    }

    private static int taskThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("worldbench-task-") || t.getName().startsWith("worldbench-paint")).count();
    }

    private static void onFx(Runnable r) throws Exception {
        onFxValue(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxValue(Callable<T> c) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(c.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
