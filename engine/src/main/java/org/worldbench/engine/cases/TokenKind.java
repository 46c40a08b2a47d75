package org.worldbench.engine.cases;

/**
 * What a piece of knowledge establishes. Motive, means and opportunity establish a suspect's guilt;
 * an alibi or a contradiction eliminates a suspect; a lead unlocks further clues; a herring points
 * at an innocent.
 */
public enum TokenKind {
    MOTIVE, MEANS, OPPORTUNITY, ALIBI, CONTRADICTION, LEAD, HERRING;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
