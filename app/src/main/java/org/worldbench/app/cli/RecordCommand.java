package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.replay.ReplayBundle;
import org.worldbench.engine.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code record}: writes a replay bundle — the request, the generator version and each layer's hash. */
@Command(name = "record", mixinStandardHelpOptions = true, description = "Record a replay bundle of one generation.")
public final class RecordCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "Bundle JSON to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = request.resolve();
        ReplayBundle bundle;
        try {
            bundle = new Replayer(Workspace.pipeline(request.templates)).record(project);
        } catch (RequestException e) {
            throw request.blame(e);
        }
        AtomicFiles.write(out, Bundles.toJson(bundle).getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().printf("recorded seed %d (%d layers) -> %s%n", project.seed().value(),
                bundle.hashes().size(), out);
        return WorldBenchCli.OK;
    }

    /** Bundle serialization shared by the commands that read and write bundles. */
    static final class Bundles {
        private Bundles() {
        }

        static String toJson(ReplayBundle bundle) {
            return CanonicalJson.write(CanonicalJson.mapper().valueToTree(bundle));
        }
    }
}
