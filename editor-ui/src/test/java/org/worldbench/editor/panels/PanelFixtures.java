package org.worldbench.editor.panels;

import java.nio.file.Path;
import org.worldbench.editor.EditorFixtures;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.ProjectFiles;
import org.worldbench.engine.task.Monitor;

/** The repository's templates and sample project, for the panels' tests. */
final class PanelFixtures {

    private static GenerationResult sampleResult;

    private PanelFixtures() {
    }

    static GenerationPipeline pipeline() throws Exception {
        return EditorFixtures.pipeline();
    }

    static Path sample() {
        return EditorFixtures.sample();
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
