package org.worldbench.engine.cases;

/**
 * How hard a case is: the dials of one difficulty level.
 *
 * @param suspects       suspects including the culprit (2..6)
 * @param chainDepth     rounds of clues that unlock further clues (1..5)
 * @param redHerrings    misleading clues, each pointing at a different innocent (0..suspects-1)
 * @param gatedEvidence  required clues placed behind ability gates when the district has them (0..5)
 * @param extraEvidence  corroborating clues beyond the minimum (0..10)
 */
public record DifficultyProfile(int suspects, int chainDepth, int redHerrings, int gatedEvidence, int extraEvidence) {

    public DifficultyProfile {
        if (suspects < 2 || suspects > 6) {
            throw new IllegalArgumentException("suspects must be 2..6, was " + suspects);
        }
        if (chainDepth < 1 || chainDepth > 5) {
            throw new IllegalArgumentException("chainDepth must be 1..5, was " + chainDepth);
        }
        if (redHerrings < 0 || redHerrings > suspects - 1) {
            throw new IllegalArgumentException("redHerrings must be 0.." + (suspects - 1) + " (one innocent each), was " + redHerrings);
        }
        if (gatedEvidence < 0 || gatedEvidence > 5) {
            throw new IllegalArgumentException("gatedEvidence must be 0..5, was " + gatedEvidence);
        }
        if (extraEvidence < 0 || extraEvidence > 10) {
            throw new IllegalArgumentException("extraEvidence must be 0..10, was " + extraEvidence);
        }
    }
}
