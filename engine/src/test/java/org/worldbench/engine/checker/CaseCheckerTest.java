package org.worldbench.engine.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.worldbench.engine.checker.CaseFixture.t;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.io.InputException;

class CaseCheckerTest {

    private static CaseModel model(CaseFixture f) throws InputException {
        return CaseModelReader.read(f.root, "fixture.json");
    }

    @Test
    void spheresOpenTheGateAndNarrowToTheCulprit() throws InputException {
        CheckReport r = CaseChecker.check(model(CaseFixture.basic()));
        assertTrue(r.solvable());
        assertTrue(r.deducible());
        assertTrue(r.labelAgrees());
        assertEquals(2, r.spheres().size());
        CheckReport.Sphere first = r.spheres().get(0);
        assertEquals(List.of("A"), first.roomsOpened());
        assertEquals(List.of("lockpick"), first.abilitiesGained());
        assertEquals(List.of("c1", "c3"), first.evidenceTaken());
        assertEquals(List.of("s1", "s2"), first.suspectsStanding());
        CheckReport.Sphere second = r.spheres().get(1);
        assertEquals(List.of("B"), second.roomsOpened());
        assertEquals(List.of("c2", "c4"), second.evidenceTaken());
        assertEquals(List.of("s1"), second.suspectsStanding());
        assertEquals(1, r.solvedInSphere());
        assertFalse(r.crackedEarly());
        assertEquals(List.of("c1", "c3", "c2", "c4").size(), r.minimumPath().size());
        assertTrue(r.minimumPath().indexOf("c1") < r.minimumPath().indexOf("c2"), "the lead comes before what it unlocks");
    }

    @Test
    void aRemovedClueLeavesItsTokenAsTheBlockingSet() throws InputException {
        CaseModel without = model(CaseFixture.basic()).without(Set.of("c1"), Set.of(), Set.of());
        CheckReport r = CaseChecker.check(without);
        assertFalse(r.solvable());
        assertEquals(List.of("token:L"), r.blockingSet());
        assertTrue(r.minimumPath().isEmpty());
    }

    @Test
    void anImpossibleGateIsTheBlockingSet() throws InputException {
        CheckReport noPickup = CaseChecker.check(model(CaseFixture.basic()).without(Set.of(), Set.of("lockpick"), Set.of()));
        assertFalse(noPickup.solvable());
        assertEquals(List.of("ability:lockpick"), noPickup.blockingSet());
        CheckReport closed = CaseChecker.check(model(CaseFixture.basic()).without(Set.of(), Set.of(), Set.of("g1")));
        assertFalse(closed.solvable());
        assertEquals(List.of("gate:g1"), closed.blockingSet());
    }

    @Test
    void theMinimumPathIsATrueMinimumWhereGreedyIsNot() throws InputException {
        // Set cover: a clue revealing four of the six needed tokens tempts a greedy walker, but two
        // other clues cover all six.
        CaseFixture f = new CaseFixture("A", "s1").rooms("A").suspects("s1", "s2", "s3", "s4")
                .token("m", "motive", "s1", true).token("me", "means", "s1", true).token("o", "opportunity", "s1", true)
                .token("a2", "alibi", "s2", true).token("a3", "alibi", "s3", true).token("a4", "alibi", "s4", true)
                .clue("big", "A", t("m", "me", "o", "a2"), t())
                .clue("left", "A", t("m", "o", "a3"), t())
                .clue("right", "A", t("me", "a2", "a4"), t());
        CheckReport r = CaseChecker.check(model(f));
        assertEquals(2, r.minimumPath().size(), r.minimumPath().toString());
        assertEquals(Set.of("left", "right"), Set.copyOf(r.minimumPath()));
    }

    @Test
    void criticalityTellsWhichCluesTheCaseCannotLose() throws InputException {
        CaseFixture f = CaseFixture.basic().clue("c5", "A", t("o"), t());
        List<CheckReport.Criticality> crit = CaseChecker.criticality(model(f));
        CheckReport.Criticality c1 = crit.stream().filter(c -> c.evidence().equals("c1")).findFirst().orElseThrow();
        assertFalse(c1.survives());
        CheckReport.Criticality c3 = crit.stream().filter(c -> c.evidence().equals("c3")).findFirst().orElseThrow();
        assertTrue(c3.survives(), "c5 corroborates c3");
        assertEquals(0, c3.change());
    }

    @Test
    void herringsAndEarlyCracks() throws InputException {
        CaseFixture herring = CaseFixture.basic().token("h2", "herring", "s2", false).clue("hc", "A", t("h2"), t());
        CheckReport refuted = CaseChecker.check(model(herring));
        assertTrue(refuted.unrefutedHerrings().isEmpty());
        CheckReport unrefuted = CaseChecker.check(model(herring).without(Set.of("c4"), Set.of(), Set.of()));
        assertEquals(List.of("h2"), unrefuted.unrefutedHerrings());
        assertFalse(unrefuted.solvable());

        CaseFixture late = CaseFixture.basic().rooms("C").connect("g2", "B", "C", "hack").pickup("hack", "B")
                .token("x", "lead", null, false).clue("late", "C", t("x"), t());
        CheckReport early = CaseChecker.check(model(late));
        assertTrue(early.solvable());
        assertTrue(early.crackedEarly(), "a clue still to come after the case is solved");
    }

    @Test
    void eliminatingTheCulpritIsNotADeduction() throws InputException {
        CaseFixture f = CaseFixture.basic().token("bad", "alibi", "s1", false).clue("cb", "A", t("bad"), t());
        CheckReport r = CaseChecker.check(model(f));
        assertFalse(r.solvable(), "a case that clears its own culprit cannot be deduced");
    }

    @Test
    void malformedExportsSayWhatIsMissing() {
        CaseFixture noCase = CaseFixture.basic();
        noCase.root.remove("case");
        InputException missing = assertThrows(InputException.class, () -> model(noCase));
        assertEquals("fixture.json: at $.case: missing 'case'", missing.getMessage());

        CaseFixture badRoom = CaseFixture.basic().clue("cx", "Z", t("o"), t());
        assertTrue(assertThrows(InputException.class, () -> model(badRoom)).getMessage()
                .contains("$.case.evidence[4].room: names unknown room 'Z'"));

        CaseFixture badToken = CaseFixture.basic().clue("cy", "A", t("nope"), t());
        assertTrue(assertThrows(InputException.class, () -> model(badToken)).getMessage().contains("unknown token 'nope'"));

        CaseFixture wrongType = CaseFixture.basic();
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType.root.get("case")).put("suspects", "s1");
        assertTrue(assertThrows(InputException.class, () -> model(wrongType)).getMessage().contains("$.case.suspects: expected an array"));
    }
}
