package org.worldbench.engine.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.cycle.PatonCycleBase;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.Multigraph;

/**
 * The district's layout graph: rooms as vertices, connections (doors) as edges, on JGraphT.
 *
 * <p>Immutable once built (see {@link Builder}); iteration orders are insertion orders, so every
 * traversal is deterministic. Vertices of the underlying graph are room ids; {@link #room(String)}
 * gives the node. The graph is undirected and may hold two connections between the same rooms.
 */
public final class LayoutGraph {

    private final Map<String, RoomNode> rooms;
    private final Map<String, Connection> connections;
    private final Graph<String, Connection> graph;

    private LayoutGraph(Map<String, RoomNode> rooms, Map<String, Connection> connections) {
        this.rooms = Collections.unmodifiableMap(rooms);
        this.connections = Collections.unmodifiableMap(connections);
        Graph<String, Connection> g = new Multigraph<>(null, null, false);
        rooms.keySet().forEach(g::addVertex);
        connections.values().forEach(c -> g.addEdge(c.from(), c.to(), c));
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    /** A new builder for a graph. */
    public static Builder builder() {
        return new Builder();
    }

    /** The read-only JGraphT view (vertices are room ids), for algorithms and exporters. */
    public Graph<String, Connection> graph() {
        return graph;
    }

    /** Rooms in insertion order. */
    public List<RoomNode> rooms() {
        return List.copyOf(rooms.values());
    }

    /** Connections in insertion order. */
    public List<Connection> connections() {
        return List.copyOf(connections.values());
    }

    /** The room with this id. */
    public Optional<RoomNode> room(String id) {
        return Optional.ofNullable(rooms.get(id));
    }

    /** The connection with this id. */
    public Optional<Connection> connection(String id) {
        return Optional.ofNullable(connections.get(id));
    }

    /** Connections touching a room, in insertion order. */
    public List<Connection> connectionsOf(String roomId) {
        requireRoom(roomId);
        return List.copyOf(graph.edgesOf(roomId));
    }

    /** Number of connections at a room. */
    public int degree(String roomId) {
        requireRoom(roomId);
        return graph.degreeOf(roomId);
    }

    /** True when every room can be reached from every other, ignoring gates. O(V + E). */
    public boolean isConnected() {
        return rooms.isEmpty() || new ConnectivityInspector<>(graph).isConnected();
    }

    /** True when a path joins the two rooms, ignoring gates. */
    public boolean hasPath(String fromId, String toId) {
        requireRoom(fromId);
        requireRoom(toId);
        return new ConnectivityInspector<>(graph).pathExists(fromId, toId);
    }

    /** The fewest-doors path between two rooms as room ids, or empty when none exists. O(V + E). */
    public List<String> shortestPath(String fromId, String toId) {
        requireRoom(fromId);
        requireRoom(toId);
        GraphPath<String, Connection> path = BFSShortestPath.findPathBetween(graph, fromId, toId);
        return path == null ? List.of() : List.copyOf(path.getVertexList());
    }

    /** Graph distances (in doors) from a room to every room reachable from it. O(V + E). */
    public Map<String, Integer> distancesFrom(String startId) {
        requireRoom(startId);
        Map<String, Integer> distance = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(startId, 0);
        queue.add(startId);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Connection c : graph.edgesOf(current)) {
                String next = c.other(current);
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        return Collections.unmodifiableMap(distance);
    }

    /** Rooms within {@code maxDistance} doors of a room (the room itself excluded), nearest first. */
    public List<RoomNode> findNearby(String roomId, int maxDistance) {
        List<RoomNode> nearby = new ArrayList<>();
        distancesFrom(roomId).forEach((id, d) -> {
            if (d > 0 && d <= maxDistance) {
                nearby.add(rooms.get(id));
            }
        });
        return nearby;
    }

    /**
     * The order in which to place rooms: breadth first from the start room, so each room after the
     * first is placed next to one already placed (the layout analogue of a topological sort).
     */
    public List<String> placementOrder(String startId) {
        return List.copyOf(distancesFrom(startId).keySet());
    }

    /** Rooms reachable from the start through connections passable with the given abilities. */
    public Set<String> reachableFrom(String startId, Set<String> abilities) {
        requireRoom(startId);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.add(startId);
        queue.add(startId);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Connection c : graph.edgesOf(current)) {
                String next = c.other(current);
                if (c.passableWith(abilities) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /**
     * The number of independent loops: E - V + C (C = connected components). Zero for a tree.
     */
    public int loopCount() {
        int components = new ConnectivityInspector<>(graph).connectedSets().size();
        return connections.size() - rooms.size() + components;
    }

    /** A cycle basis (Paton's algorithm), each cycle as its connections. O(V^3) worst case. */
    public List<List<Connection>> cycleBasis() {
        List<List<Connection>> cycles = new ArrayList<>();
        for (GraphPath<String, Connection> cycle : new PatonCycleBase<>(graph).getCycleBasis().getCyclesAsGraphPaths()) {
            cycles.add(List.copyOf(cycle.getEdgeList()));
        }
        return cycles;
    }

    /** Rooms with exactly one connection. */
    public List<String> deadEnds() {
        return rooms.keySet().stream().filter(id -> graph.degreeOf(id) == 1).toList();
    }

    /** The plain data of this graph, for serialization. */
    public LayoutGraphData toData() {
        return new LayoutGraphData(rooms(), connections());
    }

    /** Rebuilds a graph from its data, checking ids and references. */
    public static LayoutGraph fromData(LayoutGraphData data) {
        Builder builder = builder();
        data.rooms().forEach(builder::addRoom);
        data.connections().forEach(builder::addConnection);
        return builder.build();
    }

    private void requireRoom(String id) {
        if (!rooms.containsKey(id)) {
            throw new IllegalArgumentException("no room '" + id + "' in the layout graph");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutGraph other && rooms.equals(other.rooms)
                && List.copyOf(connections.values()).equals(List.copyOf(other.connections.values()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(rooms, List.copyOf(connections.values()));
    }

    /** Collects rooms and connections, then builds an immutable graph. Not thread-safe. */
    public static final class Builder {
        private final Map<String, RoomNode> rooms = new LinkedHashMap<>();
        private final Map<String, Connection> connections = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a room; ids must be unique. */
        public Builder addRoom(RoomNode room) {
            if (rooms.putIfAbsent(room.id(), room) != null) {
                throw new IllegalArgumentException("duplicate room id '" + room.id() + "'");
            }
            return this;
        }

        /** Adds a connection between two rooms already added; ids must be unique. */
        public Builder addConnection(Connection connection) {
            if (!rooms.containsKey(connection.from())) {
                throw new IllegalArgumentException("connection " + connection.id() + " names unknown room '" + connection.from() + "'");
            }
            if (!rooms.containsKey(connection.to())) {
                throw new IllegalArgumentException("connection " + connection.id() + " names unknown room '" + connection.to() + "'");
            }
            if (connections.putIfAbsent(connection.id(), connection) != null) {
                throw new IllegalArgumentException("duplicate connection id '" + connection.id() + "'");
            }
            return this;
        }

        /** True when a room with this id was added. */
        public boolean hasRoom(String id) {
            return rooms.containsKey(id);
        }

        /** The immutable graph. */
        public LayoutGraph build() {
            return new LayoutGraph(new LinkedHashMap<>(rooms), new LinkedHashMap<>(connections));
        }
    }
}
