package org.worldbench.engine.template;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A place in a template where evidence, an NPC, a quest trigger or a container may go.
 *
 * @param id   unique within the template
 * @param x    template column
 * @param y    template row
 * @param kind what may go there
 */
@JsonPropertyOrder({"id", "x", "y", "kind"})
public record InteractionPoint(String id, int x, int y, InteractionKind kind) {

    public InteractionPoint {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("interaction point needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("interaction point '" + id + "' needs a kind");
        }
    }
}
