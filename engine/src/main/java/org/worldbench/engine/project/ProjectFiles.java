package org.worldbench.engine.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;

/**
 * Reads and writes project files. Reading is strict (see {@link StrictJson}); writing is atomic and
 * keeps the previous file as {@code <name>.bak}, so a crash mid-save never loses a project.
 */
public final class ProjectFiles {

    /** The file name suffix of project files. */
    public static final String SUFFIX = ".wbproj.json";

    private ProjectFiles() {
    }

    /** Reads a project file strictly. */
    public static Project read(Path file) throws InputException {
        return StrictJson.read(file, Project.class);
    }

    /** The project as pretty-printed JSON with a trailing newline, fields in a fixed order. */
    public static String toJson(Project project) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        ObjectWriter writer = StrictJson.mapper().writer(printer);
        try {
            return writer.writeValueAsString(project).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project always serializes", e);
        }
    }

    /** Saves atomically, keeping the previous version beside it as a backup. */
    public static void write(Path file, Project project) throws IOException {
        AtomicFiles.writeKeepingBackup(file, toJson(project).getBytes(StandardCharsets.UTF_8));
    }
}
