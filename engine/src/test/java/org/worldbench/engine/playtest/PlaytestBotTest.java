package org.worldbench.engine.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.project.CaseSettings;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.testing.TestData;
import org.worldbench.engine.tiles.TileMap;

class PlaytestBotTest {

    private static final GenerationPipeline PIPELINE = new GenerationPipeline(TestData.templates(), TestData.cases());

    @Test
    void theBotClosesEveryCaseOnFootAtEveryDifficulty() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String difficulty : List.of("easy", "medium", "hard")) {
            for (long seed = 1; seed <= 100; seed++) {
                Project p = Project.create("t", ProjectSeed.of(seed)).withCaseSettings(new CaseSettings(null, difficulty));
                PlaytestReport r = new PlaytestBot().play(PIPELINE.run(p, Monitor.NONE));
                if (!r.closed()) {
                    failures.add(difficulty + " " + seed + ": " + r.problem());
                }
                assertTrue(r.steps() > 0 && r.tilesWalked() > 0);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theWalkFollowsTheCheckersMinimumPath() throws Exception {
        var result = PIPELINE.run(Project.create("t", ProjectSeed.of(42)), Monitor.NONE);
        PlaytestReport r = new PlaytestBot().play(result);
        assertTrue(r.closed());
        assertNull(r.problem());
        assertEquals(result.caseFile().minimumPath().size(), r.clues().size());
    }

    @Test
    void aGatedDoorStaysShutWithoutItsAbility() {
        TileMap map = TileMap.fromText(String.join("\n",
                "#######",
                "#..D..#",
                "#######"));
        GridPathfinder finder = new GridPathfinder(map, Map.of(new Point(3, 1), Set.of("lockpick")));
        assertNull(finder.path(new Point(1, 1), new Point(5, 1), Set.of()));
        assertEquals(4, finder.path(new Point(1, 1), new Point(5, 1), Set.of("lockpick")).size());
        assertEquals(List.of(), finder.path(new Point(1, 1), new Point(1, 1), Set.of()));
    }
}
