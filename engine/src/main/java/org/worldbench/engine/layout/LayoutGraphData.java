package org.worldbench.engine.layout;

import java.util.List;

/** The serializable form of a {@link LayoutGraph}: its rooms and connections in order. */
public record LayoutGraphData(List<RoomNode> rooms, List<Connection> connections) {

    public LayoutGraphData {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        connections = connections == null ? List.of() : List.copyOf(connections);
    }
}
