package org.worldbench.engine.layout;

import org.worldbench.engine.geom.Point;

/**
 * What the layout must respect about a room.
 *
 * @param fixed         true for a narrative anchor: placed exactly at {@code position}, never regenerated
 * @param position      the pinned top-left tile of a fixed room, null otherwise
 * @param accessibility public, locked (behind a gated door) or hidden (behind a hidden door)
 * @param faction       the faction controlling the room, or null
 * @param narrativeTag  a tag such as {@code case_location} or {@code quest_trigger}, or null
 */
public record RoomConstraints(boolean fixed, Point position, Accessibility accessibility, String faction,
        String narrativeTag) {

    /** A free, public room with no tags. */
    public static final RoomConstraints NONE = new RoomConstraints(false, null, Accessibility.PUBLIC, null, null);

    public RoomConstraints {
        if (fixed && position == null) {
            throw new IllegalArgumentException("a fixed room needs a position");
        }
        if (accessibility == null) {
            accessibility = Accessibility.PUBLIC;
        }
    }

    /** A copy with another accessibility. */
    public RoomConstraints withAccessibility(Accessibility value) {
        return new RoomConstraints(fixed, position, value, faction, narrativeTag);
    }
}
