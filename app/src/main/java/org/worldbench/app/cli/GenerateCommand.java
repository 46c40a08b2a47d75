package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.export.ExportDocument;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: one district (and what later stages add) to the export JSON, and a picture. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a district and write the export JSON (and optionally a PNG).")
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
        DistrictGenerator generator = new DistrictGenerator(Workspace.templates(request.templates));
        long started = System.nanoTime();
        District district = generate(generator, project, request);
        long micros = (System.nanoTime() - started) / 1000;
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("districtMicros", micros);
        String json = CanonicalJson.write(ExportDocument.build(district, project.seed().text(), Map.of(), timings));
        byte[] picture = png != null ? DistrictPicture.png(district, scale) : null;
        AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        if (picture != null) {
            AtomicFiles.write(png, picture);
        }
        spec.commandLine().getOut().printf("district %dx%d, %d rooms, %d connections, seed %d -> %s%n",
                district.width(), district.height(), district.rooms().size(), district.connections().size(),
                district.seed(), out);
        return WorldBenchCli.OK;
    }

    /** Generates, turning a request the generator refuses into bad input of the project file. */
    static District generate(DistrictGenerator generator, Project project, RequestOptions options) throws InputException {
        try {
            return generator.generate(project.districtRequest());
        } catch (RequestException e) {
            throw options.blame(e);
        }
    }
}
