package org.worldbench.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.SyncTaskExecutor;
import org.worldbench.editor.task.TaskExecutor;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.template.TemplateLibrary;

/** The repository's templates and samples, and view models over them, for editor tests. */
public final class EditorFixtures {

    private static GenerationPipeline pipeline;

    private EditorFixtures() {
    }

    public static Path root() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates/rooms"))) {
                return at;
            }
        }
        throw new IllegalStateException("no templates folder above the working folder");
    }

    public static synchronized GenerationPipeline pipeline() throws Exception {
        if (pipeline == null) {
            Path templates = root().resolve("templates");
            pipeline = new GenerationPipeline(TemplateLibrary.load(templates.resolve("rooms")), CaseLibrary.load(templates));
        }
        return pipeline;
    }

    public static EditorViewModel model() throws Exception {
        return model(new SyncTaskExecutor());
    }

    public static EditorViewModel model(TaskExecutor executor) throws Exception {
        return new EditorViewModel(pipeline(), executor, new UndoManager());
    }

    public static Path sample() {
        return root().resolve("samples/noir-quarter.wbproj.json");
    }
}
