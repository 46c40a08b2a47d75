package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.DoorType;
import org.worldbench.engine.layout.LayoutGraph;
import org.worldbench.engine.random.SeededRandom;

/**
 * Puts ability gates on main doors and hands out the abilities so the district stays completable:
 * the pickup of the i-th ability lies in a room reachable with the abilities before it, chosen among
 * the farthest such rooms so the player walks out and comes back through the gate (a metroidvania
 * loop). A shortcut that would slip past a gate is gated too, by the latest ability its two ends
 * disagree on.
 */
final class GatePlanner {

    private final DistrictConfig config;
    private final SeededRandom rng;

    GatePlanner(DistrictConfig config, SeededRandom rng) {
        this.config = config;
        this.rng = rng;
    }

    /** The connections of the district (tree first, then shortcuts) and each ability's pickup room. */
    record Gates(List<Connection> connections, Map<String, String> pickupRooms) {
    }

    Gates plan(ConnectionPlanner.Selection selection, String startId, List<String> roomIds) {
        List<ConnectionPlanner.Link> tree = selection.tree();
        // Gate candidates: main doors not at the start room, so the start is never sealed.
        List<Integer> gateable = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (!tree.get(i).a().id().equals(startId)) {
                gateable.add(i);
            }
        }
        rng.shuffle(gateable);
        int gateCount = Math.min(config.gatedDoors(), gateable.size());
        Map<Integer, String> gateOf = new HashMap<>();
        for (int g = 0; g < gateCount; g++) {
            gateOf.put(gateable.get(g), config.abilities().get(g));
        }
        // Abilities each room needs along its tree path from the start.
        Map<String, Set<String>> needs = new HashMap<>();
        needs.put(startId, Set.of());
        for (int i = 0; i < tree.size(); i++) {
            ConnectionPlanner.Link link = tree.get(i);
            Set<String> set = new LinkedHashSet<>(needs.get(link.a().id()));
            if (gateOf.containsKey(i)) {
                set.add(gateOf.get(i));
            }
            needs.put(link.b().id(), set);
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            ConnectionPlanner.Link link = tree.get(i);
            String ability = gateOf.get(i);
            connections.add(new Connection("c" + connections.size(), link.a().id(), link.b().id(),
                    ability == null ? DoorType.MAIN : DoorType.LOCKED, true, ability));
        }
        for (ConnectionPlanner.Link link : selection.shortcuts()) {
            DoorType type = rng.probability(config.hiddenShare()) ? DoorType.HIDDEN : DoorType.SHORTCUT;
            String ability = latestDisagreement(needs.get(link.a().id()), needs.get(link.b().id()));
            connections.add(new Connection("c" + connections.size(), link.a().id(), link.b().id(), type, false, ability));
        }
        Map<String, String> pickups = placePickups(connections, startId, roomIds, gateCount);
        return new Gates(connections, pickups);
    }

    private String latestDisagreement(Set<String> a, Set<String> b) {
        String latest = null;
        for (String ability : config.abilities()) {
            if (a.contains(ability) != b.contains(ability)) {
                latest = ability;
            }
        }
        return latest;
    }

    private Map<String, String> placePickups(List<Connection> connections, String startId, List<String> roomIds,
            int abilityCount) {
        LayoutGraph.Builder builder = LayoutGraph.builder();
        roomIds.forEach(id -> builder.addRoom(new org.worldbench.engine.layout.RoomNode(id, "room", null, null)));
        connections.forEach(builder::addConnection);
        LayoutGraph graph = builder.build();
        Map<String, String> pickups = new LinkedHashMap<>();
        Set<String> held = new HashSet<>();
        Set<String> used = new HashSet<>();
        used.add(startId);
        for (int i = 0; i < abilityCount; i++) {
            String ability = config.abilities().get(i);
            Set<String> reachable = graph.reachableFrom(startId, held);
            Map<String, Integer> distance = distancesWithin(graph, startId, held);
            List<String> options = new ArrayList<>();
            for (String id : reachable) {
                if (!used.contains(id)) {
                    options.add(id);
                }
            }
            if (options.isEmpty()) {
                options.add(startId);
            }
            options.sort((x, y) -> Integer.compare(distance.get(y), distance.get(x)));
            List<String> farthest = options.subList(0, Math.max(1, (options.size() + 2) / 3));
            String room = rng.choice(farthest);
            pickups.put(ability, room);
            used.add(room);
            held.add(ability);
        }
        return pickups;
    }

    private static Map<String, Integer> distancesWithin(LayoutGraph graph, String startId, Set<String> held) {
        Map<String, Integer> distance = new HashMap<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        distance.put(startId, 0);
        queue.add(startId);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Connection c : graph.connectionsOf(current)) {
                String next = c.other(current);
                if (c.passableWith(held) && !distance.containsKey(next)) {
                    distance.put(next, distance.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        return distance;
    }
}
