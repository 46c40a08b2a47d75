package org.worldbench.editor.task;

import javafx.application.Platform;

/**
 * Runs an action once on a later turn of the FX event loop, however often it is asked for before
 * then. For views that mirror state which can change a thousand times in one burst (a stream of
 * typed or scripted seeds): the view catches up once, with the state as it is by then.
 *
 * <p>FX thread only.
 */
public final class Coalescer {

    private final Runnable action;
    private boolean scheduled;

    public Coalescer(Runnable action) {
        this.action = action;
    }

    /** Asks for the action; it runs once, after the events already queued. */
    public void request() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                action.run();
            });
        }
    }
}
