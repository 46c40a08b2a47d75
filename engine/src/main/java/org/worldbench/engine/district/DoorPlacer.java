package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.geom.Side;
import org.worldbench.engine.template.RoomTemplate;

/**
 * Chooses a door tile on a room's wall ring for each connection. A generated room uses one of its
 * template's doors on the side facing the neighbour when one is free, otherwise cuts a door in that
 * wall as near the neighbour as it can. A narrative anchor only ever uses its own template's doors:
 * the designer drew them. Doors never sit on corners or next to each other.
 */
final class DoorPlacer {

    private final CorridorRouter router;
    private final Map<String, List<Point>> used = new HashMap<>();

    DoorPlacer(CorridorRouter router) {
        this.router = router;
    }

    /** Marks a door as taken. */
    void take(String roomId, Point door) {
        used.computeIfAbsent(roomId, k -> new ArrayList<>()).add(door);
    }

    /** Releases a door again (its connection was not kept). */
    void release(String roomId, Point door) {
        List<Point> doors = used.get(roomId);
        if (doors != null) {
            doors.remove(door);
        }
    }

    /**
     * A free door position for a connection from {@code room} towards {@code target}, or empty when
     * none is left. Does not take it.
     */
    Optional<Candidate> choose(PlannedRoom room, Side facing, Point target) {
        Rect b = room.bounds();
        List<Candidate> candidates = new ArrayList<>();
        RoomTemplate template = room.layoutVariant().template();
        for (var door : template.doors()) {
            Point world = new Point(b.x() + door.x(), b.y() + door.y());
            Side side = door.side();
            if (room.isAnchor() || side == facing) {
                candidates.add(new Candidate(world, side, side == facing ? 0 : 1));
            }
        }
        if (!room.isAnchor()) {
            for (Point p : wallTiles(b, facing)) {
                candidates.add(new Candidate(p, facing, 2));
            }
        }
        Comparator<Candidate> preference = Comparator.comparingInt(Candidate::rank)
                .thenComparingInt(c -> c.tile().manhattan(target))
                .thenComparingInt(c -> c.tile().y())
                .thenComparingInt(c -> c.tile().x());
        Optional<Candidate> free = candidates.stream().filter(c -> isUsable(room.id(), c)).min(preference);
        if (free.isPresent() || !room.isAnchor()) {
            return free;
        }
        // An anchor has only the doors its designer drew. When more neighbours need one than it has,
        // corridors share a door: they meet on its threshold, and every room beyond is still entered
        // through a door of its own connection.
        return candidates.stream().filter(c -> router.inMap(c.outside().x(), c.outside().y())).min(preference);
    }

    private boolean isUsable(String roomId, Candidate c) {
        Point outside = c.tile().plus(c.side().dx(), c.side().dy());
        if (!router.inMap(outside.x(), outside.y())) {
            return false;
        }
        for (Point taken : used.getOrDefault(roomId, List.of())) {
            // No two doors on the same or neighbouring tiles (diagonals included).
            if (Math.max(Math.abs(taken.x() - c.tile().x()), Math.abs(taken.y() - c.tile().y())) <= 1) {
                return false;
            }
        }
        return true;
    }

    /** Tiles of one wall of a footprint, corners excluded. */
    private static List<Point> wallTiles(Rect b, Side side) {
        List<Point> out = new ArrayList<>();
        switch (side) {
            case NORTH -> { for (int x = b.x() + 1; x < b.right() - 1; x++) { out.add(new Point(x, b.y())); } }
            case SOUTH -> { for (int x = b.x() + 1; x < b.right() - 1; x++) { out.add(new Point(x, b.bottom() - 1)); } }
            case WEST -> { for (int y = b.y() + 1; y < b.bottom() - 1; y++) { out.add(new Point(b.x(), y)); } }
            case EAST -> { for (int y = b.y() + 1; y < b.bottom() - 1; y++) { out.add(new Point(b.right() - 1, y)); } }
            default -> throw new AssertionError(side);
        }
        return out;
    }

    /** A possible door: its tile, the wall it is on, and how preferred it is (lower first). */
    record Candidate(Point tile, Side side, int rank) {
        Point outside() {
            return tile.plus(side.dx(), side.dy());
        }
    }
}
