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

    @Parameters(index = "0", paramLabel = "EXPORT", description = "Export JSON written by generate.")
    Path export;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JsonNode root = ExportInput.read(export);
        CaseModel model = CaseModelReader.read(root, export.toString());
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
            out.printf(Locale.ROOT, "Solved in sphere %d; the shortest route takes %d clues: %s.%n", report.solvedInSphere(),
                    report.minimumPath().size(), String.join(", ", report.minimumPath().stream().map(e -> clueNames.getOrDefault(e, e)).toList()));
        } else {
            out.printf(Locale.ROOT, "Not solvable. It would be with: %s.%n", report.blockingSet());
        }
        return report.solvable() ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }
}
