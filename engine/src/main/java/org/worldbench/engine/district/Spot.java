package org.worldbench.engine.district;

/**
 * An interaction point of a placed room in world tiles: where evidence, an NPC, a quest trigger or
 * a container may go.
 *
 * @param id   the point's id, unique within its room
 * @param kind {@code evidence}, {@code npc}, {@code quest_trigger} or {@code container}
 * @param x    tile column
 * @param y    tile row
 */
public record Spot(String id, String kind, int x, int y) {
}
