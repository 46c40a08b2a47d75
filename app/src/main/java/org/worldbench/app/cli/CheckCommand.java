package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check}: runs the independent checker on an export — solvable or not, the minimum path, the
 * blocking set, each clue's criticality — optionally after removing clues, abilities or gates.
 * Exit 0 solvable and deducible, 1 not, 2 a malformed export.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a generated case for solvability, minimum path, blocking set and criticality.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPORT", description = "Export JSON written by generate.")
    Path export;

    @Option(names = "--remove-evidence", paramLabel = "ID", description = "What if this clue were gone? Repeatable.")
    List<String> removeEvidence = new ArrayList<>();

    @Option(names = "--remove-ability", paramLabel = "A", description = "What if this ability could not be had? Repeatable.")
    List<String> removeAbility = new ArrayList<>();

    @Option(names = "--close-gate", paramLabel = "CONNECTION", description = "What if this connection stayed shut? Repeatable.")
    List<String> closeGate = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CaseModel model = CaseModelReader.read(ExportInput.read(export), export.toString());
        for (String id : removeEvidence) {
            if (model.clues().stream().noneMatch(c -> c.id().equals(id))) {
                throw new InputException("command line", "--remove-evidence " + id, "the case has no evidence '" + id + "'");
            }
        }
        for (String id : closeGate) {
            if (model.gates().stream().noneMatch(g -> g.id().equals(id))) {
                throw new InputException("command line", "--close-gate " + id, "the district has no connection '" + id + "'");
            }
        }
        CaseModel asked = model.without(Set.copyOf(removeEvidence), Set.copyOf(removeAbility), Set.copyOf(closeGate));
        CheckReport report = CaseChecker.check(asked);
        List<CheckReport.Criticality> criticality = report.solvable() ? CaseChecker.criticality(asked) : List.of();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %s%n", export, report.solvable() ? (report.deducible() ? "SOLVABLE, deducible to the culprit"
                : "SOLVABLE but not narrowed to the culprit") : "UNSOLVABLE");
        out.printf(Locale.ROOT, "spheres: %d; solved in sphere %d%s%n", report.spheres().size(), report.solvedInSphere(),
                report.crackedEarly() ? " (cracks before its final sphere)" : "");
        if (report.solvable()) {
            out.printf(Locale.ROOT, "minimum path (%d clues): %s%n", report.minimumPath().size(), String.join(" -> ", report.minimumPath()));
            List<String> critical = criticality.stream().filter(c -> !c.survives()).map(CheckReport.Criticality::evidence).toList();
            out.printf(Locale.ROOT, "critical clues (the case breaks without them): %s%n", critical.isEmpty() ? "none" : critical);
        } else {
            out.printf(Locale.ROOT, "blocking set: %s%n", report.blockingSet());
        }
        if (!report.unrefutedHerrings().isEmpty()) {
            out.printf(Locale.ROOT, "herrings never refuted: %s%n", report.unrefutedHerrings());
        }
        if (json != null) {
            AtomicFiles.write(json, CanonicalJson.write(toJson(report, criticality)).getBytes(StandardCharsets.UTF_8));
        }
        return report.solvable() && report.deducible() ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }

    static ObjectNode toJson(CheckReport report, List<CheckReport.Criticality> criticality) {
        ObjectNode root = CanonicalJson.object();
        root.put("solvable", report.solvable());
        root.put("deducible", report.deducible());
        root.put("crackedEarly", report.crackedEarly());
        root.put("solvedInSphere", report.solvedInSphere());
        ArrayNode spheres = root.putArray("spheres");
        for (CheckReport.Sphere s : report.spheres()) {
            ObjectNode node = spheres.addObject().put("index", s.index());
            strings(node.putArray("roomsOpened"), s.roomsOpened());
            strings(node.putArray("abilitiesGained"), s.abilitiesGained());
            strings(node.putArray("evidenceTaken"), s.evidenceTaken());
            strings(node.putArray("tokensLearned"), s.tokensLearned());
            strings(node.putArray("suspectsStanding"), s.suspectsStanding());
        }
        strings(root.putArray("minimumPath"), report.minimumPath());
        strings(root.putArray("blockingSet"), report.blockingSet());
        root.put("labelAgrees", report.labelAgrees());
        strings(root.putArray("unrefutedHerrings"), report.unrefutedHerrings());
        ArrayNode crit = root.putArray("criticality");
        for (CheckReport.Criticality c : criticality) {
            crit.addObject().put("evidence", c.evidence()).put("survives", c.survives())
                    .put("minimumPathWithout", c.minimumPathWithout()).put("change", c.change());
        }
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        new LinkedHashSet<>(values).forEach(array::add);
    }
}
