package org.worldbench.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.DistrictRequest;
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.project.CaseSettings;
import org.worldbench.engine.testing.TestData;

/** Generated cases, judged by the independent checker over many seeds at every difficulty. */
class CaseGeneratorTest {

    private static final DistrictGenerator DISTRICTS = new DistrictGenerator(TestData.templates());
    private static final CaseGenerator CASES = new CaseGenerator(TestData.cases());

    @ParameterizedTest
    @ValueSource(strings = {"easy", "medium", "hard"})
    void everyCaseIsSolvableAndDeducibleByTheChecker(String difficulty) throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (long seed = 1; seed <= 300; seed++) {
            District d = DISTRICTS.generate(DistrictRequest.of(seed));
            CaseFile c = CASES.generate(d, new CaseSettings(null, difficulty), seed);
            types.add(c.type());
            CheckReport r = CaseChecker.check(CaseModelReader.read(CheckerInput.of(d, c), "seed " + seed));
            if (!r.solvable() || !r.deducible()) {
                failures.add(seed + ": solvable " + r.solvable() + ", deducible " + r.deducible() + ", blocking " + r.blockingSet());
            }
            if (!r.labelAgrees()) {
                failures.add(seed + ": the solution label disagrees with the logic");
            }
            if (r.minimumPath().size() != c.minimumPath().size()) {
                failures.add(seed + ": generator path " + c.minimumPath() + " vs true minimum " + r.minimumPath());
            }
            for (Evidence e : c.evidence()) {
                if (!d.tiles().isWalkable(e.x(), e.y())) {
                    failures.add(seed + ": " + e.id() + " on an unwalkable tile");
                }
                if (e.redHerring()) {
                    if (e.pointsAt() == null || e.pointsAt().equals(c.culprit()) || !c.suspects().contains(e.pointsAt())) {
                        failures.add(seed + ": herring " + e.id() + " does not point at an innocent suspect");
                    }
                    if (r.minimumPath().contains(e.id()) || e.reveals().stream().anyMatch(c.requiredTokens()::contains)) {
                        failures.add(seed + ": herring " + e.id() + " lies on the solution path");
                    }
                }
            }
            if (failures.size() > 10) {
                break;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(Set.of("murder", "theft", "conspiracy"), types, "the seed chooses among every case type");
    }

    @Test
    void difficultyTurnsTheDials() throws Exception {
        double[] clues = new double[3];
        double[] herrings = new double[3];
        double[] depth = new double[3];
        String[] levels = {"easy", "medium", "hard"};
        for (int i = 0; i < 3; i++) {
            for (long seed = 1; seed <= 40; seed++) {
                District d = DISTRICTS.generate(DistrictRequest.of(seed));
                CaseFile c = CASES.generate(d, new CaseSettings("murder", levels[i]), seed);
                clues[i] += c.evidence().size();
                herrings[i] += c.evidence().stream().filter(Evidence::redHerring).count();
                depth[i] += c.graph().depth();
                assertEquals(levels[i], c.difficulty());
            }
        }
        assertTrue(clues[0] < clues[1] && clues[1] < clues[2], "more clues when harder");
        assertEquals(0, herrings[0]);
        assertTrue(herrings[1] < herrings[2]);
        assertTrue(depth[0] < depth[1] && depth[1] < depth[2], "longer chains when harder");
    }

    @Test
    void theCaseHangsTogether() throws Exception {
        District d = DISTRICTS.generate(DistrictRequest.of(42));
        CaseFile c = CASES.generate(d, new CaseSettings(null, "medium"), 42);
        assertEquals(c, CASES.generate(d, new CaseSettings(null, "medium"), 42), "deterministic");
        assertNotEquals(c, CASES.generate(d, new CaseSettings(null, "medium"), 43), "the case seed matters");
        assertTrue(c.suspects().contains(c.culprit()));
        assertFalse(c.suspects().contains(c.victim()));
        assertTrue(c.relationships().stream().anyMatch(r -> r.from().equals(c.culprit()) && r.to().equals(c.victim())),
                "culprit and victim are related");
        assertTrue(List.of("financial", "passionate", "psychological").contains(c.motive()));
        assertTrue(d.room(c.crimeScene()).isPresent());
        assertTrue(c.timeline().size() >= 4);
        assertTrue(c.npcs().stream().anyMatch(n -> n.role().equals("witness")) || c.evidence().stream()
                .noneMatch(e -> e.type() == EvidenceType.TESTIMONY));
    }
}
