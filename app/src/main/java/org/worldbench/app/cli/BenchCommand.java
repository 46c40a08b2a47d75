package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.worldbench.app.bench.DistrictFigures;
import org.worldbench.app.bench.Figure;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: measures every figure the issues name, next to its budget and its peer. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the engine's figures (medians and p95) against budgets and peers in one run.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--quick", description = "Few runs: a smoke test of the benchmark, not a measurement.")
    boolean quick;

    @Option(names = "--editor", description = "Also run the editor headless and measure its figures (FX pulses, redraws, bursts).")
    boolean editor;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder holding rooms/, cases/ and names/ (default: templates).")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "WorldBench bench on %d cores, Java %s%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), quick ? " (quick: not a measurement)" : "");
        List<Figure> figures = new ArrayList<>(new DistrictFigures(Workspace.templates(templates)).measure(quick));
        java.nio.file.Path folder = Workspace.templatesFolder(templates);
        figures.addAll(new org.worldbench.app.bench.CaseFigures(Workspace.templates(templates),
                org.worldbench.engine.cases.CaseLibrary.load(folder)).measure(quick));
        figures.addAll(new org.worldbench.app.bench.WorldFigures().measure(quick));
        if (editor) {
            org.worldbench.editor.bench.EditorFigures.useHeadlessScreen();
            var project = Workspace.root().resolve("samples").resolve("noir-quarter.wbproj.json");
            for (var row : org.worldbench.editor.bench.EditorFigures.measure(Workspace.pipeline(templates), project, quick)) {
                figures.add(new Figure(row.name(), row.median(), row.p95(), row.unit(), row.budget(), row.note()));
            }
        }
        out.printf(Locale.ROOT, "%-58s %12s %12s  %-8s %s%n", "figure", "median", "p95", "unit", "budget | peer");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "%-58s %12.4f %12.4f  %-8s %s%s%n", f.name(), f.median(), f.p95(), f.unit(), f.budget(),
                    f.peerNote().isEmpty() ? "" : " | " + f.peerNote());
        }
        if (json != null) {
            ObjectNode root = CanonicalJson.object();
            root.put("cores", Runtime.getRuntime().availableProcessors());
            root.put("java", System.getProperty("java.version"));
            root.put("quick", quick);
            ArrayNode list = root.putArray("figures");
            for (Figure f : figures) {
                list.addObject().put("name", f.name()).put("median", f.median()).put("p95", f.p95()).put("unit", f.unit())
                        .put("budget", f.budget()).put("peer", f.peerNote());
            }
            AtomicFiles.write(json, CanonicalJson.write(root).getBytes(StandardCharsets.UTF_8));
        }
        return WorldBenchCli.OK;
    }
}
