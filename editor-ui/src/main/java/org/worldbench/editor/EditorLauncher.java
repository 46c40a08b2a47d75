package org.worldbench.editor;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the JavaFX editor. Kept apart from {@link EditorApp} so callers never need JavaFX on the
 * compile path of their main class.
 */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    /**
     * Opens the editor and blocks until its window closes.
     *
     * @throws IllegalStateException with a line a user can act on when no window can be opened
     *                               (no display, or no GTK 3 for JavaFX on Linux)
     */
    public static void launch(Path project) {
        if (project != null) {
            System.setProperty(EditorApp.PROJECT_PROPERTY, project.toAbsolutePath().toString());
        }
        try {
            Application.launch(EditorApp.class);
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot open the editor window: " + e.getMessage()
                    + " (JavaFX on Linux needs a display and GTK 3, e.g. the package libgtk-3-0)", e);
        }
    }
}
