package org.worldbench.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.template.TemplateLibrary;

/**
 * Finds the data folders (templates, samples) the CLI and the editor need: the {@code --templates}
 * option when given, else {@code templates/} in the working folder or one of its parents, else the
 * repository the running jar was built in.
 */
public final class Workspace {

    private Workspace() {
    }

    /** The repository (or install) root holding {@code templates/rooms}. */
    public static Path root() throws InputException {
        String configured = System.getProperty("worldbench.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "templates", "rooms"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates").resolve("rooms"))) {
                return at;
            }
        }
        try {
            Path jar = Paths.get(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path at = jar.toAbsolutePath(); at != null; at = at.getParent()) {
                if (Files.isDirectory(at.resolve("templates").resolve("rooms"))) {
                    return at;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new InputException("templates", "", "cannot find the templates/rooms folder: run from the WorldBench "
                + "folder or pass --templates DIR");
    }

    /** Loads the room templates from {@code dir}, or from the workspace when {@code dir} is null. */
    public static TemplateLibrary templates(Path dir) throws InputException {
        Path folder = dir != null ? dir : root().resolve("templates").resolve("rooms");
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "", "not a folder of room templates");
        }
        return TemplateLibrary.load(folder);
    }
}
