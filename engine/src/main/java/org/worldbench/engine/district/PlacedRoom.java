package org.worldbench.engine.district;

import java.util.List;
import java.util.Optional;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;

/**
 * A room of a generated district. Its footprint and doors come from the layout; its template,
 * interior and spots from its own seed, so re-seeding it changes nothing outside {@link #bounds()}.
 *
 * @param id          stable id ({@code r<n>} for generated rooms, the anchor id for anchors)
 * @param type        semantic type such as {@code crime_scene}
 * @param templateId  the template painted into the footprint
 * @param bounds      footprint; {@code x, y} is the top-left tile
 * @param rotation    template rotation in degrees
 * @param anchor      the anchor id when this room is a narrative anchor, else null
 * @param pinned      true when the room must never move or be regenerated (anchors)
 * @param interiorSeed the seed of this room's own stream (template, interior, contents)
 * @param doors       doors on its wall ring, one per connection
 * @param subRooms    BSP sub-rooms of a large room, empty for fixed layouts
 * @param spots       interaction points in world tiles
 * @param pickups     the ability pickups placed in this room (usually none or one)
 */
public record PlacedRoom(String id, String type, String templateId, Rect bounds, int rotation, String anchor,
        boolean pinned, long interiorSeed, List<Door> doors, List<Rect> subRooms, List<Spot> spots,
        List<AbilityPickup> pickups) {

    public PlacedRoom {
        doors = List.copyOf(doors);
        subRooms = List.copyOf(subRooms);
        spots = List.copyOf(spots);
        pickups = List.copyOf(pickups);
    }

    /** The door of a connection, if this room has one. */
    public Optional<Door> door(String connectionId) {
        return doors.stream().filter(d -> d.connectionId().equals(connectionId)).findFirst();
    }

    /** The tile nearest the centre of the footprint. */
    public Point center() {
        return bounds.center();
    }
}
