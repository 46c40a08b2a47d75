package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.worldbench.editor.FileChooserPort;
import org.worldbench.editor.MainView;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.FxTaskExecutor;
import org.worldbench.editor.undo.UndoManager;

/**
 * The editor in a real headless scene with the real executor: generations run on the task pool and
 * the panels paint on the paint thread. Once everything is up to date, the rooms panel's image on
 * screen is a picture of the newest state, the very pixels a synchronous painting of that state gives.
 */
@ExtendWith(ApplicationExtension.class)
class AsyncPaintingFxTest {

    private static final int BACKGROUND = 0xFF000000 | (Colours.BACKGROUND.getRGB() & 0xFFFFFF);

    private FxTaskExecutor executor;
    private EditorViewModel model;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        executor = new FxTaskExecutor();
        model = new EditorViewModel(PanelFixtures.pipeline(), executor, new UndoManager());
        view = new MainView(model, executor, FileChooserPort.NONE);
        stage.setScene(new Scene(view.root(), 1600, 1000));
        stage.show();
        model.open(PanelFixtures.sample());
    }

    @AfterEach
    void stop() throws Exception {
        if (view != null) {
            view.shutdownForBench(); // no more chunk streaming nor its redraws
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return org.worldbench.editor.task.FxThread.call(call);
    }

    private RoomsPanel rooms() {
        return (RoomsPanel) view.panels().get(1);
    }

    /** The rooms panel's picture as on screen, and beside it a synchronous painting of the state it should show. */
    private record Pictures(int width, int height, int[] onScreen, int[] expected) {
    }

    /**
     * Waits until the newest generation of {@code seed} is applied and every panel shows the newest
     * state, then reads the rooms panel's picture on the first FX turn where the generation is done
     * and the rooms panel is up to date (nothing can start painting within that turn).
     */
    private Pictures waitUntilShown(long seed) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> generated(seed) && view.panelsUpToDate()));
        Pictures[] read = new Pictures[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
            if (!generated(seed) || !rooms().upToDate()) {
                return false; // something asked for a new picture meanwhile (a layout pass): wait for it
            }
            read[0] = roomsPictures();
            return true;
        }));
        return read[0];
    }

    private boolean generated(long seed) {
        return model.resultProperty().get() != null && model.resultProperty().get().district().seed() == seed && !model.busy()
                && rooms().framesShown() > 0;
    }

    /** FX thread, with the rooms panel up to date. */
    private Pictures roomsPictures() {
        RoomsPanel rooms = rooms();
        TiledPicture picture = rooms.picture();
        int w = picture.pictureWidth();
        int h = picture.pictureHeight();
        PanelFrame frame = PanelFrame.paint(w, h, rooms.painting(), null);
        return new Pictures(w, h, picture.readBack(), frame.pixels().clone());
    }

    private static int ink(int[] pixels) {
        int n = 0;
        for (int p : pixels) {
            n += p != BACKGROUND ? 1 : 0;
        }
        return n;
    }

    @Test
    void theRoomsPanelShowsTheNewestGenerationPaintedOffTheFxThread() throws Exception {
        Pictures first = waitUntilShown(3533732888L);
        assertTrue(first.width() > 100 && first.height() > 100, "a panel-sized picture: " + first.width() + "x" + first.height());
        int ink = ink(first.onScreen());
        assertTrue(ink > first.onScreen().length / 10, "the district is on screen, not just background: " + ink + " pixels");
        assertArrayEquals(first.expected(), first.onScreen(), "the picture on screen is the painting of the current state");
        assertTrue(rooms().lastPaintNanos() > 0, "the painting ran (and was timed) in the painter's job");

        onFx(() -> {
            model.setSeed("42");
            return null;
        });
        Pictures second = waitUntilShown(42);
        assertEquals(first.width(), second.width());
        assertFalse(java.util.Arrays.equals(first.onScreen(), second.onScreen()), "another seed, another picture");
        assertArrayEquals(second.expected(), second.onScreen(), "the picture on screen is the painting of the new state");
    }

    @Test
    void onAHiDpiWindowThePictureIsPaintedAtTheOutputScale() throws Exception {
        Pictures normal = waitUntilShown(3533732888L);
        double layoutWidth = onFx(() -> rooms().surfaceWidth());
        assertEquals((int) layoutWidth, normal.width(), "one picture pixel per layout unit at scale 1");
        onFx(() -> {
            stage.setRenderScaleX(2);
            stage.setRenderScaleY(2);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> rooms().upToDate() && pictureWidth() == 2 * (int) rooms().surfaceWidth()));
        Pictures sharp = onFx(() -> {
            RoomsPanel rooms = rooms();
            TiledPicture picture = rooms.picture();
            PanelFrame frame = PanelFrame.paint((int) rooms.surfaceWidth(), (int) rooms.surfaceHeight(), 2, 2, rooms.painting(), null);
            return new Pictures(picture.pictureWidth(), picture.pictureHeight(), picture.readBack(), frame.pixels().clone());
        });
        assertEquals(2 * (int) onFx(() -> rooms().surfaceHeight()).doubleValue(), sharp.height(), "twice the pixels down as well");
        assertArrayEquals(sharp.expected(), sharp.onScreen(), "the picture on screen is the painting at scale 2");
    }

    /** FX thread: the width in pixels of the rooms panel's picture on screen. */
    private int pictureWidth() {
        return rooms().picture().pictureWidth();
    }

    @Test
    void theStatusBarOffersCancelAndShowsProgressOnlyWhileAJobRuns() throws Exception {
        waitUntilShown(3533732888L);
        javafx.scene.control.Button cancel = (javafx.scene.control.Button) view.root().lookup("#cancel");
        javafx.scene.Node progress = view.root().lookup(".progress-bar");
        assertTrue(onFx(cancel::isDisabled), "idle: nothing to cancel");
        assertFalse(onFx(progress::isVisible), "idle: no progress");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        onFx(() -> executor.submit("Long job", monitor -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, done -> { }, failed -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !cancel.isDisabled() && progress.isVisible()));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> cancel.isDisabled() && !progress.isVisible()));
    }

    @Test
    void aSelectionRepaintsOnlyTheTilesItChanges() throws Exception {
        waitUntilShown(3533732888L);
        var room = model.resultProperty().get().district().rooms().get(0);
        long before = onFx(() -> rooms().framesShown());
        onFx(() -> {
            model.selectedRoomProperty().set(room.id());
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> rooms().framesShown() > before && rooms().upToDate()));
        int changed = onFx(() -> rooms().picture().lastChanged());
        int tiles = onFx(() -> rooms().picture().tileCount());
        assertTrue(changed > 0 && changed < tiles / 2, "a room's outline changes " + changed + " of " + tiles + " tiles");
        Pictures shown = onFx(this::roomsPictures);
        assertArrayEquals(shown.expected(), shown.onScreen(), "and the picture on screen is the whole new painting");
    }

    @Test
    void aBurstOfSeedsEndsWithThePictureOfTheLastOne() throws Exception {
        waitUntilShown(3533732888L);
        long framesBefore = onFx(() -> rooms().framesShown());
        onFx(() -> {
            for (int s = 1; s <= 30; s++) {
                model.setSeed(Long.toString(s));
                model.selectedRoomProperty().set(s % 2 == 0 ? "office" : null);
            }
            return null;
        });
        Pictures last = waitUntilShown(30);
        assertArrayEquals(last.expected(), last.onScreen(), "the last picture shows the last seed");
        long framesAfter = onFx(() -> rooms().framesShown());
        assertTrue(framesAfter > framesBefore, "new pictures were shown");
        assertTrue(ink(last.onScreen()) > last.onScreen().length / 10);
    }
}
