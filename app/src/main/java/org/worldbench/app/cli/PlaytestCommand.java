package org.worldbench.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.playtest.PlaytestBot;
import org.worldbench.engine.playtest.PlaytestReport;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.task.Monitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code playtest --seeds A..B}: the bot walks every seed's case through the real tiles, headless.
 * Exit 0 when every case closes on foot, 1 naming each seed whose case does not.
 */
@Command(name = "playtest", mixinStandardHelpOptions = true,
        description = "Walk each seed's case with the bot (A* through the real tiles); exit 1 naming seeds not closed on foot.")
public final class PlaytestCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--seeds", required = true, paramLabel = "A..B", description = "Seeds to play, e.g. 1..500.")
    String seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SeedRange range = SeedRange.parse(seeds);
        if (request.seed == null && request.project == null) {
            request.seed = "0";
        }
        Project base = request.resolve();
        GenerationPipeline pipeline = Workspace.pipeline(request.templates);
        PlaytestBot bot = new PlaytestBot();
        PrintWriter out = spec.commandLine().getOut();
        List<String> failed = new ArrayList<>();
        long steps = 0;
        long micros = 0;
        for (long seed : range.shard(1, 1)) {
            GenerationResult result;
            try {
                result = pipeline.run(base.withSeed(ProjectSeed.of(seed)), Monitor.NONE);
            } catch (RequestException e) {
                throw new InputException(request.sourceName(), e.place(), e.getMessage());
            }
            PlaytestReport report = bot.play(result);
            steps += report.steps();
            micros += report.micros();
            if (!report.closed()) {
                failed.add(seed + " (" + report.problem() + ")");
            }
        }
        out.printf(Locale.ROOT, "%d seeds played: %d closed on foot, %d not; %d steps in all, %.2f ms walking a seed on average%n",
                range.size(), range.size() - failed.size(), failed.size(), steps, micros / 1000.0 / range.size());
        failed.forEach(f -> out.println("  not closed: seed " + f));
        return failed.isEmpty() ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }
}
