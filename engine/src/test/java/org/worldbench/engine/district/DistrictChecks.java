package org.worldbench.engine.district;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.tiles.TileMap;

/**
 * Independent checks of a district's promises, written against the tile map rather than the
 * generator's own bookkeeping: overlaps, reachability on foot, completability with gates.
 */
final class DistrictChecks {

    private DistrictChecks() {
    }

    /** Pairs of rooms whose footprints share a tile. */
    static List<String> overlaps(District d) {
        List<String> out = new ArrayList<>();
        List<PlacedRoom> rooms = d.rooms();
        for (int i = 0; i < rooms.size(); i++) {
            for (int j = i + 1; j < rooms.size(); j++) {
                if (rooms.get(i).bounds().intersects(rooms.get(j).bounds())) {
                    out.add(rooms.get(i).id() + "/" + rooms.get(j).id());
                }
            }
        }
        return out;
    }

    /** Walkable tiles reachable on foot from the start, every door open. */
    static BitSet reachableTiles(District d) {
        TileMap map = d.tiles();
        BitSet seen = new BitSet(map.width() * map.height());
        ArrayDeque<Point> queue = new ArrayDeque<>();
        queue.add(d.start());
        seen.set(d.start().y() * map.width() + d.start().x());
        int[] dx = {0, 1, 0, -1};
        int[] dy = {-1, 0, 1, 0};
        while (!queue.isEmpty()) {
            Point p = queue.poll();
            for (int k = 0; k < 4; k++) {
                int x = p.x() + dx[k];
                int y = p.y() + dy[k];
                if (x < 0 || y < 0 || x >= map.width() || y >= map.height() || !map.get(x, y).walkable()) {
                    continue;
                }
                int i = y * map.width() + x;
                if (!seen.get(i)) {
                    seen.set(i);
                    queue.add(new Point(x, y));
                }
            }
        }
        return seen;
    }

    /** Rooms none of whose interior tiles can be reached on foot from the start. */
    static List<String> unreachableRooms(District d) {
        BitSet reach = reachableTiles(d);
        List<String> out = new ArrayList<>();
        for (PlacedRoom room : d.rooms()) {
            boolean any = false;
            var b = room.bounds();
            for (int y = b.y() + 1; y < b.bottom() - 1 && !any; y++) {
                for (int x = b.x() + 1; x < b.right() - 1 && !any; x++) {
                    any = reach.get(y * d.width() + x);
                }
            }
            if (!any) {
                out.add(room.id());
            }
        }
        return out;
    }

    /**
     * Rooms left unreachable after collecting every pickup reachable with the abilities held, over
     * and over until nothing changes: the district is completable when this is empty.
     */
    static Set<String> lockedForever(District d) {
        Set<String> held = new HashSet<>();
        Set<String> reached = Set.of();
        while (true) {
            reached = d.graph().reachableFrom(d.startRoom(), held);
            Set<String> newHeld = new HashSet<>(held);
            for (AbilityPickup p : d.pickups()) {
                if (reached.contains(p.room())) {
                    newHeld.add(p.ability());
                }
            }
            if (newHeld.equals(held)) {
                break;
            }
            held = newHeld;
        }
        Set<String> out = new HashSet<>();
        for (PlacedRoom r : d.rooms()) {
            if (!reached.contains(r.id())) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** True when some connection needs an ability that appears nowhere as a pickup. */
    static boolean hasUnobtainableGate(District d) {
        Set<String> obtainable = new HashSet<>();
        d.pickups().forEach(p -> obtainable.add(p.ability()));
        for (Connection c : d.graph().connections()) {
            if (c.requires() != null && !obtainable.contains(c.requires())) {
                return true;
            }
        }
        return false;
    }
}
