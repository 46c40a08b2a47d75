package org.worldbench.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.editor.EditorLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code edit [PROJECT]}: opens the editor, on a project file when one is given. */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Open the editor (on a project file when given).")
public final class EditCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "Project file to open.")
    Path project;

    @Override
    public Integer call() throws Exception {
        if (project != null && !java.nio.file.Files.isRegularFile(project)) {
            throw new org.worldbench.engine.io.InputException(project.toString(), "", "file not found");
        }
        try {
            EditorLauncher.launch(project);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return WorldBenchCli.PROBLEM;
        }
        return WorldBenchCli.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
}
