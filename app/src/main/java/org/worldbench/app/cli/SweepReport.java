package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.InputException;

/**
 * The validation report of a sweep (DESIGN.md "Validation report"): seeds, passed, failed, failed
 * count per check, the failures, and timing. Shard reports merge into exactly the counts of one run.
 */
public record SweepReport(long seeds, long passed, Map<String, Long> checks, List<Failure> failures, long[] micros,
        long wallMillis, double[] scores) {

    /** Min, 25th percentile, median, 75th percentile and max of the quality scores (zeros when none). */
    public double[] scoreQuartiles() {
        if (scores.length == 0) {
            return new double[5];
        }
        double[] s = scores.clone();
        Arrays.sort(s);
        double[] out = new double[5];
        double[] at = {0, 0.25, 0.5, 0.75, 1};
        for (int i = 0; i < 5; i++) {
            out[i] = s[(int) Math.round(at[i] * (s.length - 1))];
        }
        return out;
    }

    /** One failed seed and the checks it failed. */
    public record Failure(long seed, List<String> checks) {
    }

    /** The failed count. */
    public long failed() {
        return seeds - passed;
    }

    /** The report as JSON; {@code timing} is the only part that varies between runs. */
    public ObjectNode toJson() {
        ObjectNode root = CanonicalJson.object();
        root.put("seeds", seeds);
        root.put("passed", passed);
        root.put("failed", failed());
        ObjectNode c = root.putObject("checks");
        new TreeMap<>(checks).forEach(c::put);
        ArrayNode f = root.putArray("failures");
        for (Failure failure : failures) {
            ObjectNode node = f.addObject().put("seed", failure.seed());
            ArrayNode names = node.putArray("checks");
            failure.checks().forEach(names::add);
        }
        ObjectNode score = root.putObject("score");
        double[] q = scoreQuartiles();
        score.put("min", q[0]).put("p25", q[1]).put("median", q[2]).put("p75", q[3]).put("max", q[4]);
        ArrayNode all = score.putArray("samples");
        for (double v : scores) {
            all.add(v);
        }
        ObjectNode timing = root.putObject("timing");
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        timing.put("medianMicros", sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2]);
        timing.put("p95Micros", sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)]);
        timing.put("wallMillis", wallMillis);
        ArrayNode samples = timing.putArray("samplesMicros");
        for (long m : micros) {
            samples.add(m);
        }
        return root;
    }

    /** Reads a report written by {@link #toJson()}. */
    public static SweepReport fromJson(JsonNode node, String source) throws InputException {
        try {
            Map<String, Long> checks = new TreeMap<>();
            node.required("checks").fields().forEachRemaining(e -> checks.put(e.getKey(), e.getValue().asLong()));
            List<Failure> failures = new ArrayList<>();
            for (JsonNode f : node.required("failures")) {
                List<String> names = new ArrayList<>();
                f.required("checks").forEach(n -> names.add(n.asText()));
                failures.add(new Failure(f.required("seed").asLong(), names));
            }
            JsonNode samples = node.required("timing").required("samplesMicros");
            long[] micros = new long[samples.size()];
            for (int i = 0; i < micros.length; i++) {
                micros[i] = samples.get(i).asLong();
            }
            JsonNode scoreSamples = node.path("score").path("samples");
            double[] scores = new double[scoreSamples.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = scoreSamples.get(i).asDouble();
            }
            return new SweepReport(node.required("seeds").asLong(), node.required("passed").asLong(), checks, failures, micros,
                    node.required("timing").required("wallMillis").asLong(), scores);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "$", "not a validation report: " + e.getMessage());
        }
    }

    /** Merges shard reports: counts add up, failures are ordered by seed, samples concatenate. */
    public static SweepReport merge(List<SweepReport> shards) {
        long seeds = 0;
        long passed = 0;
        long wall = 0;
        Map<String, Long> checks = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        List<Long> samples = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (SweepReport r : shards) {
            for (double s : r.scores) {
                scores.add(s);
            }
            seeds += r.seeds;
            passed += r.passed;
            wall = Math.max(wall, r.wallMillis);
            r.checks.forEach((k, v) -> checks.merge(k, v, Long::sum));
            failures.addAll(r.failures);
            for (long m : r.micros) {
                samples.add(m);
            }
        }
        failures.sort(java.util.Comparator.comparingLong(Failure::seed));
        return new SweepReport(seeds, passed, checks, failures, samples.stream().mapToLong(Long::longValue).toArray(), wall,
                scores.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
