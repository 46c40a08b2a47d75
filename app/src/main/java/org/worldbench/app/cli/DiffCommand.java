package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.worldbench.engine.diff.DiffReport;
import org.worldbench.engine.diff.ExportDiff;
import org.worldbench.engine.export.GraphPictures;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.replay.ReplayBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diff A B}: what changed between two seeds ({@code seed:42}, with the settings of
 * {@code --project}), two replay bundles or two exports. Prints a summary line a layer and the
 * details; {@code --heatmap} writes the changed tiles as a picture. Exit 0 identical, 1 different.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two seeds (seed:N), bundles or exports: rooms, tiles, connections, evidence.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "seed:N, a bundle or an export.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "seed:N, a bundle or an export.")
    String second;

    @Mixin
    RequestOptions request;

    @Option(names = "--heatmap", paramLabel = "PNG", description = "Write a heatmap of the changed tiles.")
    Path heatmap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (request.seed == null && request.project == null) {
            request.seed = "0";
        }
        Project base = request.resolve();
        GenerationPipeline pipeline = Workspace.pipeline(request.templates);
        JsonNode a = load(first, base, pipeline);
        JsonNode b = load(second, base, pipeline);
        DiffReport report = ExportDiff.compare(a, b);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s -> %s: %s%n", first, second, report.identical() ? "identical" : "different");
        report.summary().forEach(line -> out.println("  " + line));
        detail(out, "rooms added", report.roomsAdded());
        detail(out, "rooms removed", report.roomsRemoved());
        detail(out, "rooms moved", report.roomsMoved());
        detail(out, "rooms re-templated", report.roomsRetemplated());
        detail(out, "connections added", report.connectionsAdded());
        detail(out, "connections removed", report.connectionsRemoved());
        detail(out, "connections changed", report.connectionsChanged());
        detail(out, "evidence moved", report.evidenceMoved());
        detail(out, "evidence re-gated", report.evidenceRegated());
        detail(out, "evidence added/removed", report.evidenceAddedOrRemoved());
        if (heatmap != null) {
            AtomicFiles.write(heatmap, GraphPictures.png(ExportDiff.heatmap(b, report, 6)));
        }
        return report.identical() ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }

    private static void detail(PrintWriter out, String what, java.util.List<String> items) {
        if (!items.isEmpty()) {
            out.printf(Locale.ROOT, "  %s: %s%n", what, items.size() > 30 ? items.subList(0, 30) + " …" : items);
        }
    }

    private JsonNode load(String what, Project base, GenerationPipeline pipeline) throws Exception {
        if (what.startsWith("seed:")) {
            String seed = what.substring("seed:".length());
            if (seed.isBlank()) {
                throw new InputException("command line", what, "expected seed:N or seed:text");
            }
            return GenerateCommand.run(pipeline, base.withSeed(ProjectSeed.parse(seed)), request).toExport();
        }
        Path file = Path.of(what);
        if (!Files.isRegularFile(file)) {
            throw new InputException(what, "", "neither seed:N nor an existing bundle or export file");
        }
        JsonNode node = StrictJson.read(file, JsonNode.class);
        if (node.has("hashes") && node.has("project")) {
            ReplayBundle bundle = StrictJson.read(file, ReplayBundle.class);
            return GenerateCommand.run(pipeline, bundle.project(), request).toExport();
        }
        if (!node.has("district")) {
            throw new InputException(what, "$.district", "missing 'district': not an export or a bundle");
        }
        return node;
    }
}
