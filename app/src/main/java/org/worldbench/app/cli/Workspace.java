package org.worldbench.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.pipeline.GenerationPipeline;
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

    /** The templates folder: {@code dir} when given, else the workspace's {@code templates/}. */
    public static Path templatesFolder(Path dir) throws InputException {
        Path folder = dir != null ? dir : root().resolve("templates");
        if (!Files.isDirectory(folder.resolve("rooms"))) {
            throw new InputException(folder.toString(), "", "not a templates folder (no rooms/ inside)");
        }
        return folder;
    }

    /** Loads the room templates of a templates folder ({@code dir}, or the workspace's when null). */
    public static TemplateLibrary templates(Path dir) throws InputException {
        return TemplateLibrary.load(templatesFolder(dir).resolve("rooms"));
    }

    /** The generation pipeline over a templates folder ({@code dir}, or the workspace's when null). */
    public static GenerationPipeline pipeline(Path dir) throws InputException {
        Path folder = templatesFolder(dir);
        return new GenerationPipeline(TemplateLibrary.load(folder.resolve("rooms")), CaseLibrary.load(folder));
    }
}
