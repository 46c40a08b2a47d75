package org.worldbench.editor.undo;

/** One undoable edit (after Scene Builder's Job): do it, undo it, and say what it is. */
public interface Job {

    /** Does (or redoes) the edit. */
    void execute();

    /** Reverts the edit. */
    void undo();

    /** What the edit is, for the Edit menu ("Pin r7 at 12,30"). */
    String description();
}
