package org.worldbench.editor.panels;

import java.util.HashSet;
import java.util.Set;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The independent checker's verdict on the case as the evidence panel shows it (with what-if
 * removals and closed gates): the report, the critical clues and the line of text above the graph.
 *
 * @param report   null when the case could not be checked
 * @param critical clues whose loss breaks the case (only for the case as generated)
 */
record EvidenceAnalysis(GenerationResult result, CheckReport report, Set<String> critical, String verdict) {

    /** Checks one case; the checker's model of it is built once a result and reused. */
    static final class Checker {

        private GenerationResult modelled;
        private CaseModel model;

        /** Runs the checker. Called by one panel's jobs only, one at a time. */
        EvidenceAnalysis check(GenerationResult result, Set<String> removed, Set<String> closedGates) {
            try {
                if (modelled != result) {
                    model = CaseModelReader.read(CheckerInput.of(result.district(), result.caseFile()), "generated case");
                    modelled = result;
                }
                boolean asIs = removed.isEmpty() && closedGates.isEmpty();
                CaseModel asked = asIs ? model : model.without(removed, Set.of(), closedGates);
                CheckReport report = CaseChecker.check(asked);
                Set<String> critical = new HashSet<>();
                if (asIs && report.solvable()) {
                    CaseChecker.criticality(asked).stream().filter(c -> !c.survives()).forEach(c -> critical.add(c.evidence()));
                }
                String what = (removed.isEmpty() ? "" : " without " + removed) + (closedGates.isEmpty() ? "" : " with " + closedGates + " closed");
                String verdict = report.solvable()
                        ? "Solvable" + what + " · minimum path " + report.minimumPath().size() + " clues · solved in sphere "
                                + report.solvedInSphere()
                        : "UNSOLVABLE" + what + " · blocking set " + report.blockingSet();
                return new EvidenceAnalysis(result, report, Set.copyOf(critical), verdict);
            } catch (InputException e) {
                modelled = null;
                return new EvidenceAnalysis(result, null, Set.of(), "cannot check: " + e.getMessage());
            }
        }
    }
}
