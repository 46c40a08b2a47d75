package org.worldbench.engine.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.io.StrictJson;

class LayoutGraphTest {

    /** start - a - b - c, with a shortcut start - c gated by "hack", and a lone room d. */
    private static LayoutGraph sample(boolean withLoneRoom) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        b.addRoom(new RoomNode("start", "detective_office", null, null));
        b.addRoom(new RoomNode("a", "apartment", null, null));
        b.addRoom(new RoomNode("b", "alley", null, new RoomConstraints(false, null, Accessibility.LOCKED, "syndicate", null)));
        b.addRoom(new RoomNode("c", "crime_scene", "crime_scenes",
                new RoomConstraints(true, new Point(4, 5), Accessibility.PUBLIC, null, "case_location")));
        if (withLoneRoom) {
            b.addRoom(new RoomNode("d", "apartment", null, null));
        }
        b.addConnection(new Connection("c0", "start", "a", DoorType.MAIN, true, null));
        b.addConnection(new Connection("c1", "a", "b", DoorType.LOCKED, true, "lockpick"));
        b.addConnection(new Connection("c2", "b", "c", DoorType.MAIN, true, null));
        b.addConnection(new Connection("c3", "start", "c", DoorType.SHORTCUT, false, "hack"));
        return b.build();
    }

    @Test
    void connectivityPathsAndLoops() {
        LayoutGraph g = sample(false);
        assertTrue(g.isConnected());
        assertFalse(sample(true).isConnected());
        assertFalse(sample(true).hasPath("start", "d"));
        assertEquals(List.of("start", "c"), g.shortestPath("start", "c"));
        assertEquals(List.of("start", "a", "c", "b"), g.placementOrder("start"));
        assertEquals(1, g.loopCount());
        assertEquals(1, g.cycleBasis().size());
        assertEquals(4, g.cycleBasis().get(0).size());
        assertEquals(List.of(), g.deadEnds());
        assertEquals(List.of("a", "c"), g.findNearby("start", 1).stream().map(RoomNode::id).toList());
    }

    @Test
    void reachabilityRespectsAbilities() {
        LayoutGraph g = sample(false);
        assertEquals(Set.of("start", "a"), g.reachableFrom("start", Set.of()));
        assertEquals(Set.of("start", "a", "b", "c"), g.reachableFrom("start", Set.of("lockpick")));
        assertEquals(Set.of("start", "a", "b", "c"), g.reachableFrom("start", Set.of("hack")));
    }

    @Test
    void builderRefusesBadEdges() {
        LayoutGraph.Builder b = LayoutGraph.builder();
        b.addRoom(new RoomNode("x", "apartment", null, null));
        assertThrows(IllegalArgumentException.class, () -> b.addRoom(new RoomNode("x", "alley", null, null)));
        assertThrows(IllegalArgumentException.class,
                () -> b.addConnection(new Connection("c", "x", "nowhere", DoorType.MAIN, true, null)));
        assertThrows(IllegalArgumentException.class, () -> new Connection("c", "x", "x", DoorType.MAIN, true, null));
    }

    @Test
    void serializationRoundTrips() throws Exception {
        LayoutGraph g = sample(true);
        String json = StrictJson.mapper().writeValueAsString(g.toData());
        LayoutGraph back = LayoutGraph.fromData(StrictJson.read("graph.json", json, LayoutGraphData.class));
        assertEquals(g, back);
        assertEquals(g.room("c").orElseThrow().constraints(), back.room("c").orElseThrow().constraints());
    }
}
