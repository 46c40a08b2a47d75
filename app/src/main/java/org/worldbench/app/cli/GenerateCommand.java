package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.task.Monitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: district, case, population and validation to the export JSON, and a picture. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a district with its case and write the export JSON (and optionally a PNG).")
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Export JSON to write.")
    Path out;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write a picture of the tile map.")
    Path png;

    @Option(names = "--scale", defaultValue = "8", paramLabel = "PX", description = "Pixels a tile in the PNG (2..32, default 8).")
    int scale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (scale < 2 || scale > 32) {
            throw new InputException("command line", "--scale", "must be 2..32, was " + scale);
        }
        Project project = request.resolve();
        GenerationResult result = run(Workspace.pipeline(request.templates), project, request);
        String json = CanonicalJson.write(result.toExport());
        byte[] picture = png != null ? DistrictPicture.png(result.district(), scale) : null;
        AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        if (picture != null) {
            AtomicFiles.write(png, picture);
        }
        var d = result.district();
        spec.commandLine().getOut().printf("district %dx%d, %d rooms, %d connections; %s case, %d clues; %d entities; "
                + "score %.1f%s -> %s%n", d.width(), d.height(), d.rooms().size(), d.connections().size(),
                result.caseFile().type(), result.caseFile().evidence().size(), result.population().entities().size(),
                result.validation().score(), result.validation().valid() ? "" : " INVALID " + result.validation().issues(), out);
        return WorldBenchCli.OK;
    }

    /** Runs the pipeline, turning a request the generator refuses into bad input of its source. */
    static GenerationResult run(GenerationPipeline pipeline, Project project, RequestOptions options) throws InputException {
        try {
            return pipeline.run(project, Monitor.NONE);
        } catch (RequestException e) {
            throw options.blame(e);
        }
    }
}
