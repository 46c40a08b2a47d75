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

    /** Recently opened or saved projects, most recent first. */
    default java.util.List<Path> recent() {
        return java.util.List.of();
    }
}
