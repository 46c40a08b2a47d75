package org.worldbench.editor.panels;

import java.nio.file.Files;
import java.nio.file.Path;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.ProjectFiles;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.template.TemplateLibrary;

/** The repository's templates and sample project, for the panels' tests. */
final class PanelFixtures {

    private static GenerationPipeline pipeline;
    private static GenerationResult sampleResult;

    private PanelFixtures() {
    }

    static Path root() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates/rooms"))) {
                return at;
            }
        }
        throw new IllegalStateException("no templates folder above the working folder");
    }

    static synchronized GenerationPipeline pipeline() throws Exception {
        if (pipeline == null) {
            Path templates = root().resolve("templates");
            pipeline = new GenerationPipeline(TemplateLibrary.load(templates.resolve("rooms")), CaseLibrary.load(templates));
        }
        return pipeline;
    }

    static Path sample() {
        return root().resolve("samples/noir-quarter.wbproj.json");
    }

    /** The sample project generated once (results are immutable). */
    static synchronized GenerationResult sampleResult() throws Exception {
        if (sampleResult == null) {
            sampleResult = pipeline().run(ProjectFiles.read(sample()), Monitor.NONE);
        }
        return sampleResult;
    }

    /** The sample project generated with another seed. */
    static GenerationResult sampleResult(long seed) throws Exception {
        return pipeline().run(ProjectFiles.read(sample()).withSeed(org.worldbench.engine.project.ProjectSeed.of(seed)), Monitor.NONE);
    }
}
