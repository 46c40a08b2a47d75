package org.worldbench.engine.cases;

import java.util.List;

/**
 * A clue at an interaction point of a room: taking it reveals tokens; reaching it may need tokens
 * already known and an ability.
 *
 * @param id              {@code e<n>}
 * @param type            physical, testimony, document, forensic, digital or environmental
 * @param name            what it is, in words
 * @param room            the room holding it
 * @param x               tile column
 * @param y               tile row
 * @param reveals         tokens learned by taking it
 * @param requires        tokens that must be known first
 * @param requiresAbility ability needed to take it, or null
 * @param redHerring      true for a misleading clue
 * @param pointsAt        the suspect a herring points at, or null
 * @param witness         the NPC giving a testimony, or null
 */
public record Evidence(String id, EvidenceType type, String name, String room, int x, int y, List<String> reveals,
        List<String> requires, String requiresAbility, boolean redHerring, String pointsAt, String witness) {

    public Evidence {
        reveals = List.copyOf(reveals);
        requires = List.copyOf(requires);
    }
}
