package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.project.CaseSettings;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.task.Monitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate}: generates and validates every seed of a range (or one shard of it) on a pool of
 * worker threads, and reports counts per check. Results are gathered in seed order, so the report
 * (timing aside) is the same for any thread count; shard reports merge into the single-run numbers.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a range of seeds: connectivity, solvability, deduction, anchors, coherence, limits.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--seeds", paramLabel = "A..B", description = "Seeds to sweep, e.g. 1..10000.")
    String seeds;

    @Option(names = "--difficulty", paramLabel = "D", description = "easy, medium or hard (default: the project's).")
    String difficulty;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads (default 1).")
    int threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "Only the K-th of N interleaved shards of the range.")
    String shard;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
    Path json;

    @Option(names = "--exports", paramLabel = "DIR", description = "Also write each seed's export JSON to DIR/seed-<n>.json.")
    Path exports;

    @Option(names = "--merge", paramLabel = "REPORT", arity = "1..*",
            description = "Merge shard reports instead of sweeping; prints and writes (--json) the merged report.")
    List<Path> merge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SweepReport report = merge != null ? mergeReports() : sweep();
        PrintWriter out = spec.commandLine().getOut();
        var timing = report.toJson().get("timing");
        out.printf(Locale.ROOT, "%d seeds: %d passed, %d failed; median %d µs, p95 %d µs a seed; wall %d ms%n",
                report.seeds(), report.passed(), report.failed(), timing.get("medianMicros").asLong(),
                timing.get("p95Micros").asLong(), report.wallMillis());
        double[] q = report.scoreQuartiles();
        out.printf(Locale.ROOT, "quality score: min %.1f, p25 %.1f, median %.1f, p75 %.1f, max %.1f%n", q[0], q[1], q[2], q[3], q[4]);
        report.checks().forEach((check, count) -> {
            if (count > 0) {
                out.printf(Locale.ROOT, "  %-14s %d failed%n", check, count);
            }
        });
        report.failures().stream().limit(20).forEach(f -> out.printf(Locale.ROOT, "  seed %d: %s%n", f.seed(), f.checks()));
        if (json != null) {
            AtomicFiles.write(json, CanonicalJson.write(report.toJson()).getBytes(StandardCharsets.UTF_8));
        }
        return report.failed() == 0 ? WorldBenchCli.OK : WorldBenchCli.PROBLEM;
    }

    private SweepReport mergeReports() throws Exception {
        List<SweepReport> shards = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Path p : merge) {
            if (!Files.isRegularFile(p)) {
                throw new InputException(p.toString(), "", "file not found");
            }
            try {
                shards.add(SweepReport.fromJson(mapper.readTree(p.toFile()), p.toString()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new InputException(p.toString(), "", "not JSON: " + e.getOriginalMessage());
            }
        }
        return SweepReport.merge(shards);
    }

    private SweepReport sweep() throws Exception {
        if (seeds == null) {
            throw new InputException("command line", "--seeds", "give --seeds A..B (or --merge REPORT...)");
        }
        if (threads < 1 || threads > 64) {
            throw new InputException("command line", "--threads", "must be 1..64, was " + threads);
        }
        SeedRange range = SeedRange.parse(seeds);
        long[] chosen = shardOf(range);
        if (request.seed == null && request.project == null) {
            request.seed = "0"; // the seeds come from the range; settings from the project when given
        }
        Project base = request.resolve();
        if (difficulty != null) {
            try {
                base = base.withCaseSettings(new CaseSettings(base.caseSettings().type(), difficulty));
            } catch (IllegalArgumentException e) {
                throw new InputException("command line", "--difficulty", e.getMessage());
            }
        }
        GenerationPipeline pipeline = Workspace.pipeline(request.templates);
        final Project template = base;
        long started = System.nanoTime();
        List<String>[] failed = runAll(chosen, seed -> {
            try {
                GenerationResult r = pipeline.run(template.withSeed(ProjectSeed.of(seed)), Monitor.NONE);
                if (exports != null) {
                    AtomicFiles.write(exports.resolve("seed-" + seed + ".json"),
                            CanonicalJson.write(r.toExport()).getBytes(StandardCharsets.UTF_8));
                }
                scores[index(chosen, seed)] = r.validation().score();
                return r.validation().failedChecks();
            } catch (java.io.IOException e) {
                return List.of("exception: cannot write export: " + e.getMessage());
            } catch (RequestException e) {
                return List.of("request: " + e.getMessage());
            } catch (RuntimeException e) {
                return List.of("exception: " + e);
            }
        });
        long wall = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> checks = new TreeMap<>();
        for (String name : List.of("connected", "solvable", "deducible", "anchorsPlaced", "coherent", "withinLimits", "exception")) {
            checks.put(name, 0L);
        }
        List<SweepReport.Failure> failures = new ArrayList<>();
        long passed = 0;
        for (int i = 0; i < chosen.length; i++) {
            List<String> names = failed[i];
            if (names.isEmpty()) {
                passed++;
                continue;
            }
            List<String> keys = names.stream().map(n -> n.startsWith("exception") || n.startsWith("request") ? "exception" : n).toList();
            keys.forEach(k -> checks.merge(k, 1L, Long::sum));
            failures.add(new SweepReport.Failure(chosen[i], names));
        }
        return new SweepReport(chosen.length, passed, checks, failures, micros, wall, scores);
    }

    private long[] micros = new long[0];
    private double[] scores = new double[0];

    private static int index(long[] chosen, long seed) {
        return (int) java.util.Arrays.binarySearch(chosen, seed);
    }

    @SuppressWarnings("unchecked")
    private List<String>[] runAll(long[] chosen, java.util.function.LongFunction<List<String>> work) throws Exception {
        List<String>[] out = new List[chosen.length];
        micros = new long[chosen.length];
        scores = new double[chosen.length];
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "worldbench-validate-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < chosen.length; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        out[i] = work.apply(chosen[i]);
                        micros[i] = (System.nanoTime() - t0) / 1000;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private long[] shardOf(SeedRange range) throws InputException {
        if (shard == null) {
            return range.shard(1, 1);
        }
        String[] parts = shard.split("/", -1);
        try {
            int k = Integer.parseInt(parts[0].strip());
            int n = Integer.parseInt(parts[1].strip());
            if (parts.length == 2 && n >= 1 && k >= 1 && k <= n) {
                return range.shard(k, n);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new InputException("command line", "--shard " + shard, "expected K/N with 1 <= K <= N, e.g. 2/8");
    }
}
