package org.worldbench.engine.layout;

import java.util.Objects;

/**
 * An edge of the layout graph: a door (or a pair of doors and a corridor) between two rooms.
 *
 * @param id       stable id, such as {@code c12}
 * @param from     id of one room (the one nearer the start for tree edges)
 * @param to       id of the other room
 * @param doorType how the door presents itself
 * @param required true when the district is not completable without this connection
 * @param requires the ability needed to pass, or null when anyone may pass
 */
public record Connection(String id, String from, String to, DoorType doorType, boolean required, String requires) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(doorType, "doorType");
        if (from.equals(to)) {
            throw new IllegalArgumentException("connection " + id + " joins room " + from + " to itself");
        }
    }

    /** The room at the other end from {@code roomId}. */
    public String other(String roomId) {
        if (from.equals(roomId)) {
            return to;
        }
        if (to.equals(roomId)) {
            return from;
        }
        throw new IllegalArgumentException("connection " + id + " does not touch room " + roomId);
    }

    /** True when a player holding {@code abilities} may pass. */
    public boolean passableWith(java.util.Set<String> abilities) {
        return requires == null || abilities.contains(requires);
    }
}
