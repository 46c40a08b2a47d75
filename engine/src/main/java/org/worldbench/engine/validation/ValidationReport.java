package org.worldbench.engine.validation;

import java.util.List;

/**
 * The outcome of validating one generation (seed 003, GenerationValidationSystem).
 *
 * @param connected      every room reachable on foot from the start, and the layout graph connected
 * @param solvable       the independent checker solves the case
 * @param deducible      the checker narrows the suspects to exactly the culprit
 * @param anchorsPlaced  every narrative anchor present, exactly at its pin
 * @param coherent       case locations within five rooms of an anchor (true without anchors)
 * @param withinLimits   at most 100 rooms and 500 entities, no overlapping rooms or entities
 * @param score          seed 003's quality score, 0..100
 * @param issues         failures, one line each
 * @param warnings       things worth a look that do not fail
 * @param metadata       counts behind the score
 */
public record ValidationReport(boolean connected, boolean solvable, boolean deducible, boolean anchorsPlaced,
        boolean coherent, boolean withinLimits, double score, List<String> issues, List<String> warnings, Metadata metadata) {

    public ValidationReport {
        issues = List.copyOf(issues);
        warnings = List.copyOf(warnings);
    }

    /** True when no check failed. */
    public boolean valid() {
        return issues.isEmpty();
    }

    /** The names of the failed checks. */
    public List<String> failedChecks() {
        List<String> out = new java.util.ArrayList<>();
        if (!connected) {
            out.add("connected");
        }
        if (!solvable) {
            out.add("solvable");
        }
        if (!deducible) {
            out.add("deducible");
        }
        if (!anchorsPlaced) {
            out.add("anchorsPlaced");
        }
        if (!coherent) {
            out.add("coherent");
        }
        if (!withinLimits) {
            out.add("withinLimits");
        }
        return out;
    }

    /** Counts behind the score. */
    public record Metadata(int roomCount, int entityCount, int evidenceCount, int shortcutCount, int deadEndCount,
            int loopCount) {
    }
}
