package org.worldbench.engine.checker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checker's own picture of a case, read from the export JSON alone: nothing here is shared with
 * the generator. Immutable.
 *
 * @param startRoom   where the player starts
 * @param rooms       room ids
 * @param gates       connections (undirected) with the ability each needs, or null
 * @param startAbilities abilities held from the start
 * @param pickups     ability → rooms where it can be picked up
 * @param tokens      token id → its kind and suspect
 * @param clues       every piece of evidence
 * @param suspects    suspects, culprit included
 * @param culprit     who did it
 * @param labelledTokens the tokens the export labels as the solution
 */
public record CaseModel(String startRoom, Set<String> rooms, List<Gate> gates, Set<String> startAbilities,
        Map<String, Set<String>> pickups, Map<String, Token> tokens, List<Clue> clues, List<String> suspects, String culprit,
        List<String> labelledTokens) {

    /** Prefix of the ability a closed gate needs: no pickup ever gives it. */
    public static final String CLOSED = "closed:";

    /** A connection between two rooms, passable with {@code requires} (null: by anyone). */
    public record Gate(String id, String from, String to, String requires) {
    }

    /** A knowledge token. */
    public record Token(String id, String kind, String suspect) {
    }

    /** A clue: where it is and what it needs and gives. */
    public record Clue(String id, String room, Set<String> reveals, Set<String> requires, String requiresAbility,
            boolean redHerring) {
    }

    /**
     * The same case with clues removed, abilities taken away (pickups and start) and gates closed:
     * the what-if of writers and of the editor.
     */
    public CaseModel without(Set<String> clueIds, Set<String> abilities, Set<String> gateIds) {
        List<Clue> keptClues = clues.stream().filter(c -> !clueIds.contains(c.id())).toList();
        // A closed gate stays in the district, needing an ability no one can have, so the blocking
        // set can name it.
        List<Gate> keptGates = gates.stream()
                .map(g -> gateIds.contains(g.id()) ? new Gate(g.id(), g.from(), g.to(), CLOSED + g.id()) : g)
                .toList();
        Map<String, Set<String>> keptPickups = new java.util.LinkedHashMap<>(pickups);
        abilities.forEach(keptPickups::remove);
        Set<String> keptStart = new java.util.LinkedHashSet<>(startAbilities);
        keptStart.removeAll(abilities);
        return new CaseModel(startRoom, rooms, keptGates, keptStart, keptPickups, tokens, keptClues, suspects, culprit,
                labelledTokens);
    }
}
