package org.worldbench.engine.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.export.GeneratorVersion;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.task.Monitor;

/** Records replay bundles and replays them against today's generator. */
public final class Replayer {

    private final GenerationPipeline pipeline;

    public Replayer(GenerationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Generates the project and records its bundle. */
    public ReplayBundle record(Project project) throws RequestException {
        GenerationResult result = pipeline.run(project, Monitor.NONE);
        return new ReplayBundle(ReplayBundle.FORMAT, GeneratorVersion.VALUE, project, LayerHashes.of(result));
    }

    /** Regenerates a bundle's request and compares every layer. */
    public ReplayReport replay(ReplayBundle bundle) throws RequestException {
        GenerationResult result = pipeline.run(bundle.project(), Monitor.NONE);
        Map<String, String> now = LayerHashes.of(result);
        List<ReplayReport.Layer> layers = new ArrayList<>();
        for (String layer : LayerHashes.LAYERS) {
            String recorded = bundle.hashes().get(layer);
            if (recorded != null) {
                layers.add(new ReplayReport.Layer(layer, recorded, now.get(layer)));
            }
        }
        return new ReplayReport(bundle.generatorVersion().equals(GeneratorVersion.VALUE), bundle.generatorVersion(),
                GeneratorVersion.VALUE, layers);
    }
}
