package org.worldbench.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.TaskExecutor;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.task.Monitor;

/** The editor's behaviour through its view model, with a synchronous task executor. */
class EditorViewModelTest {

    @TempDir
    Path dir;

    @Test
    void opensReseedsAndUndoes() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        GenerationResult first = model.resultProperty().get();
        assertNotNull(first);
        assertEquals(3533732888L, first.district().seed());
        model.setSeed("42");
        assertEquals(42, model.resultProperty().get().district().seed());
        assertEquals("Seed 42", model.undoManager().undoDescription());
        model.undoManager().undo();
        assertEquals(3533732888L, model.resultProperty().get().district().seed());
        model.undoManager().redo();
        assertEquals(42, model.resultProperty().get().district().seed());
        assertEquals(List.of("42", "the memory syndicate"), model.seedHistory().subList(0, 2));
        model.seedLockedProperty().set(true);
        model.reseed();
        assertEquals(42, model.resultProperty().get().district().seed(), "a locked seed stays");
    }

    @Test
    void regeneratingOneRoomChangesOnlyThatRoom() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        GenerationResult before = model.resultProperty().get();
        PlacedRoom target = before.district().rooms().stream().filter(r -> !r.pinned()).findFirst().orElseThrow();
        model.reseedPart("room:" + target.id());
        GenerationResult after = model.resultProperty().get();
        for (int i = 0; i < before.district().rooms().size(); i++) {
            PlacedRoom a = before.district().rooms().get(i);
            PlacedRoom b = after.district().rooms().get(i);
            if (!a.id().equals(target.id())) {
                assertEquals(a, b, "room " + a.id() + " must not change");
            }
        }
        assertNotEquals(before.district().room(target.id()).orElseThrow().interiorSeed(),
                after.district().room(target.id()).orElseThrow().interiorSeed());
        assertEquals("Regenerate room:" + target.id(), model.undoManager().undoDescription());
        model.undoManager().undo();
        assertEquals(before.district().rooms(), model.resultProperty().get().district().rooms());
    }

    @Test
    void pinningMakesAnAnchorThatSurvivesRegeneration() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        PlacedRoom room = model.resultProperty().get().district().rooms().stream()
                .filter(r -> !r.pinned() && r.type().equals("apartment")).findFirst().orElseThrow();
        model.pin(room.id(), room.bounds().x(), room.bounds().y());
        String anchor = "pin_" + room.id();
        PlacedRoom pinned = model.resultProperty().get().district().room(anchor).orElseThrow();
        assertEquals(room.bounds().x(), pinned.bounds().x());
        assertEquals(room.bounds().y(), pinned.bounds().y());
        model.setSeed("7");
        PlacedRoom kept = model.resultProperty().get().district().room(anchor).orElseThrow();
        assertEquals(room.bounds(), kept.bounds(), "the pin holds under another seed");
        model.unpin(anchor);
        assertTrue(model.resultProperty().get().district().room(anchor).isEmpty());
    }

    @Test
    void savesReopensAndRefusesACorruptFileWithoutLosingTheOpenProject() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        model.setSeed("99");
        Path saved = dir.resolve("copy.wbproj.json");
        boolean[] after = new boolean[1];
        model.saveAs(saved, () -> after[0] = true);
        assertTrue(after[0], "what was to follow the save ran");
        assertEquals(saved, model.fileProperty().get());
        assertTrue(!model.dirtyProperty().get());
        model.setSeed("100");
        assertTrue(model.save());
        assertTrue(Files.exists(dir.resolve("copy.wbproj.json.bak")), "the previous version is kept");
        EditorViewModel other = EditorFixtures.model();
        other.open(saved);
        assertEquals(100, other.resultProperty().get().district().seed());

        Path corrupt = dir.resolve("corrupt.wbproj.json");
        Files.writeString(corrupt, "{\"format\": 1, \"seed\": ");
        other.open(corrupt);
        assertNotNull(other.errorProperty().get());
        assertTrue(other.errorProperty().get().contains("corrupt.wbproj.json"));
        assertEquals(saved, other.fileProperty().get(), "the open project stays");
        assertEquals(100, other.resultProperty().get().district().seed());
        Path newer = dir.resolve("newer.wbproj.json");
        Files.writeString(newer, "{\"format\": 9, \"seed\": 1}");
        other.errorProperty().set(null);
        other.open(newer);
        assertTrue(other.errorProperty().get().contains("newer"));
    }

    @Test
    void savesAndOpensReplayBundles() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        model.reseedPart("case");
        Path bundle = dir.resolve("case.bundle.json");
        model.saveBundle(bundle);
        assertNull(model.errorProperty().get());
        var recorded = org.worldbench.engine.io.StrictJson.read(bundle, org.worldbench.engine.replay.ReplayBundle.class);
        assertEquals(6, recorded.hashes().size());
        EditorViewModel other = EditorFixtures.model();
        other.openBundle(bundle);
        assertEquals(model.resultProperty().get().caseFile(), other.resultProperty().get().caseFile());
        assertEquals(model.resultProperty().get().district().rooms(), other.resultProperty().get().district().rooms());
        Path junk = dir.resolve("junk.bundle.json");
        Files.writeString(junk, "{\"format\": 7}");
        other.openBundle(junk);
        assertNotNull(other.errorProperty().get());
        assertEquals(model.resultProperty().get().caseFile(), other.resultProperty().get().caseFile(), "the open project stays");
    }

    @Test
    void autosaveAndRecovery() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        Path file = dir.resolve("p.wbproj.json");
        Files.copy(EditorFixtures.sample(), file);
        model.open(file);
        assertTrue(model.autosave().isEmpty(), "nothing to save while clean");
        model.setSeed("5");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path auto = model.autosave().orElseThrow();
        assertTrue(EditorViewModel.hasRecovery(file));
        EditorViewModel recovered = EditorFixtures.model();
        recovered.open(auto);
        assertEquals(5, recovered.resultProperty().get().district().seed());

        EditorViewModel offered = EditorFixtures.model();
        offered.recover(file);
        assertEquals(5, offered.resultProperty().get().district().seed(), "recovery opens the autosave's content");
        assertEquals(file, offered.fileProperty().get(), "to be saved to the project's own file");
        assertTrue(offered.dirtyProperty().get(), "and unsaved");
    }

    @Test
    void aSaveThatFailsSaysWhyAndRunsNothingAfter() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        model.setSeed("7");
        Path notAFolder = dir.resolve("a-file");
        Files.writeString(notAFolder, "");
        Path nowhere = notAFolder.resolve("p.wbproj.json"); // beneath a file: cannot be written
        boolean[] after = new boolean[1];
        model.saveAs(nowhere, () -> after[0] = true);
        assertTrue(!after[0], "nothing follows a failed save");
        assertNotNull(model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("p.wbproj.json"), model.errorProperty().get());
        assertTrue(model.dirtyProperty().get(), "still unsaved");
        assertEquals(EditorFixtures.sample(), model.fileProperty().get());
    }

    @Test
    void fileWorkRunsAsABackgroundJob() throws Exception {
        List<String> jobs = new ArrayList<>();
        TaskExecutor recording = new TaskExecutor() {
            @Override
            public <T> Handle submit(String name, Function<Monitor, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                jobs.add(name);
                return new org.worldbench.editor.task.SyncTaskExecutor().submit(name, work, onDone, onFailure);
            }
        };
        EditorViewModel model = EditorFixtures.model(recording);
        Path file = dir.resolve("jobs.wbproj.json");
        Files.copy(EditorFixtures.sample(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        model.open(file);
        model.setSeed("8");
        model.autosave();
        model.save();
        model.saveBundle(dir.resolve("jobs.bundle.json"));
        assertTrue(jobs.containsAll(List.of("Opening jobs.wbproj.json", "Saving jobs.wbproj.json", "Autosaving", "Recording jobs.bundle.json")),
                "opening, saving, autosaving and recording each ran as a job: " + jobs);
    }

    @Test
    void aBurstOfRequestsAppliesOnlyTheNewestResult() throws Exception {
        List<Runnable> deferred = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> Handle submit(String name, Function<Monitor, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                deferred.add(() -> onDone.accept(work.apply(Monitor.NONE)));
                return () -> { };
            }
        };
        EditorViewModel model = EditorFixtures.model(later);
        model.open(EditorFixtures.sample());
        model.setSeed("1"); // before the file is read: nothing to change yet
        assertEquals(0, model.requestCount());
        deferred.remove(0).run(); // the file is read: the project opens and its generation is asked for
        for (int s = 1; s <= 5; s++) {
            model.setSeed(Long.toString(s));
        }
        assertNull(model.resultProperty().get());
        // Results arrive out of order: the newest first, then the stale ones.
        deferred.get(deferred.size() - 1).run();
        assertEquals(5, model.resultProperty().get().district().seed());
        for (int i = 0; i < deferred.size() - 1; i++) {
            deferred.get(i).run();
        }
        assertEquals(5, model.resultProperty().get().district().seed(), "stale results are dropped");
        assertEquals(6, model.requestCount());
    }

    @Test
    void aRefusedRequestShowsAnErrorAndKeepsTheLastResult() throws Exception {
        EditorViewModel model = EditorFixtures.model();
        model.open(EditorFixtures.sample());
        GenerationResult good = model.resultProperty().get();
        PlacedRoom office = good.district().room("office").orElseThrow();
        model.pin("scene", office.bounds().x() + 1, office.bounds().y() + 1); // on top of another anchor
        assertNotNull(model.errorProperty().get());
        assertTrue(model.errorProperty().get().contains("overlap"), model.errorProperty().get());
        assertEquals(good, model.resultProperty().get());
        model.undoManager().undo();
    }
}
