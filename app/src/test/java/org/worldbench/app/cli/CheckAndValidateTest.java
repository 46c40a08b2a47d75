package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path generate(long seed) {
        Path out = dir.resolve("case-" + seed + ".json");
        assertEquals(0, CliRun.of("generate", "--seed", Long.toString(seed), "--out", out.toString()).exitCode());
        return out;
    }

    @Test
    void aGeneratedCaseChecksOut() {
        CliRun run = CliRun.of("check", generate(7).toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("SOLVABLE, deducible"), run.out());
        CliRun explain = CliRun.of("explain", generate(7).toString());
        assertEquals(0, explain.exitCode());
        assertTrue(explain.out().contains("Sphere 0:"), explain.out());
    }

    @Test
    void explainBySeedPrintsTheSpoilerLog() {
        CliRun run = CliRun.of("explain", "--seed", "42");
        assertEquals(0, run.exitCode(), run.err());
        for (String part : new String[] {"Solution:", "Sphere 0:", "Still standing:", "shortest route takes", "Criticality:"}) {
            assertTrue(run.out().contains(part), "'" + part + "' in " + run.out());
        }
        assertTrue(run.out().contains("CRITICAL") || run.out().contains("survives without it"));
        assertEquals(2, CliRun.of("explain").exitCode(), "neither an export nor a seed");
    }

    @Test
    void aCaseBrokenByHandIsUnsolvableWithTheRightBlockingSet() throws Exception {
        Path export = generate(11);
        ObjectNode root = (ObjectNode) JSON.readTree(export.toFile());
        JsonNode kase = root.get("case");
        // Remove the clue that reveals the culprit's motive: its token must be the blocking set.
        String motiveToken = null;
        for (JsonNode t : kase.get("tokens")) {
            if (t.get("kind").asText().equals("motive") && t.get("suspect").asText().equals(kase.get("culprit").asText())) {
                motiveToken = t.get("id").asText();
            }
        }
        ArrayNode evidence = (ArrayNode) kase.get("evidence");
        for (int i = evidence.size() - 1; i >= 0; i--) {
            for (JsonNode r : evidence.get(i).get("reveals")) {
                if (r.asText().equals(motiveToken)) {
                    evidence.remove(i);
                    break;
                }
            }
        }
        Path broken = dir.resolve("broken.json");
        JSON.writeValue(broken.toFile(), root);
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("check", broken.toString(), "--json", report.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("UNSOLVABLE"));
        assertEquals("token:" + motiveToken, JSON.readTree(report.toFile()).get("blockingSet").get(0).asText());
        assertEquals(1, JSON.readTree(report.toFile()).get("blockingSet").size());
    }

    @Test
    void anImpossibleGateIsNamed() throws Exception {
        Path export = generate(3);
        JsonNode root = JSON.readTree(export.toFile());
        String crimeScene = root.get("case").get("crimeScene").asText();
        // Close every door into the crime scene: the blocking set names one of them.
        CliRun probe = CliRun.of("check", export.toString());
        assertEquals(0, probe.exitCode());
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", export.toString(), "--json",
                dir.resolve("r.json").toString()));
        for (JsonNode c : root.get("district").get("connections")) {
            if (c.get("from").asText().equals(crimeScene) || c.get("to").asText().equals(crimeScene)) {
                args.add("--close-gate");
                args.add(c.get("id").asText());
            }
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.out());
        String blocking = JSON.readTree(dir.resolve("r.json").toFile()).get("blockingSet").get(0).asText();
        assertTrue(blocking.startsWith("gate:") || blocking.startsWith("token:"), blocking);
    }

    @Test
    void malformedExportsAreBadInput() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"district\": {\"rooms\": []}}");
        CliRun run = CliRun.of("check", bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing 'case'") || run.err().contains("missing"), run.err());
        assertEquals(1, run.err().strip().lines().count());
        Files.writeString(bad, "{ not json");
        assertEquals(2, CliRun.of("check", bad.toString()).exitCode());
        assertEquals(2, CliRun.of("check", generate(5).toString(), "--remove-evidence", "e999").exitCode());
    }

    @Test
    void sweepsAreTheSameOnOneOrTwoThreadsAndShardsMergeToTheSingleRun() throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        Path exportsOne = dir.resolve("x1");
        Path exportsTwo = dir.resolve("x2");
        assertEquals(0, CliRun.of("validate", "--seeds", "1..60", "--threads", "1", "--json", one.toString(),
                "--exports", exportsOne.toString()).exitCode());
        assertEquals(0, CliRun.of("validate", "--seeds", "1..60", "--threads", "2", "--json", two.toString(),
                "--exports", exportsTwo.toString()).exitCode());
        assertEquals(withoutTiming(one), withoutTiming(two));
        for (int seed = 1; seed <= 60; seed++) {
            assertEquals(withoutTimings(exportsOne.resolve("seed-" + seed + ".json")),
                    withoutTimings(exportsTwo.resolve("seed-" + seed + ".json")), "seed " + seed);
        }
        Path s1 = dir.resolve("s1.json");
        Path s2 = dir.resolve("s2.json");
        Path s3 = dir.resolve("s3.json");
        CliRun.of("validate", "--seeds", "1..60", "--shard", "1/3", "--json", s1.toString());
        CliRun.of("validate", "--seeds", "1..60", "--shard", "2/3", "--json", s2.toString());
        CliRun.of("validate", "--seeds", "1..60", "--shard", "3/3", "--json", s3.toString());
        Path merged = dir.resolve("merged.json");
        assertEquals(0, CliRun.of("validate", "--merge", s1.toString(), s2.toString(), s3.toString(), "--json", merged.toString()).exitCode());
        JsonNode m = JSON.readTree(merged.toFile());
        JsonNode single = JSON.readTree(one.toFile());
        for (String field : new String[] {"seeds", "passed", "failed", "checks", "failures"}) {
            assertEquals(single.get(field), m.get(field), field);
        }
        assertEquals(60, m.get("timing").get("samplesMicros").size());
        assertEquals(single.get("score").get("median"), m.get("score").get("median"), "the score distribution merges too");
        assertEquals(60, single.get("score").get("samples").size());
    }

    @Test
    void everyDifficultyValidatesOverASmallRange() {
        for (String difficulty : new String[] {"easy", "medium", "hard"}) {
            CliRun run = CliRun.of("validate", "--seeds", "100..180", "--difficulty", difficulty, "--threads", "2");
            assertEquals(0, run.exitCode(), difficulty + ": " + run.out());
            assertTrue(run.out().contains("81 seeds: 81 passed, 0 failed"), run.out());
            assertTrue(run.out().contains("quality score: min "), run.out());
        }
        assertEquals(2, CliRun.of("validate", "--seeds", "5..1").exitCode());
        assertEquals(2, CliRun.of("validate", "--seeds", "1..5", "--shard", "4/3").exitCode());
        assertEquals(2, CliRun.of("validate", "--seeds", "1..5", "--difficulty", "brutal").exitCode());
    }

    private static String withoutTiming(Path report) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(report.toFile());
        node.remove("timing");
        return node.toString();
    }

    private static String withoutTimings(Path export) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(export.toFile());
        assertFalse(node.get("timings").isEmpty());
        node.remove("timings");
        return node.toString();
    }
}
