package org.worldbench.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.PlacedRoom;

/** The editor in a real (headless) JavaFX scene: real controls clicked, typed into and dragged. */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    @TempDir
    static Path dir;

    private EditorViewModel model;
    private MainView view;
    private Path nextOpen;
    private Path nextSave;
    private FileChooserPort.UnsavedChanges nextAnswer = FileChooserPort.UnsavedChanges.CANCEL;
    private int asked;

    @Start
    void start(Stage stage) throws Exception {
        model = EditorFixtures.model();
        view = new MainView(model, null, new FileChooserPort() {
            @Override
            public Optional<Path> open() {
                return Optional.ofNullable(nextOpen);
            }

            @Override
            public Optional<Path> saveAs() {
                return Optional.ofNullable(nextSave);
            }

            @Override
            public UnsavedChanges unsavedChanges(String name) {
                asked++;
                return nextAnswer;
            }
        });
        stage.setScene(new Scene(view.root(), 1600, 1000));
        stage.show();
        model.open(EditorFixtures.sample());
    }

    /** Unpinned rooms whose centre the rooms panel shows (clicks aim there), in district order. */
    private java.util.stream.Stream<PlacedRoom> roomsInView() {
        return model.resultProperty().get().district().rooms().stream().filter(r -> !r.pinned()).filter(r -> {
            double[] at = view.rooms.screenOf(r.center().x(), r.center().y());
            return at[0] > 10 && at[1] > 10 && at[0] < view.rooms.surfaceWidth() - 10 && at[1] < view.rooms.surfaceHeight() - 10;
        });
    }

    private Point2D onSurface(FxRobot robot, Node surface, double x, double y) {
        Point2D origin = surface.localToScreen(0, 0);
        return new Point2D(origin.getX() + x, origin.getY() + y);
    }

    @Test
    void reseedAndTypeASeed(FxRobot robot) {
        long before = model.resultProperty().get().district().seed();
        robot.clickOn("#reseed");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, model.resultProperty().get().district().seed());
        TextField seed = robot.lookup("#seed").queryAs(TextField.class);
        robot.doubleClickOn(seed).eraseText(30).write("the memory syndicate").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3533732888L, model.resultProperty().get().district().seed());
    }

    @Test
    void clickARoomThenRegenerateItAloneUndoAndRedo(FxRobot robot) {
        PlacedRoom room = roomsInView().findFirst().orElseThrow();
        double[] at = view.rooms.screenOf(room.center().x(), room.center().y());
        robot.clickOn(onSurface(robot, view.rooms.surface(), at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(room.id(), model.selectedRoomProperty().get());
        var before = model.resultProperty().get().district();
        robot.clickOn("Generate").clickOn("Regenerate selected room");
        WaitForAsyncUtils.waitForFxEvents();
        var after = model.resultProperty().get().district();
        for (PlacedRoom r : before.rooms()) {
            if (!r.id().equals(room.id())) {
                assertEquals(r, after.room(r.id()).orElseThrow());
            }
        }
        assertNotEquals(before.room(room.id()).orElseThrow().interiorSeed(), after.room(room.id()).orElseThrow().interiorSeed());
        robot.clickOn("Edit").clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.rooms(), model.resultProperty().get().district().rooms());
        robot.clickOn("Edit").clickOn("#redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after.rooms(), model.resultProperty().get().district().rooms());
    }

    @Test
    void dragARoomToPinItAndThePinHoldsAfterRegenerating(FxRobot robot) {
        PlacedRoom room = model.resultProperty().get().district().rooms().stream()
                .filter(r -> !r.pinned() && r.type().equals("apartment")).findFirst().orElseThrow();
        double[] node = view.layout.screenOf(room.id());
        Point2D from = onSurface(robot, view.layout.surface(), node[0], node[1]);
        robot.drag(from, MouseButton.PRIMARY).moveBy(0, 0).drop();
        robot.drag(from, MouseButton.PRIMARY).moveBy(view.layout.scale() * 2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        String anchor = "pin_" + room.id();
        assertTrue(model.projectProperty().get().anchors().stream().anyMatch(a -> a.id().equals(anchor)),
                "dragging pins the room: " + model.projectProperty().get().anchors());
        var pin = model.projectProperty().get().anchors().stream().filter(a -> a.id().equals(anchor)).findFirst().orElseThrow();
        robot.clickOn("#reseed");
        WaitForAsyncUtils.waitForFxEvents();
        PlacedRoom kept = model.resultProperty().get().district().room(anchor).orElseThrow();
        assertEquals(pin.x(), kept.bounds().x());
        assertEquals(pin.y(), kept.bounds().y());
    }

    @Test
    void selectAClueSeeItsRoomAndRemoveItInWhatIfMode(FxRobot robot) {
        var c = model.resultProperty().get().caseFile();
        String clue = c.minimumPath().get(0);
        double[] at = view.evidence.screenOf(clue);
        assertNotNull(at);
        robot.clickOn(onSurface(robot, view.evidence.surface(), at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clue, model.selectedEvidenceProperty().get());
        assertEquals(c.evidence(clue).orElseThrow().room(), model.selectedRoomProperty().get());
        robot.clickOn("#what-if");
        assertTrue(robot.lookup("#what-if").queryAs(ToggleButton.class).isSelected());
        robot.clickOn(onSurface(robot, view.evidence.surface(), at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.evidence.verdictProperty().get().startsWith("UNSOLVABLE"), view.evidence.verdictProperty().get());
        robot.clickOn(onSurface(robot, view.evidence.surface(), at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.evidence.verdictProperty().get().startsWith("Solvable"), view.evidence.verdictProperty().get());
    }

    @Test
    void theDiffOverlayShowsWhatARegenerationChanged(FxRobot robot) {
        robot.clickOn("Rooms");
        robot.clickOn("Diff");
        // A room with a BSP interior: a new seed redraws its partition, so some tile surely changes.
        PlacedRoom room = model.resultProperty().get().district().rooms().stream()
                .filter(r -> !r.pinned() && !r.subRooms().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> model.selectedRoomProperty().set(room.id()));
        // A seed known (by the engine) to change the room's tiles, so the test never depends on luck.
        var district = model.resultProperty().get().district();
        long seed = 1;
        while (true) {
            try {
                var after = EditorFixtures.pipeline().districts().regenerate(district,
                        java.util.List.of(new org.worldbench.engine.district.PartOverride("room:" + room.id(), seed)));
                if (!after.tiles().equals(district.tiles())) {
                    break;
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            seed++;
        }
        long chosen = seed;
        robot.interact(() -> model.change("Regenerate room:" + room.id(), model.projectProperty().get().withOverrides(
                java.util.List.of(new org.worldbench.engine.district.PartOverride("room:" + room.id(), chosen)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.rooms.showDiffProperty().get());
        int changed = view.rooms.changedTiles();
        assertTrue(changed > 0 && changed <= room.bounds().area(), "changed tiles lie in the room: " + changed);
    }

    @Test
    void panTheChunkMap(FxRobot robot) {
        var before = view.chunks.centre();
        Point2D middle = onSurface(robot, view.chunks.surface(), view.chunks.surfaceWidth() / 2, view.chunks.surfaceHeight() / 2);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-120, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, view.chunks.centre());
    }

    @Test
    void saveReopenAndRejectACorruptProject(FxRobot robot) throws Exception {
        nextSave = dir.resolve("saved.wbproj.json");
        robot.clickOn("File").clickOn("Save As…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(nextSave));
        Path corrupt = dir.resolve("corrupt.wbproj.json");
        Files.writeString(corrupt, "{ this is not json");
        nextOpen = corrupt;
        long seed = model.resultProperty().get().district().seed();
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.errorProperty().get());
        assertEquals(seed, model.resultProperty().get().district().seed(), "the open project is kept");
        assertEquals(nextSave, model.fileProperty().get());
        nextOpen = nextSave;
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed, model.resultProperty().get().district().seed());
    }

    /** The texts of the shown inspector's text fields, as the user sees them. */
    private java.util.List<String> inspectorTexts(FxRobot robot) {
        return robot.from(view.inspector.shownSheet()).lookup(".text-field").queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList();
    }

    @Test
    void theInspectorShowsEachClickedRoomInTheSheetBuiltForRooms(FxRobot robot) throws Exception {
        var rooms = roomsInView().limit(2).toList();
        for (PlacedRoom room : rooms) {
            double[] at = view.rooms.screenOf(room.center().x(), room.center().y());
            robot.clickOn(onSurface(robot, view.rooms.surface(), at[0], at[1]));
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> view.inspector.shownSheet() != null && inspectorTexts(robot).contains(room.id()));
        }
        var roomSheet = view.inspector.shownSheet();
        assertTrue(inspectorTexts(robot).contains(rooms.get(1).id()), "the second room's id is on screen");
        assertTrue(!inspectorTexts(robot).contains(rooms.get(0).id()), "the first room's id is gone");

        robot.interact(() -> model.selectedRoomProperty().set(null));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view.inspector.shownSheet() != roomSheet);
        assertTrue(!inspectorTexts(robot).contains(rooms.get(1).id()), "no room shown once nothing is selected");
        assertTrue(!roomSheet.isVisible(), "the room sheet is hidden");

        robot.interact(() -> model.selectedRoomProperty().set(rooms.get(0).id()));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view.inspector.shownSheet() == roomSheet);
        assertSame(roomSheet, view.inspector.shownSheet(), "a room again: the room sheet, not a new one");
        assertTrue(inspectorTexts(robot).contains(rooms.get(0).id()), "holding the room now selected");

        var clue = model.resultProperty().get().caseFile().evidence().get(0);
        robot.interact(() -> model.selectedEvidenceProperty().set(clue.id()));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> inspectorTexts(robot).contains(clue.name()));
        assertNotSame(roomSheet, view.inspector.shownSheet(), "a room and a clue: rows of another shape");
    }

    @Test
    void atRestTheStatusBarShowsNoProgressAndCancelIsOff(FxRobot robot) {
        javafx.scene.control.Button cancel = robot.lookup("#cancel").queryButton();
        javafx.scene.control.ProgressBar progress = robot.lookup(".progress-bar").queryAs(javafx.scene.control.ProgressBar.class);
        assertTrue(cancel.isDisabled(), "nothing to cancel");
        assertTrue(!progress.isVisible(), "no progress shown");
    }

    @Test
    void aGateClosedForWhatIfIsTickedInItsMenu(FxRobot robot) {
        javafx.scene.control.MenuButton gates = robot.lookup("#close-gate").queryAs(javafx.scene.control.MenuButton.class);
        robot.clickOn(gates);
        String first = gates.getItems().get(0).getText();
        assertTrue(!((javafx.scene.control.CheckMenuItem) gates.getItems().get(0)).isSelected(), "open at first");
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.evidence.gateClosed(first.substring(0, first.indexOf(' '))), "the gate is closed for the check");
        robot.clickOn(gates);
        assertTrue(((javafx.scene.control.CheckMenuItem) gates.getItems().get(0)).isSelected(), "and ticked when the menu opens again");
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!view.evidence.gateClosed(first.substring(0, first.indexOf(' '))), "a second click opens it again");
    }

    @Test
    void theForceDirectedDrawingSelectsOnClickAndPinsNothingOnDrag(FxRobot robot) throws Exception {
        PlacedRoom room = model.resultProperty().get().district().rooms().stream().filter(r -> !r.pinned()).findFirst().orElseThrow();
        double[] placed = view.layout.screenOf(room.id());
        robot.clickOn("#force-layout");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view.layout.screenOf(room.id()) != null
                && view.layout.upToDate());
        double[] drawn = view.layout.screenOf(room.id());
        assertTrue(Math.hypot(drawn[0] - placed[0], drawn[1] - placed[1]) > 1, "drawn elsewhere than placed");
        robot.clickOn(onSurface(robot, view.layout.surface(), drawn[0], drawn[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(room.id(), model.selectedRoomProperty().get(), "a click on its node selects it");
        var before = model.resultProperty().get().district();
        robot.drag(onSurface(robot, view.layout.surface(), drawn[0], drawn[1]), MouseButton.PRIMARY).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.resultProperty().get().district(), "no pin, no regeneration");
        robot.clickOn("#force-layout");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(placed, view.layout.screenOf(room.id()), "unticked: the placed positions again");
    }

    @Test
    void theChunkMapPreviewsAnotherWorldAndComesBackToTheProjects(FxRobot robot) {
        assertEquals(org.worldbench.engine.world.Topology.PLANE, view.chunks.centre().topology(), "the sample names no world: a plane");
        robot.clickOn("#world").clickOn("Ring");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.worldbench.engine.world.Topology.RING, view.chunks.centre().topology(), "the ring, previewed");
        // A chunk of the preview cannot be re-seeded into the project: it says so, and changes nothing.
        Point2D middle = onSurface(robot, view.chunks.surface(), view.chunks.surfaceWidth() / 2, view.chunks.surfaceHeight() / 2);
        robot.clickOn(middle);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.chunks.selectedChunk());
        var project = model.projectProperty().get();
        robot.interact(() -> model.errorProperty().set(null));
        robot.press(KeyCode.CONTROL).press(KeyCode.J).release(KeyCode.J).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.errorProperty().get(), "told why");
        assertEquals(project, model.projectProperty().get(), "the project unchanged");
        robot.clickOn("#world").clickOn(MainView.PROJECT_WORLD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.worldbench.engine.world.Topology.PLANE, view.chunks.centre().topology(), "back to the project's world");
        assertEquals(null, view.chunks.selectedChunk(), "the ring's chunk is no longer selected");
    }

    @Test
    void unsavedChangesAreKeptSavedOrDroppedAsTheUserSaysBeforeANewProject(FxRobot robot) throws Exception {
        Path copy = dir.resolve("edited.wbproj.json");
        Files.copy(EditorFixtures.sample(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> model.open(copy)); // a save goes to this copy, never to the sample
        robot.clickOn("#reseed");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.dirtyProperty().get(), "a re-seed is an unsaved change");
        var edited = model.projectProperty().get();

        nextAnswer = FileChooserPort.UnsavedChanges.CANCEL;
        robot.clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked, "asked once");
        assertEquals(edited, model.projectProperty().get(), "cancelled: the project stays open as it was");
        assertTrue(model.dirtyProperty().get());

        nextAnswer = FileChooserPort.UnsavedChanges.SAVE;
        robot.clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited.seed(), org.worldbench.engine.project.ProjectFiles.read(copy).seed(), "saved to its file");
        assertNotEquals(edited, model.projectProperty().get(), "then the new project opened");

        robot.clickOn("#reseed");
        WaitForAsyncUtils.waitForFxEvents();
        var dropped = model.projectProperty().get();
        nextAnswer = FileChooserPort.UnsavedChanges.DISCARD;
        nextOpen = copy;
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, asked);
        assertEquals(edited.seed(), model.projectProperty().get().seed(), "discarded: the chosen project is open");
        assertNotEquals(dropped.seed(), model.projectProperty().get().seed());
        assertTrue(!model.dirtyProperty().get());

        int before = asked;
        robot.clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, asked, "nothing unsaved: nothing to ask");
    }
}
