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

    /** Opens the editor and blocks until its window closes. */
    public static void launch(Path project) {
        if (project != null) {
            System.setProperty(EditorApp.PROJECT_PROPERTY, project.toAbsolutePath().toString());
        }
        Application.launch(EditorApp.class);
    }
}
