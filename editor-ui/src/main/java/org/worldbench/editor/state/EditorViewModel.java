package org.worldbench.editor.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.worldbench.editor.task.TaskExecutor;
import org.worldbench.editor.undo.Job;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.district.AnchorPin;
import org.worldbench.engine.district.PartOverride;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectFiles;
import org.worldbench.engine.project.ProjectSeed;

/**
 * The editor's shared state and its actions: the project, the newest generation, the selection
 * every panel shares, seed history, and the edits (re-seed, pin, unpin, regenerate a part) as
 * undoable jobs. Generation runs on the task executor; only the newest request's result is applied.
 */
public final class EditorViewModel {

    private final GenerationPipeline pipeline;
    private final TaskExecutor executor;
    private final UndoManager undo;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<GenerationResult> result = new ReadOnlyObjectWrapper<>();
    private final StringProperty selectedRoom = new SimpleStringProperty();
    private final StringProperty selectedEvidence = new SimpleStringProperty();
    private final ObservableList<String> seedHistory = FXCollections.observableArrayList();
    private final BooleanProperty seedLocked = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final AtomicLong requests = new AtomicLong();
    private long applied;
    private long answered;
    private TaskExecutor.Handle running;
    /** Held by a file job while it reads or writes: one at a time. */
    private final Object fileJobs = new Object();

