package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaytestCommandTest {

    @Test
    void playsARangeHeadless() {
        CliRun run = CliRun.of("playtest", "--seeds", "1..40");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("40 seeds played: 40 closed on foot, 0 not"), run.out());
        assertEquals(2, CliRun.of("playtest", "--seeds", "nine").exitCode());
    }
}
