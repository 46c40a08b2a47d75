package org.worldbench.engine.population;

import java.util.Map;
import java.util.TreeMap;

/**
 * Something placed in the district: an NPC, a clue, an enemy, an interactable, a quest trigger or
 * an ability pickup, on one walkable tile of one room.
 *
 * @param id         {@code <kind>-<n>}, unique in the district
 * @param kind       npc, evidence, enemy, container, terminal, door, quest_trigger or pickup
 * @param room       the room it stands in
 * @param x          tile column
 * @param y          tile row
 * @param properties further facts (role, faction, evidence id…), sorted by key
 */
public record Entity(String id, String kind, String room, int x, int y, Map<String, String> properties) {

    public Entity {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
