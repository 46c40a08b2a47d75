package org.worldbench.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.district.PartOverride;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.testing.TestData;

class ReplayTest {

    private static final Replayer REPLAYER = new Replayer(new GenerationPipeline(TestData.templates(), TestData.cases()));

    @TempDir
    Path dir;

    @Test
    void recordThenReplayRoundTripsAHundredSeeds() throws Exception {
        for (long seed = 1; seed <= 100; seed++) {
            Project project = Project.create("p", ProjectSeed.of(seed));
            if (seed % 3 == 0) {
                project = project.withOverrides(List.of(new PartOverride("room:r2", seed * 7), new PartOverride("case", seed + 1)));
            }
            ReplayBundle bundle = REPLAYER.record(project);
            String json = CanonicalJson.write(CanonicalJson.mapper().valueToTree(bundle));
            ReplayBundle back = StrictJson.read("bundle " + seed, json, ReplayBundle.class);
            assertEquals(bundle, back, "bundle survives JSON");
            ReplayReport report = REPLAYER.replay(back);
            assertTrue(report.matches(), "seed " + seed + " drifted in " + report.firstDrift());
            assertEquals(LayerHashes.LAYERS.size(), report.layers().size());
        }
    }

    @Test
    void aTamperedBundleNamesItsLayer() throws Exception {
        ReplayBundle bundle = REPLAYER.record(Project.create("p", ProjectSeed.of(9)));
        for (String layer : LayerHashes.LAYERS) {
            Map<String, String> hashes = new LinkedHashMap<>(bundle.hashes());
            hashes.put(layer, "0".repeat(64));
            ReplayReport report = REPLAYER.replay(new ReplayBundle(1, bundle.generatorVersion(), bundle.project(), hashes));
            assertFalse(report.matches());
            assertEquals(layer, report.firstDrift().orElseThrow());
        }
    }

    @Test
    void aChangedGeneratorFailsReplayInTheRightLayer() throws Exception {
        ReplayBundle bundle = REPLAYER.record(Project.create("p", ProjectSeed.of(12)));
        // The same build with other case templates: the district is unchanged, the case is not.
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("cases"));
        Files.createDirectories(templates.resolve("names"));
        Files.copy(TestData.root().resolve("templates/names/people.json"), templates.resolve("names/people.json"));
        for (String type : List.of("murder", "theft", "conspiracy")) {
            String json = Files.readString(TestData.root().resolve("templates/cases/" + type + ".json"));
            Files.writeString(templates.resolve("cases/" + type + ".json"), json.replace("\"weapons\": [", "\"weapons\": [\"candlestick\", "));
        }
        Replayer changed = new Replayer(new GenerationPipeline(TestData.templates(), CaseLibrary.load(templates)));
        ReplayReport report = changed.replay(bundle);
        assertFalse(report.matches());
        assertEquals("case", report.firstDrift().orElseThrow());
        assertTrue(report.layers().get(0).matches() && report.layers().get(1).matches(), "layout and tiles are unchanged");
    }

    @Test
    void malformedAndNewerBundlesAreRefused() {
        String newer = "{\"format\": 2, \"generatorVersion\": \"9.9\", \"project\": {\"format\": 1, \"seed\": 1}, "
                + "\"hashes\": {\"layout\": \"" + "a".repeat(64) + "\"}}";
        InputException e = assertThrows(InputException.class, () -> StrictJson.read("b.json", newer, ReplayBundle.class));
        assertTrue(e.getMessage().contains("bundle format 2 is newer"), e.getMessage());
        String badLayer = "{\"format\": 1, \"generatorVersion\": \"0.1.0\", \"project\": {\"format\": 1, \"seed\": 1}, "
                + "\"hashes\": {\"weather\": \"" + "a".repeat(64) + "\"}}";
        assertTrue(assertThrows(InputException.class, () -> StrictJson.read("b.json", badLayer, ReplayBundle.class))
                .getMessage().contains("unknown layer 'weather'"));
    }
}
