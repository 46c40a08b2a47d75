package org.worldbench.editor.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Puts the panels' new pictures on screen together. A regeneration repaints four panels one after
 * another on the paint thread; shown one by one, each would start a frame whose render competes
 * with the paintings still running, and on two cores a frame then takes longer than the display
 * allows. Held until the last panel is done (never longer than {@value #MAX_HOLD_MILLIS} ms), they
 * are rendered in one frame with the cores to themselves.
 *
 * <p>FX thread only.
 */
public final class PictureSwaps {

    /** The longest a finished picture waits for the other panels. */
    static final long MAX_HOLD_MILLIS = 25;

    private final List<PaintedPanel> panels = new ArrayList<>();
    private final PauseTransition deadline = new PauseTransition(Duration.millis(MAX_HOLD_MILLIS));
    // Checked on a later turn: the panel that just finished is still marked busy until its
    // painter has wound up, which happens right after pictureWaiting() returns.
    private final org.worldbench.editor.task.Coalescer check = new org.worldbench.editor.task.Coalescer(this::showIfNonePainting);

    public PictureSwaps() {
        deadline.setOnFinished(e -> flush());
    }

    /** Makes a panel show its pictures through this batch. */
    public void add(PaintedPanel panel) {
        panels.add(panel);
        panel.swapThrough(this);
    }

    /** A panel has a picture waiting: show the batch once no panel is painting any more. */
    void pictureWaiting() {
        check.request();
        if (deadline.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            deadline.playFromStart();
        }
    }

    private void showIfNonePainting() {
        if (panels.stream().noneMatch(PaintedPanel::working)) {
            flush();
        }
    }

    private void flush() {
        deadline.stop();
        for (PaintedPanel p : panels) {
            p.showWaitingPicture();
        }
    }
}
