package org.worldbench.engine.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.worldbench.engine.geom.Side;
import org.worldbench.engine.layout.DoorType;

/**
 * A door a template offers on its wall ring.
 *
 * @param id          unique within the template
 * @param x           template column
 * @param y           template row
 * @param side        the wall it lies on
 * @param type        main, locked, hidden or shortcut
 * @param keyRequired the ability a locked door asks for, or null
 */
@JsonPropertyOrder({"id", "x", "y", "side", "type", "keyRequired"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateDoor(String id, int x, int y, Side side, DoorType type, String keyRequired) {

    public TemplateDoor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("door needs an id");
        }
        if (side == null) {
            throw new IllegalArgumentException("door '" + id + "' needs a side");
        }
        if (type == null) {
            type = DoorType.MAIN;
        }
    }
}
