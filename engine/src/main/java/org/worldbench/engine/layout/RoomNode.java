package org.worldbench.engine.layout;

import java.util.Objects;

/**
 * A room of the layout graph: its id, semantic type (such as {@code crime_scene}), the template group
 * it draws templates from, and its constraints. Identity is the id.
 */
public record RoomNode(String id, String type, String templateGroup, RoomConstraints constraints) {

    public RoomNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (templateGroup == null) {
            templateGroup = type;
        }
        if (constraints == null) {
            constraints = RoomConstraints.NONE;
        }
    }

    /** True for a narrative anchor. */
    public boolean fixed() {
        return constraints.fixed();
    }
}
