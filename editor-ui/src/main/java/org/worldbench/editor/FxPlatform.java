package org.worldbench.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX platform once for offscreen work (screenshots, measurements). */
public final class FxPlatform {

    private FxPlatform() {
    }

    /** Starts JavaFX if it is not running yet and waits until it is. */
    public static void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
    }
}
