package org.worldbench.engine.district;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A narrative anchor as the project file pins it: a room built from {@code templateId} whose
 * top-left tile is exactly ({@code x}, {@code y}). The generator never moves it; anchors that cannot
 * all be honoured are an error.
 *
 * @param id         the anchor's id, also the id of its room (letters, digits, {@code _} and {@code -})
 * @param templateId the room template to place
 * @param x          top-left tile column (≥ 0)
 * @param y          top-left tile row (≥ 0)
 * @param locked     true when the editor must not let it be dragged (default false)
 * @param rotation   0, 90, 180 or 270 (default 0)
 */
@JsonPropertyOrder({"id", "templateId", "x", "y", "locked", "rotation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnchorPin(String id, String templateId, int x, int y, Boolean locked, Integer rotation) {

    public AnchorPin {
        locked = locked != null && locked;
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_-]{0,47}")) {
            throw new IllegalArgumentException("anchor id '" + id
                    + "' must start with a letter and hold only letters, digits, _ and - (at most 48)");
        }
        if (id.matches("r\\d+")) {
            throw new IllegalArgumentException("anchor id '" + id + "' is reserved for generated rooms (r<number>)");
        }
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalArgumentException("anchor '" + id + "' needs a templateId");
        }
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("anchor '" + id + "' position must not be negative, was " + x + "," + y);
        }
        if (rotation != null && rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("anchor '" + id + "' rotation must be 0, 90, 180 or 270, was " + rotation);
        }
    }

    /** The rotation in degrees, 0 when not given. */
    public int rotationDegrees() {
        return rotation == null ? 0 : rotation;
    }

    /** The same anchor moved to a new top-left tile. */
    public AnchorPin movedTo(int newX, int newY) {
        return new AnchorPin(id, templateId, newX, newY, locked, rotation);
    }
}
