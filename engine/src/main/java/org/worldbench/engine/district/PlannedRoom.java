package org.worldbench.engine.district;

import java.util.List;
import org.worldbench.engine.geom.Rect;

/**
 * A room as the layout stage decides it: id, type, footprint and the slots it claims. The template
 * painted into it is chosen later from the room's own stream.
 */
record PlannedRoom(String id, String type, Rect bounds, List<Integer> slots, TemplateVariant layoutVariant,
        AnchorPin anchor) {

    PlannedRoom {
        slots = List.copyOf(slots);
    }

    boolean isAnchor() {
        return anchor != null;
    }
}
