package org.worldbench.editor;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for files; the window uses file choosers, tests answer directly. */
public interface FileChooserPort {

    /** A port that never offers a file (offscreen rendering, measurements). */
    FileChooserPort NONE = new FileChooserPort() {
        @Override
        public Optional<Path> open() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveAs() {
            return Optional.empty();
        }
    };

    /** A project file to open, or empty when the user cancels. */
    Optional<Path> open();

    /** A file to save the project to, or empty when the user cancels. */
    Optional<Path> saveAs();

    /** What to do with a project's unsaved changes before it is closed or replaced. */
    enum UnsavedChanges {
        /** Save them (to its file, or to one asked for), then go on. */
        SAVE,
        /** Go on without them. */
        DISCARD,
        /** Keep the project open as it is. */
        CANCEL
    }

    /**
     * Asks what to do with the unsaved changes of the project called {@code name}; the default,
     * for windows nobody edits (offscreen pictures, measurements), discards them.
     */
    default UnsavedChanges unsavedChanges(String name) {
        return UnsavedChanges.DISCARD;
    }

    /** Recently opened or saved projects, most recent first. */
    default java.util.List<Path> recent() {
        return java.util.List.of();
    }
}
