package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.export.GraphExport;
import org.worldbench.engine.export.GraphPictures;
import org.worldbench.engine.export.TiledExport;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export}: the district for the tools designers already use — Tiled (TMX, TMJ, with the
 * tileset image beside), GraphML and DOT of the layout or evidence graph, PNG of a panel.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a district as Tiled TMX/TMJ, GraphML, DOT or PNG.")
public final class ExportCommand implements Callable<Integer> {

    /** Export formats. */
    enum Format { tmx, tmj, graphml, dot, png }

    /** Which graph GraphML and DOT describe. */
    enum GraphKind { layout, evidence }

    /** Which panel a PNG shows. */
    enum Panel { rooms, layout, evidence, chunks }

    @Mixin
    RequestOptions request;

    @Option(names = "--format", required = true, paramLabel = "F", description = "tmx, tmj, graphml, dot or png.")
    Format format;

    @Option(names = "--graph", defaultValue = "layout", paramLabel = "G", description = "layout (default) or evidence, for graphml and dot.")
    GraphKind graph;

    @Option(names = "--panel", defaultValue = "rooms", paramLabel = "P", description = "rooms (default), layout, evidence or chunks, for png.")
    Panel panel;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Spec
    CommandSpec spec;

    /** The project's world (its definition file, beside the project) or a city plane. */
    private org.worldbench.engine.world.WorldDefinition world(Project project) throws InputException {
        if (project.world().definition() != null && request.project != null) {
            return org.worldbench.engine.world.WorldFiles.read(request.project.toAbsolutePath().resolveSibling(project.world().definition()));
        }
        return org.worldbench.engine.world.WorldDefinition.of(org.worldbench.engine.world.Topology.PLANE);
    }

    @Override
    public Integer call() throws Exception {
        Project project = request.resolve();
        GenerationResult result = GenerateCommand.run(Workspace.pipeline(request.templates), project, request);
        byte[] bytes = switch (format) {
            case tmx -> TiledExport.tmx(result).getBytes(StandardCharsets.UTF_8);
            case tmj -> CanonicalJson.write(TiledExport.tmj(result)).getBytes(StandardCharsets.UTF_8);
            case graphml -> (graph == GraphKind.layout ? GraphExport.layoutGraphMl(result.district())
                    : GraphExport.evidenceGraphMl(result.caseFile())).getBytes(StandardCharsets.UTF_8);
            case dot -> (graph == GraphKind.layout ? GraphExport.layoutDot(result.district())
                    : GraphExport.evidenceDot(result.caseFile())).getBytes(StandardCharsets.UTF_8);
            case png -> switch (panel) {
                case rooms -> DistrictPicture.png(result.district(), 8);
                case layout -> GraphPictures.png(GraphPictures.layout(result.district(), 8));
                case evidence -> GraphPictures.png(GraphPictures.evidence(result.caseFile(), result.caseFile().minimumPath()));
                case chunks -> GraphPictures.png(org.worldbench.engine.export.ChunkPicture.render(world(project),
                        project.seed().value(), 12, 12));
            };
        };
        if (format == Format.tmx || format == Format.tmj) {
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null) {
                throw new InputException("command line", "--out " + out, "needs a folder to put the tileset image in");
            }
            AtomicFiles.write(folder.resolve(TiledExport.TILESET_IMAGE), TiledExport.tilesetPng());
        }
        AtomicFiles.write(out, bytes);
        spec.commandLine().getOut().printf("%s -> %s%n", format, out);
        return WorldBenchCli.OK;
    }
}
