package org.worldbench.editor.playtest;

import java.util.ArrayList;
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
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.playtest.DoorGates;

/**
 * The state of one playtest: where the player stands, what they hold and know, which clues they
 * took, and whether the case is closed. Moves respect walls and gated doors; interacting takes the
 * clue or ability pickup on the player's tile or next to it (talking to a witness is taking their
 * testimony). No JavaFX here: the game and the bot drive it, tests read it.
 */
public final class PlaytestSession {

    private final GenerationResult result;
    private final Map<Point, Set<String>> gates;
    private final CaseModel model;
    private final Set<String> abilities = new LinkedHashSet<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> taken = new LinkedHashSet<>();
    private final Set<Point> pickedUp = new HashSet<>();
    private Point player;
    private int steps;

    public PlaytestSession(GenerationResult result) throws InputException {
        this.result = result;
        this.gates = DoorGates.of(result.district());
        this.model = CaseModelReader.read(CheckerInput.of(result.district(), result.caseFile()), "generated case");
        this.player = result.district().start();
    }

    public GenerationResult result() {
        return result;
    }

    public Point player() {
        return player;
    }

    public Set<String> abilities() {
        return Set.copyOf(abilities);
    }

    /** Knowledge tokens learned so far. */
    public Set<String> known() {
        return Set.copyOf(known);
    }

    /** Clues taken so far, in order. */
    public List<String> taken() {
        return List.copyOf(taken);
    }

    public int steps() {
        return steps;
    }

    /** True once the tokens known establish the culprit and clear everyone else. */
    public boolean closed() {
        return CaseChecker.solved(model, known);
    }

    /** Tries one step; false (and no move) into a wall or a door the player cannot open. */
    public boolean move(int dx, int dy) {
        int x = player.x() + dx;
        int y = player.y() + dy;
        if (Math.abs(dx) + Math.abs(dy) != 1 || !DoorGates.passable(result.district().tiles(), gates, x, y, abilities)) {
            return false;
        }
        player = new Point(x, y);
        steps++;
        return true;
    }

    /** Takes every clue and pickup on or next to the player's tile; returns what was taken. */
    public List<String> interact() {
        List<String> got = new ArrayList<>();
        for (AbilityPickup p : result.district().pickups()) {
            Point at = new Point(p.x(), p.y());
            if (at.manhattan(player) <= 1 && pickedUp.add(at)) {
                abilities.add(p.ability());
                got.add("ability:" + p.ability());
            }
        }
        for (Evidence e : result.caseFile().evidence()) {
            Point at = new Point(e.x(), e.y());
            if (at.manhattan(player) <= 1 && !taken.contains(e.id()) && known.containsAll(e.requires())
                    && (e.requiresAbility() == null || abilities.contains(e.requiresAbility()))) {
                taken.add(e.id());
                known.addAll(e.reveals());
                got.add(e.id());
            }
        }
        return got;
    }
}
