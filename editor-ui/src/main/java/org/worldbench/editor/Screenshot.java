package org.worldbench.editor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.SyncTaskExecutor;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.template.TemplateLibrary;

/**
 * Renders the main window with all four panels offscreen and returns it as PNG bytes. Needs no
 * display: the caller starts JavaFX on the headless Monocle platform (see {@link #useHeadlessGlass()}).
 */
public final class Screenshot {

    private Screenshot() {
    }

    /** Selects Monocle's headless glass and software rendering; call before JavaFX starts. */
    public static void useHeadlessGlass() {
        useHeadlessGlass(1920, 1200);
    }

    /**
     * Selects Monocle's headless glass and software rendering with a screen of the given size
     * (large enough for the window); call before JavaFX starts. The headless screen clears and
     * composes its whole area on the FX thread every frame, so a measurement gives it the
     * window's size and no more.
     */
    public static void useHeadlessGlass(int screenWidth, int screenHeight) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", screenWidth + "x" + screenHeight + "-32");
    }

    /**
     * Opens the project (with the seed when given), lays the window out at {@code width × height}
     * and snapshots it.
     *
     * @throws IllegalStateException with the editor's error when the project cannot be opened
     */
    public static byte[] render(Path project, String seed, Path templates, int width, int height) throws Exception {
        FxPlatform.start();
        CompletableFuture<byte[]> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Theme.apply();
                GenerationPipeline pipeline = new GenerationPipeline(TemplateLibrary.load(templates.resolve("rooms")),
                        CaseLibrary.load(templates));
                EditorViewModel model = new EditorViewModel(pipeline, new SyncTaskExecutor(), new UndoManager());
                MainView view = new MainView(model, null, FileChooserPort.NONE);
                model.open(project);
                if (model.errorProperty().get() != null) {
                    throw new IllegalStateException(model.errorProperty().get());
                }
                if (seed != null) {
                    model.setSeed(seed);
                }
                Scene scene = new Scene(view.root(), width, height);
                // On the next turn: views that follow the project once a turn (the seed field) have
                // caught up by then.
                Platform.runLater(() -> {
                    try {
                        shot.complete(snapshot(view, scene));
                    } catch (Exception | Error e) {
                        shot.completeExceptionally(e);
                    }
                });
            } catch (Exception | Error e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            return shot.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static byte[] snapshot(MainView view, Scene scene) throws Exception {
        view.root().applyCss();
        view.root().layout();
        // Chunks stream in the background: give the map a few rounds before the snapshot.
        view.refreshInspector();
        for (int i = 0; i < 120 && view.chunks.manager().stats().loaded() < 120; i++) {
            view.chunks.manager().tick();
            Thread.sleep(25);
        }
        view.chunks.panBy(0, 0);
        view.root().layout();
        WritableImage image = scene.snapshot(null);
        view.chunks.shutdown();
        return png(SwingFXUtils.fromFXImage(image, null));
    }

    /** PNG bytes of an AWT image. */
    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
