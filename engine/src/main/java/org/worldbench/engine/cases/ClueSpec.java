package org.worldbench.engine.cases;

import java.util.List;

/**
 * A clue as the solution-first planner designs it, before it has a place: its level in the chain
 * (level 0 clues need nothing), what it reveals and requires, and whether it should sit behind a
 * gate.
 */
record ClueSpec(String id, EvidenceType type, String name, int level, List<String> reveals, List<String> requires,
        boolean redHerring, String pointsAt, boolean gated, boolean deepest) {

    ClueSpec {
        reveals = List.copyOf(reveals);
        requires = List.copyOf(requires);
    }

    /** True for clues a witness gives in words. */
    boolean isTestimony() {
        return type == EvidenceType.TESTIMONY;
    }

    ClueSpec withReveals(List<String> newReveals) {
        return new ClueSpec(id, type, name, level, newReveals, requires, redHerring, pointsAt, gated, deepest);
    }
}
