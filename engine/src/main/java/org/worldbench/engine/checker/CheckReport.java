package org.worldbench.engine.checker;

import java.util.List;

/**
 * What the independent checker found.
 *
 * @param solvable        the case can be solved from the start with what the district offers
 * @param deducible       at the end the suspects narrow to exactly the culprit with motive, means and
 *                        opportunity established
 * @param crackedEarly    solved before the final sphere (later spheres add nothing the solution needs)
 * @param solvedInSphere  the sphere in which it became solved, -1 when never
 * @param spheres         the fixpoint, round by round
 * @param minimumPath     a true minimum set of clues that solves it, in a valid order (empty when unsolvable)
 * @param blockingSet     for an unsolvable case, the smallest set of tokens ({@code token:}), abilities
 *                        ({@code ability:}) or gates ({@code gate:}) whose granting makes it solvable
 * @param labelAgrees     the export's solution label names tokens that establish exactly this logic
 * @param unrefutedHerrings herring tokens whose suspect is never eliminated
 */
public record CheckReport(boolean solvable, boolean deducible, boolean crackedEarly, int solvedInSphere,
        List<Sphere> spheres, List<String> minimumPath, List<String> blockingSet, boolean labelAgrees,
        List<String> unrefutedHerrings) {

    public CheckReport {
        spheres = List.copyOf(spheres);
        minimumPath = List.copyOf(minimumPath);
        blockingSet = List.copyOf(blockingSet);
        unrefutedHerrings = List.copyOf(unrefutedHerrings);
    }

    /** One round of the fixpoint: what opened, what was gained and learned, who still stands. */
    public record Sphere(int index, List<String> roomsOpened, List<String> abilitiesGained, List<String> evidenceTaken,
            List<String> tokensLearned, List<String> suspectsStanding) {
    }

    /** Criticality of one clue: whether the case survives without it and its minimum path then. */
    public record Criticality(String evidence, boolean survives, int minimumPathWithout, int change) {
    }
}
