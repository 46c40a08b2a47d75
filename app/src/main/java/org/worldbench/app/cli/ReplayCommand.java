package org.worldbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;
import org.worldbench.engine.replay.ReplayBundle;
import org.worldbench.engine.replay.ReplayReport;
import org.worldbench.engine.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code replay}: regenerates each bundle's request and compares every layer's hash. Exit 0 when all
 * match, 1 with a per-layer report when one does not, 2 for a malformed or newer-format bundle.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Replay bundles and report any layer that drifted.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "BUNDLE", description = "Bundle JSON files written by record.")
    List<Path> bundles;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder holding rooms/, cases/ and names/ (default: templates).")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Replayer replayer = new Replayer(Workspace.pipeline(templates));
        PrintWriter out = spec.commandLine().getOut();
        boolean all = true;
        for (Path file : bundles) {
            ReplayBundle bundle = StrictJson.read(file, ReplayBundle.class);
            ReplayReport report;
            try {
                report = replayer.replay(bundle);
            } catch (RequestException e) {
                throw new InputException(file.toString(), "$.project" + e.place().substring(1), e.getMessage());
            }
            if (report.matches()) {
                out.printf(Locale.ROOT, "%s: OK (%d layers match)%n", file, report.layers().size());
                continue;
            }
            all = false;
            out.printf(Locale.ROOT, "%s: DRIFT in %s%s%n", file, report.firstDrift().orElse("?"), report.versionMatches() ? ""
                    : " (recorded by generator " + report.recordedVersion() + ", this is " + report.currentVersion() + ")");
            for (ReplayReport.Layer layer : report.layers()) {
                out.printf(Locale.ROOT, "  %-10s %s%s%n", layer.name(), layer.matches() ? "match" : "DIFFERS",
                        layer.matches() ? "" : "  recorded " + layer.recorded().substring(0, 12) + "…, now "
                                + layer.regenerated().substring(0, 12) + "…");
            }
        }
        return all ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }
}
