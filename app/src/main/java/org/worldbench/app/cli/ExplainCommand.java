package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code explain}: the case's spheres in plain words, as a writer would walk it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain how a generated case unfolds, sphere by sphere.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPORT",
            description = "Export JSON written by generate; or give --seed/--project to generate one.")
    Path export;

    @picocli.CommandLine.Mixin
    RequestOptions request;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JsonNode root;
        String source;
        if (export != null) {
            root = ExportInput.read(export);
            source = export.toString();
        } else if (request.seed != null || request.project != null) {
            root = GenerateCommand.run(Workspace.pipeline(request.templates), request.resolve(), request).toExport();
            source = "seed " + request.resolve().seed().display();
        } else {
            throw new org.worldbench.engine.io.InputException("command line", "EXPORT", "give an export file, or --seed S / --project P");
        }
        CaseModel model = CaseModelReader.read(root, source);
        CheckReport report = CaseChecker.check(model);
        Map<String, String> names = new HashMap<>();
        root.path("case").path("npcs").forEach(n -> names.put(n.path("id").asText(), n.path("name").asText()));
        Map<String, String> clueNames = new HashMap<>();
        root.path("case").path("evidence").forEach(e -> clueNames.put(e.path("id").asText(),
                e.path("name").asText(e.path("id").asText()) + " (" + e.path("room").asText() + ")"));
        Map<String, String> tokenText = new HashMap<>();
        root.path("case").path("tokens").forEach(t -> tokenText.put(t.path("id").asText(), t.path("text").asText()));
        PrintWriter out = spec.commandLine().getOut();
        JsonNode c = root.path("case");
        out.printf(Locale.ROOT, "A %s case (%s). Victim: %s. %d suspects.%n", c.path("type").asText(), c.path("difficulty").asText(),
                names.getOrDefault(c.path("victim").asText(), c.path("victim").asText()), model.suspects().size());
        out.printf(Locale.ROOT, "Solution: %s did it, %s (%s motive), with the %s (%s), at %s. Proved by tokens %s.%n",
                names.getOrDefault(model.culprit(), model.culprit()), c.path("relationship").asText(), c.path("motive").asText(),
                c.path("method").path("weapon").asText(), c.path("method").path("approach").asText(), c.path("crimeScene").asText(),
                model.labelledTokens());
        for (CheckReport.Sphere s : report.spheres()) {
            StringBuilder line = new StringBuilder("Sphere " + s.index() + ":");
            if (!s.abilitiesGained().isEmpty()) {
                line.append(" picking up ").append(String.join(", ", s.abilitiesGained())).append(";");
            }
            if (!s.roomsOpened().isEmpty()) {
                line.append(" ").append(s.roomsOpened().size()).append(" rooms open;");
            }
            for (String e : s.evidenceTaken()) {
                line.append(" ").append(clueNames.getOrDefault(e, e)).append(";");
            }
            List<String> learned = s.tokensLearned().stream().map(t -> tokenText.getOrDefault(t, t)).toList();
            if (!learned.isEmpty()) {
                line.append(" learned: ").append(String.join("; ", learned)).append(".");
            }
            line.append(" Still standing: ").append(String.join(", ", s.suspectsStanding().stream()
                    .map(id -> names.getOrDefault(id, id)).toList())).append(".");
            out.println(line);
        }
        if (report.solvable()) {
            out.printf(Locale.ROOT, "Solved in sphere %d; the shortest route takes %d clues: %s. Criticality:%n", report.solvedInSphere(),
                    report.minimumPath().size(), String.join(", ", report.minimumPath().stream().map(e -> clueNames.getOrDefault(e, e)).toList()));
            for (CheckReport.Criticality crit : CaseChecker.criticality(model)) {
                out.printf(Locale.ROOT, "  %s: %s%n", clueNames.getOrDefault(crit.evidence(), crit.evidence()), crit.survives()
                        ? "the case survives without it (minimum path " + crit.minimumPathWithout() + " clues, "
                                + (crit.change() >= 0 ? "+" : "") + crit.change() + ")"
                        : "CRITICAL: the case breaks without it");
            }
        } else {
            out.printf(Locale.ROOT, "Not solvable. It would be with: %s.%n", report.blockingSet());
        }
        return report.solvable() ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }
}
