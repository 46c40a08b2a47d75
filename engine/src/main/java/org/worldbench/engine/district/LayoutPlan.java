package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.layout.LayoutGraph;

/**
 * What the layout stage decides, before any room is painted: rooms and footprints, doors,
 * corridors, the graph with its gates, the start room, the spanning tree and where each ability
 * pickup goes. Nothing in it depends on a room's own seed.
 *
 * @param rooms         planned rooms in id order of creation
 * @param connections   connections with their corridor tiles
 * @param doors         doors of each room
 * @param graph         the layout graph
 * @param startRoom     id of the start room
 * @param treeParent    parent of each room in the spanning tree rooted at the start (start maps to null)
 * @param pickupRooms   room of each ability pickup, in the order abilities are handed out
 */
record LayoutPlan(List<PlannedRoom> rooms, List<PlacedConnection> connections, Map<String, List<Door>> doors,
        LayoutGraph graph, String startRoom, Map<String, String> treeParent, Map<String, String> pickupRooms) {

    LayoutPlan {
        rooms = List.copyOf(rooms);
        connections = List.copyOf(connections);
        Map<String, List<Door>> copy = new LinkedHashMap<>();
        doors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        doors = java.util.Collections.unmodifiableMap(copy);
        treeParent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(treeParent));
        pickupRooms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pickupRooms));
    }

    /** The room and every room below it in the spanning tree, in plan order. */
    List<String> subtree(String rootId) {
        List<String> out = new ArrayList<>();
        for (PlannedRoom room : rooms) {
            for (String at = room.id(); at != null; at = treeParent.get(at)) {
                if (at.equals(rootId)) {
                    out.add(room.id());
                    break;
                }
            }
        }
        return out;
    }
}
