package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden set: twenty recorded bundles in {@code samples/golden/} (plain, text and reseeded seeds,
 * projects with anchors, other settings). Today's generator must reproduce every layer of each, bit
 * for bit, on any JDK.
 */
class GoldenSetTest {

    @Test
    void everyGoldenBundleReplays() throws Exception {
        Path golden = Workspace.root().resolve("samples").resolve("golden");
        List<String> bundles;
        try (Stream<Path> files = Files.list(golden)) {
            bundles = files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().map(Path::toString).toList();
        }
        assertEquals(20, bundles.size(), "the golden set holds twenty bundles");
        String[] args = Stream.concat(Stream.of("replay"), bundles.stream()).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(20, run.out().lines().filter(l -> l.contains(": OK (6 layers match)")).count(), run.out());
        assertTrue(run.err().isBlank());
    }
}
