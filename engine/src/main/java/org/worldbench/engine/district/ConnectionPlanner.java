package org.worldbench.engine.district;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.geom.Side;
import org.worldbench.engine.random.SeededRandom;

/**
 * Connects planned rooms: every pair of rooms in neighbouring slots is a candidate; each candidate
 * gets a door on both rooms and a routed corridor; a random spanning tree of the routable candidates
 * makes the main doors, and the rest become shortcuts (hidden doors for a share of them) with the
 * configured probability, topped up until the graph has {@code minLoops} loops.
 *
 * <p>O(C · W) for C candidates and corridor windows of W tiles.
 */
final class ConnectionPlanner {

    /** A routed candidate: the two rooms, their doors and the corridor between them. */
    record Link(PlannedRoom a, PlannedRoom b, Door doorA, Door doorB, List<Point> corridor) {
    }

    private final DistrictConfig config;
    private final SeededRandom rng;

    ConnectionPlanner(DistrictConfig config, SeededRandom rng) {
        this.config = config;
        this.rng = rng;
    }

    /** Candidate links between rooms in neighbouring slots, routed, in a deterministic order. */
    List<Link> candidates(List<PlannedRoom> rooms, int[] owners, SlotGrid grid) {
        List<Rect> bounds = rooms.stream().map(PlannedRoom::bounds).toList();
        CorridorRouter router = new CorridorRouter(config.width(), config.height(), bounds);
        DoorPlacer doors = new DoorPlacer(router);
        Set<Long> seen = new LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        for (int s = 0; s < grid.count(); s++) {
            int a = owners[s];
            if (a < 0) {
                continue;
            }
            for (int n : grid.neighbours(s)) {
                int b = owners[n];
                if (b < 0 || b == a || !seen.add(pairKey(a, b))) {
                    continue;
                }
                Side facing = sideTowards(grid, s, n);
                link(rooms.get(a), rooms.get(b), facing, router, doors).ifPresent(links::add);
            }
        }
        return links;
    }

    private Optional<Link> link(PlannedRoom a, PlannedRoom b, Side facing, CorridorRouter router, DoorPlacer doors) {
        Optional<DoorPlacer.Candidate> da = doors.choose(a, facing, b.bounds().center());
        Optional<DoorPlacer.Candidate> db = doors.choose(b, facing.opposite(), a.bounds().center());
        if (da.isEmpty() || db.isEmpty()) {
            return Optional.empty();
        }
        Rect window = union(a.bounds(), b.bounds()).expand(4);
        List<Point> path = router.route(da.get().outside(), db.get().outside(), window);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        doors.take(a.id(), da.get().tile());
        doors.take(b.id(), db.get().tile());
        List<Point> corridor = new ArrayList<>(path.size() + 2);
        corridor.add(da.get().tile());
        corridor.addAll(path);
        corridor.add(db.get().tile());
        // Door ids are filled in once the link becomes a connection.
        return Optional.of(new Link(a, b, new Door("", da.get().tile().x(), da.get().tile().y(), da.get().side()),
                new Door("", db.get().tile().x(), db.get().tile().y(), db.get().side()), corridor));
    }

    /**
     * Chooses the spanning tree (from the start room) and the shortcuts. Returns the kept links in
     * the order they become connections: tree links breadth first from the start, then shortcuts.
     * Rooms the start cannot reach through any routable link are reported in {@code unreachable}.
     */
    Selection select(List<PlannedRoom> rooms, List<Link> links, String startId) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rooms.size(); i++) {
            index.put(rooms.get(i).id(), i);
        }
        int[] parent = new int[rooms.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Link> shuffled = rng.shuffled(links);
        List<Link> tree = new ArrayList<>();
        List<Link> rest = new ArrayList<>();
        for (Link link : shuffled) {
            int ra = find(parent, index.get(link.a().id()));
            int rb = find(parent, index.get(link.b().id()));
            if (ra != rb) {
                parent[ra] = rb;
                tree.add(link);
            } else {
                rest.add(link);
            }
        }
        // Orient the tree from the start and order it breadth first.
        Map<String, List<Link>> adjacency = new LinkedHashMap<>();
        for (Link link : tree) {
            adjacency.computeIfAbsent(link.a().id(), k -> new ArrayList<>()).add(link);
            adjacency.computeIfAbsent(link.b().id(), k -> new ArrayList<>()).add(link);
        }
        Map<String, String> treeParent = new LinkedHashMap<>();
        List<Link> orderedTree = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        treeParent.put(startId, null);
        queue.add(startId);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Link link : adjacency.getOrDefault(current, List.of())) {
                String next = link.a().id().equals(current) ? link.b().id() : link.a().id();
                if (!treeParent.containsKey(next)) {
                    treeParent.put(next, current);
                    orderedTree.add(link.a().id().equals(current) ? link : flip(link));
                    queue.add(next);
                }
            }
        }
        Set<String> reachable = treeParent.keySet();
        List<Link> shortcuts = new ArrayList<>();
        List<Link> spare = new ArrayList<>();
        // Candidate order (not shuffled order) decides shortcuts, so the tree and the shortcuts draw
        // from the stream in a fixed pattern.
        for (Link link : links) {
            if (!rest.contains(link) || !reachable.contains(link.a().id()) || !reachable.contains(link.b().id())) {
                continue;
            }
            if (rng.probability(config.shortcutProbability())) {
                shortcuts.add(link);
            } else {
                spare.add(link);
            }
        }
        rng.shuffle(spare);
        for (Link link : spare) {
            if (shortcuts.size() >= config.minLoops()) {
                break;
            }
            shortcuts.add(link);
        }
        shortcuts.sort(java.util.Comparator.comparingInt(links::indexOf));
        List<String> unreachable = rooms.stream().map(PlannedRoom::id).filter(id -> !reachable.contains(id)).toList();
        return new Selection(orderedTree, shortcuts, treeParent, unreachable);
    }

    /** The chosen tree links (oriented parent → child), shortcuts, tree parents and unreachable rooms. */
    record Selection(List<Link> tree, List<Link> shortcuts, Map<String, String> treeParent, List<String> unreachable) {
    }

    private static Link flip(Link link) {
        List<Point> reversed = new ArrayList<>(link.corridor());
        java.util.Collections.reverse(reversed);
        return new Link(link.b(), link.a(), link.doorB(), link.doorA(), reversed);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static Side sideTowards(SlotGrid grid, int from, int to) {
        int dc = grid.column(to) - grid.column(from);
        int dr = grid.row(to) - grid.row(from);
        if (dc > 0) {
            return Side.EAST;
        }
        if (dc < 0) {
            return Side.WEST;
        }
        return dr > 0 ? Side.SOUTH : Side.NORTH;
    }

    private static Rect union(Rect a, Rect b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        int x1 = Math.max(a.right(), b.right());
        int y1 = Math.max(a.bottom(), b.bottom());
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
