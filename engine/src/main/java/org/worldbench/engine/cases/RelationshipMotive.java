package org.worldbench.engine.cases;

import java.util.List;

/**
 * A kind of relationship between culprit and victim and the motive it makes plausible.
 *
 * @param kind   such as {@code business_partner}
 * @param motive financial, passionate or psychological
 */
public record RelationshipMotive(String kind, String motive) {

    /** The three motive categories of seed 003. */
    public static final List<String> MOTIVES = List.of("financial", "passionate", "psychological");

    public RelationshipMotive {
        if (kind == null || !kind.matches("[a-z][a-z_]{0,31}")) {
            throw new IllegalArgumentException("relationship kind '" + kind + "' must be lower_snake_case");
        }
        if (!MOTIVES.contains(motive)) {
            throw new IllegalArgumentException("motive must be one of " + String.join(", ", MOTIVES) + ", was '" + motive + "'");
        }
    }
}
