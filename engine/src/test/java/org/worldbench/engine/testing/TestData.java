package org.worldbench.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.template.TemplateLibrary;

/** Finds the repository's data folders from wherever the tests run, and loads them once. */
public final class TestData {

    private static TemplateLibrary library;
    private static org.worldbench.engine.cases.CaseLibrary cases;

    /** The shipped case templates and names. */
    public static synchronized org.worldbench.engine.cases.CaseLibrary cases() {
        if (cases == null) {
            try {
                cases = org.worldbench.engine.cases.CaseLibrary.load(root().resolve("templates"));
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return cases;
    }

    private TestData() {
    }

    /** The repository root: the nearest folder upwards holding {@code templates/rooms}. */
    public static Path root() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates").resolve("rooms"))) {
                return at;
            }
        }
        throw new IllegalStateException("no templates/rooms folder above " + Path.of("").toAbsolutePath());
    }

    /** The shipped room templates. */
    public static synchronized TemplateLibrary templates() {
        if (library == null) {
            try {
                library = TemplateLibrary.load(root().resolve("templates").resolve("rooms"));
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return library;
    }
}
