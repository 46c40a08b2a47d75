package org.worldbench.editor.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Keeps the undo and redo stacks of {@link Job}s and a revision number that changes with every
 * execute, undo and redo, so views can rebind their menu texts.
 */
public final class UndoManager {

    private final Deque<Job> undo = new ArrayDeque<>();
    private final Deque<Job> redo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Executes a job and makes it undoable; clears the redo stack. */
    public void execute(Job job) {
        job.execute();
        undo.push(job);
        redo.clear();
        revision.set(revision.get() + 1);
    }

    /** Undoes the latest job, if any. */
    public void undo() {
        if (!undo.isEmpty()) {
            Job job = undo.pop();
            job.undo();
            redo.push(job);
            revision.set(revision.get() + 1);
        }
    }

    /** Redoes the latest undone job, if any. */
    public void redo() {
        if (!redo.isEmpty()) {
            Job job = redo.pop();
            job.execute();
            undo.push(job);
            revision.set(revision.get() + 1);
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Description of what Undo would revert, or empty. */
    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    /** Description of what Redo would do, or empty. */
    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
    }

    /** Forgets everything (a new or opened project). */
    public void clear() {
        undo.clear();
        redo.clear();
        revision.set(revision.get() + 1);
    }

    /** Changes with every execute, undo, redo or clear. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
