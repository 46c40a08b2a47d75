package org.worldbench.engine.playtest;

import java.util.List;

/**
 * What the bot did: whether it closed the case on foot, and how.
 *
 * @param closed      the case's solution was established by walking
 * @param steps       tiles moved
 * @param tilesWalked distinct tiles stepped on
 * @param clues       clues taken, in order
 * @param abilities   abilities picked up, in order
 * @param problem     why it could not close the case, or null
 * @param micros      wall time of the run in microseconds (not part of any promise of sameness)
 * @param path        every tile stepped on, in order, from the start (for an animated walk)
 */
public record PlaytestReport(boolean closed, int steps, int tilesWalked, List<String> clues, List<String> abilities, String problem,
        long micros, List<org.worldbench.engine.geom.Point> path) {

    public PlaytestReport {
        clues = List.copyOf(clues);
        abilities = List.copyOf(abilities);
        path = List.copyOf(path);
    }
}