    public EditorViewModel(GenerationPipeline pipeline, TaskExecutor executor, UndoManager undo) {
        this.pipeline = pipeline;
        this.executor = executor;
        this.undo = undo;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ReadOnlyObjectProperty<GenerationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringProperty selectedRoomProperty() {
        return selectedRoom;
    }

    public StringProperty selectedEvidenceProperty() {
        return selectedEvidence;
    }

    public ObservableList<String> seedHistory() {
        return seedHistory;
    }

    public BooleanProperty seedLockedProperty() {
        return seedLocked;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The newest error message for a dialog; the view clears it once shown. */
    public StringProperty errorProperty() {
        return error;
    }

    public UndoManager undoManager() {
        return undo;
    }

    /**
     * Opens a project (or a new one when {@code path} is null) and generates it. The file is read
     * on a background task; until it is in, and if it cannot be read (the error says why), the open
     * project stays as it was.
     */
    public void open(Path path) {
        if (path == null) {
            show(Project.create("untitled", ProjectSeed.of(42)), null, false);
            return;
        }
        fileJob("Opening " + path.getFileName(), () -> ProjectFiles.read(path), loaded -> show(loaded, path, false), null);
    }

    /**
     * Opens the autosave a crash left beside {@code projectFile}: its content, unsaved, to be saved
     * to {@code projectFile}.
     */
    public void recover(Path projectFile) {
        Path auto = autosavePath(projectFile);
        fileJob("Recovering " + projectFile.getFileName(), () -> ProjectFiles.read(auto), loaded -> show(loaded, projectFile, true), null);
    }

    /** Makes {@code loaded} the open project, saved to {@code path} (null: nowhere yet), and generates it. */
    private void show(Project loaded, Path path, boolean unsaved) {
        file.set(path);
        project.set(loaded);
        dirty.set(unsaved);
        undo.clear();
        remember(loaded.seed().display());
        regenerate();
    }

    /** Opens a replay bundle: its request becomes the (unsaved) project. Read on a background task. */
    public void openBundle(Path path) {
        fileJob("Opening " + path.getFileName(), () -> org.worldbench.engine.io.StrictJson.read(path,
                org.worldbench.engine.replay.ReplayBundle.class), bundle -> show(bundle.project(), null, true), null);
    }

    /**
     * Records the current project as a replay bundle (request, generator version, layer hashes),
     * generating it on a background task.
     */
    public void saveBundle(Path path) {
        Project snapshot = project.get();
        fileJob("Recording " + path.getFileName(), () -> {
            org.worldbench.engine.replay.ReplayBundle bundle = new org.worldbench.engine.replay.Replayer(pipeline).record(snapshot);
            byte[] json = org.worldbench.engine.export.CanonicalJson.write(
                    org.worldbench.engine.export.CanonicalJson.mapper().valueToTree(bundle)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.worldbench.engine.io.AtomicFiles.write(path, json);
            return path;
        }, written -> { }, path + ": cannot record a bundle: ");
    }

    /**
     * Saves to the project's file (atomically, keeping a backup) on a background task, then runs
     * {@code then}; false, and nothing done, when the project has no file yet.
     */
    public boolean save(Runnable then) {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get(), then);
        return true;
    }

    /** {@link #save(Runnable)} with nothing to run after. */
    public boolean save() {
        return save(() -> { });
    }

    /** Saves to a new file on a background task, then runs {@code then} (not if the save failed: the error says why). */
    public void saveAs(Path path, Runnable then) {
        Project snapshot = project.get();
        fileJob("Saving " + path.getFileName(), () -> {
            ProjectFiles.write(path, snapshot);
            return path;
        }, written -> {
            file.set(written);
            dirty.set(project.get() != snapshot); // edits made while it was written are still unsaved
            then.run();
        }, path + ": cannot save: ");
    }

    /** {@link #saveAs(Path, Runnable)} with nothing to run after. */
    public void saveAs(Path path) {
        saveAs(path, () -> { });
    }

    /**
     * Writes the autosave beside the project file on a background task (nothing for an unsaved or
     * clean project); the file it writes, if any.
     */
    public Optional<Path> autosave() {
        if (file.get() == null || !dirty.get()) {
            return Optional.empty();
        }
        Path auto = autosavePath(file.get());
        Project snapshot = project.get();
        fileJob("Autosaving", () -> {
            org.worldbench.engine.io.AtomicFiles.write(auto, ProjectFiles.toJson(snapshot).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return auto;
        }, written -> { }, auto + ": cannot autosave: ");
        return Optional.of(auto);
    }

    /** Work on files that may fail with bad input or an I/O error. */
    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws InputException, IOException, RequestException;
    }

    /**
     * Runs file work on a background task, one file job at a time (two saves never interleave
     * their temporary files and backups); {@code onDone} on the FX thread. A failure sets the error:
     * the exception's own message (which names the file), after {@code failurePrefix} when given.
     */
    private <T> void fileJob(String name, FileWork<T> work, java.util.function.Consumer<T> onDone, String failurePrefix) {
        executor.submit(name, monitor -> {
            synchronized (fileJobs) {
                try {
                    return work.run();
                } catch (InputException | IOException | RequestException e) {
                    throw new FileJobFailed(e);
                }
            }
        }, onDone, failure -> {
            Throwable cause = failure instanceof FileJobFailed f ? f.getCause() : failure;
            error.set((failurePrefix == null ? "" : failurePrefix) + cause.getMessage());
        });
    }

    /** Carries a file job's checked failure out of the task. */
    private static final class FileJobFailed extends RuntimeException {
        FileJobFailed(Exception cause) {
            super(cause);
        }
    }

    /** Where a project's autosave lives. */
    public static Path autosavePath(Path projectFile) {
        return projectFile.resolveSibling(projectFile.getFileName() + ".autosave.json");
    }

    /** True when an autosave newer than the project file exists (a crash left work behind). */
    public static boolean hasRecovery(Path projectFile) {
        Path auto = autosavePath(projectFile);
        try {
            return Files.exists(auto) && Files.getLastModifiedTime(auto).compareTo(Files.getLastModifiedTime(projectFile)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sets the seed as typed (a number or a text); undoable. */
    public void setSeed(String typed) {
        if (project.get() == null) {
            return; // nothing open yet (a project is still being read)
        }
        if (typed == null || typed.isBlank()) {
            error.set("the seed must not be empty");
            return;
        }
        ProjectSeed seed = ProjectSeed.parse(typed);
        change("Seed " + seed.display(), project.get().withSeed(seed));
        remember(seed.display());
    }

    /** A random new seed, unless the seed is locked; undoable. */
    public void reseed() {
        if (seedLocked.get()) {
            return;
        }
        setSeed(Long.toString(ThreadLocalRandom.current().nextLong(0, 1L << 32)));
    }

    /** Re-seeds a part ({@code room:ID}, {@code subtree:ID}, {@code region:…}, {@code case}) with a random seed; undoable. */
    public void reseedPart(String part) {
        if (project.get() == null) {
            return;
        }
        List<PartOverride> overrides = new ArrayList<>(project.get().overrides());
        overrides.add(new PartOverride(part, ThreadLocalRandom.current().nextLong(0, 1L << 32)));
        change("Regenerate " + part, project.get().withOverrides(overrides));
    }

    /** Pins a room as a narrative anchor at a tile (its template and rotation kept); undoable. */
    public void pin(String roomId, int x, int y) {
        GenerationResult r = result.get();
        Optional<PlacedRoom> room = r == null ? Optional.empty() : r.district().room(roomId);
        if (room.isEmpty()) {
            return;
        }
        PlacedRoom placed = room.get();
        String anchorId = placed.anchor() != null ? placed.anchor() : "pin_" + roomId;
        List<AnchorPin> anchors = new ArrayList<>();
        for (AnchorPin a : project.get().anchors()) {
            if (!a.id().equals(anchorId)) {
                anchors.add(a);
            }
        }
        anchors.add(new AnchorPin(anchorId, placed.templateId(), Math.max(0, x), Math.max(0, y), false, placed.rotation()));
        change((placed.anchor() != null ? "Move " : "Pin ") + anchorId + " at " + x + "," + y, project.get().withAnchors(anchors));
        selectedRoom.set(anchorId);
    }

    /** Removes a narrative anchor; undoable. */
    public void unpin(String anchorId) {
        if (project.get() == null) {
            return;
        }
        List<AnchorPin> anchors = project.get().anchors().stream().filter(a -> !a.id().equals(anchorId)).toList();
        if (anchors.size() != project.get().anchors().size()) {
            change("Unpin " + anchorId, project.get().withAnchors(anchors));
        }
    }

    /** Replaces the project through an undoable job that regenerates after each step. */
    public void change(String description, Project next) {
        Project before = project.get();
        undo.execute(new Job() {
            @Override
            public void execute() {
                project.set(next);
                dirty.set(true);
                regenerate();
            }

            @Override
            public void undo() {
                project.set(before);
                dirty.set(true);
                regenerate();
            }

            @Override
            public String description() {
                return description;
            }
        });
    }

    /** Generates the current project in the background; bursts coalesce to the newest request. */
    public void regenerate() {
        Project asked = project.get();
        GenerationResult previous = result.get();
        long ticket = requests.incrementAndGet();
        if (running != null) {
            running.cancel();
        }
        running = executor.submit("Generating", monitor -> {
            try {
                return previous == null ? pipeline.run(asked, monitor) : pipeline.rerun(previous, asked, monitor);
            } catch (RequestException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, done -> {
            answered = Math.max(answered, ticket);
            if (ticket > applied) {
                applied = ticket;
                result.set(done);
            }
        }, failure -> {
            answered = Math.max(answered, ticket);
            error.set(failure.getMessage());
        });
    }

    /** True while the newest generation request has not been answered (nor cancelled). */
    public boolean busy() {
        return running != null && answered < requests.get();
    }

    /** Cancels the running generation, if any; the last result stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** How many generation requests were made (for the coalescing figures and tests). */
    public long requestCount() {
        return requests.get();
    }

    private void remember(String seed) {
        if (!seedHistory.isEmpty() && seedHistory.get(0).equals(seed)) {
            return;
        }
        // One change for the list's listeners, not a removal, an insertion and a trim.
        List<String> next = new ArrayList<>(seedHistory.size() + 1);
        next.add(seed);
        for (String s : seedHistory) {
            if (!s.equals(seed) && next.size() < 20) {
                next.add(s);
            }
        }
        seedHistory.setAll(next);
    }
}
