package org.worldbench.engine.playtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * A bot that proves a case can be closed on foot: it asks the independent checker for the minimum
 * path, then walks it through the real tiles with A* — gated doors stay shut until it has picked up
 * their ability — taking each clue where it lies. When a clue is behind a gate it cannot pass yet,
 * it first fetches the nearest ability pickup it can reach. The case closes when the clues taken
 * establish the culprit and clear everyone else.
 */
public final class PlaytestBot {

    /** Walks one generation. */
    public PlaytestReport play(GenerationResult result) {
        long started = System.nanoTime();
        District d = result.district();
        CaseModel model;
        try {
            model = CaseModelReader.read(CheckerInput.of(d, result.caseFile()), "generated case");
        } catch (InputException e) {
            return new PlaytestReport(false, 0, 0, List.of(), List.of(), e.getMessage(), 0, List.of());
        }
        List<String> route = CaseChecker.minimumPath(model);
        if (route.isEmpty()) {
            return new PlaytestReport(false, 0, 0, List.of(), List.of(), "the checker finds no path to walk", micros(started), List.of());
        }
        GridPathfinder finder = new GridPathfinder(d.tiles(), DoorGates.of(d));
        Map<String, Evidence> clues = new HashMap<>();
        result.caseFile().evidence().forEach(e -> clues.put(e.id(), e));
        Set<String> held = new LinkedHashSet<>();
        Set<String> known = new HashSet<>();
        List<String> taken = new ArrayList<>();
        List<AbilityPickup> pickups = new ArrayList<>(d.pickups());
        Set<Point> visited = new HashSet<>();
        List<Point> walk = new ArrayList<>();
        Point at = d.start();
        visited.add(at);
        int steps = 0;
        for (String id : route) {
            Evidence clue = clues.get(id);
            Point target = new Point(clue.x(), clue.y());
            List<Point> path = finder.path(at, target, held);
            while (path == null) {
                // Behind a gate: fetch the nearest reachable ability first.
                AbilityPickup best = null;
                List<Point> bestPath = null;
                for (AbilityPickup p : pickups) {
                    if (held.contains(p.ability())) {
                        continue;
                    }
                    List<Point> toPickup = finder.path(at, new Point(p.x(), p.y()), held);
                    if (toPickup != null && (bestPath == null || toPickup.size() < bestPath.size())) {
                        best = p;
                        bestPath = toPickup;
                    }
                }
                if (best == null) {
                    return new PlaytestReport(false, steps, visited.size(), taken, List.copyOf(held),
                            "clue " + id + " in room " + clue.room() + " cannot be reached on foot", micros(started), walk);
                }
                steps += bestPath.size();
                visited.addAll(bestPath);
                walk.addAll(bestPath);
                at = new Point(best.x(), best.y());
                held.add(best.ability());
                path = finder.path(at, target, held);
            }
            steps += path.size();
            visited.addAll(path);
            walk.addAll(path);
            at = target;
            taken.add(id);
            known.addAll(clue.reveals());
        }
        boolean closed = CaseChecker.solved(model, known);
        return new PlaytestReport(closed, steps, visited.size(), taken, List.copyOf(held),
                closed ? null : "the clues walked to do not close the case", micros(started), walk);
    }

    private static long micros(long started) {
        return (System.nanoTime() - started) / 1000;
    }
}
