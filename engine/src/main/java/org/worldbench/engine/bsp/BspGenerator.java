package org.worldbench.engine.bsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;

/**
 * Binary space partitioning for room interiors (seed 003, component 4).
 *
 * <p>The area is split recursively — across its longer side, at random when square — at a position
 * drawn from the configured ratio range and clamped so both halves can still hold a room of the
 * minimum size plus a wall. A node stops splitting at the maximum depth, when it is too small to
 * split, or when it already fits the maximum room size. Each leaf gets a room of random size and
 * position inside it. Each pair of sibling subtrees is joined by a corridor between their closest
 * rooms (straight when they overlap on an axis, L-shaped otherwise), so every room is reachable from
 * every other.
 *
 * <p>Stateless and thread-safe; all randomness comes from the given stream. O(n log n) for n leaves.
 */
public final class BspGenerator {

    /**
     * Subdivides {@code area}.
     *
     * @throws IllegalArgumentException if the area is smaller than one minimum room
     */
    public BspResult generate(Rect area, BspConfig config, SeededRandom rng) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(rng, "rng");
        if (area.width() < config.minRoomSize() || area.height() < config.minRoomSize()) {
            throw new IllegalArgumentException("area " + area + " is smaller than one room of " + config.minRoomSize());
        }
        List<Rect> rooms = new ArrayList<>();
        List<Corridor> corridors = new ArrayList<>();
        BspNode tree = split(area, 0, config, rng, rooms, corridors);
        return new BspResult(tree, rooms, corridors);
    }

    private BspNode split(Rect c, int depth, BspConfig cfg, SeededRandom rng, List<Rect> rooms, List<Corridor> corridors) {
        int min = cfg.minRoomSize();
        boolean canSplitX = c.width() >= 2 * min + 1;
        boolean canSplitY = c.height() >= 2 * min + 1;
        boolean smallEnough = c.width() <= cfg.maxRoomSize() && c.height() <= cfg.maxRoomSize();
        if (depth >= cfg.maxDepth() || (!canSplitX && !canSplitY) || smallEnough) {
            Rect room = roomIn(c, min, rng);
            rooms.add(room);
            return new BspNode(c, null, null, room, depth);
        }
        boolean vertical; // true: split the width (a vertical cut)
        if (canSplitX && !canSplitY) {
            vertical = true;
        } else if (!canSplitX) {
            vertical = false;
        } else if (c.width() > c.height() * 5 / 4) {
            vertical = true;
        } else if (c.height() > c.width() * 5 / 4) {
            vertical = false;
        } else {
            vertical = rng.probability(0.5);
        }
        int side = vertical ? c.width() : c.height();
        int lo = Math.max(min, (int) Math.floor(side * cfg.splitRatioMin()));
        int hi = Math.min(side - min - 1, (int) Math.ceil(side * cfg.splitRatioMax()));
        int cut = lo >= hi ? Math.max(min, Math.min(side - min - 1, side / 2)) : rng.randomInt(lo, hi);
        Rect first;
        Rect second;
        if (vertical) {
            first = new Rect(c.x(), c.y(), cut, c.height());
            second = new Rect(c.x() + cut + 1, c.y(), c.width() - cut - 1, c.height());
        } else {
            first = new Rect(c.x(), c.y(), c.width(), cut);
            second = new Rect(c.x(), c.y() + cut + 1, c.width(), c.height() - cut - 1);
        }
        int firstRooms = rooms.size();
        BspNode left = split(first, depth + 1, cfg, rng, rooms, corridors);
        int secondRooms = rooms.size();
        BspNode right = split(second, depth + 1, cfg, rng, rooms, corridors);
        corridors.add(connect(rooms.subList(firstRooms, secondRooms), rooms.subList(secondRooms, rooms.size()), cfg, rng));
        return new BspNode(c, left, right, null, depth);
    }

    private static Rect roomIn(Rect c, int min, SeededRandom rng) {
        int w = rng.randomInt(Math.min(min, c.width()), c.width());
        int h = rng.randomInt(Math.min(min, c.height()), c.height());
        int x = c.x() + rng.randomInt(0, c.width() - w);
        int y = c.y() + rng.randomInt(0, c.height() - h);
        return new Rect(x, y, w, h);
    }

    /** Joins the closest pair of rooms of two sibling subtrees (by centre distance, first pair on ties). */
    private static Corridor connect(List<Rect> a, List<Rect> b, BspConfig cfg, SeededRandom rng) {
        Rect bestA = a.get(0);
        Rect bestB = b.get(0);
        int best = Integer.MAX_VALUE;
        for (Rect ra : a) {
            for (Rect rb : b) {
                int d = ra.center().manhattan(rb.center());
                if (d < best) {
                    best = d;
                    bestA = ra;
                    bestB = rb;
                }
            }
        }
        List<Point> tiles = new ArrayList<>();
        Point start;
        Point end;
        int overlapX0 = Math.max(bestA.x(), bestB.x());
        int overlapX1 = Math.min(bestA.right(), bestB.right()) - 1;
        int overlapY0 = Math.max(bestA.y(), bestB.y());
        int overlapY1 = Math.min(bestA.bottom(), bestB.bottom()) - 1;
        if (overlapX0 <= overlapX1) {
            int x = (overlapX0 + overlapX1) / 2;
            start = new Point(x, bestA.center().y());
            end = new Point(x, bestB.center().y());
            line(tiles, start, end, cfg.corridorWidth(), true);
        } else if (overlapY0 <= overlapY1) {
            int y = (overlapY0 + overlapY1) / 2;
            start = new Point(bestA.center().x(), y);
            end = new Point(bestB.center().x(), y);
            line(tiles, start, end, cfg.corridorWidth(), false);
        } else {
            start = bestA.center();
            end = bestB.center();
            boolean horizontalFirst = rng.probability(cfg.lShapedProbability());
            Point corner = horizontalFirst ? new Point(end.x(), start.y()) : new Point(start.x(), end.y());
            line(tiles, start, corner, cfg.corridorWidth(), !horizontalFirst);
            line(tiles, corner, end, cfg.corridorWidth(), horizontalFirst);
        }
        return new Corridor(tiles, start, end);
    }

    /** Tiles of a straight run (vertical when {@code vertical}), {@code width} tiles wide. */
    private static void line(List<Point> out, Point from, Point to, int width, boolean vertical) {
        int steps = Math.max(Math.abs(to.x() - from.x()), Math.abs(to.y() - from.y()));
        int dx = Integer.signum(to.x() - from.x());
        int dy = Integer.signum(to.y() - from.y());
        for (int i = 0; i <= steps; i++) {
            for (int w = 0; w < width; w++) {
                int x = from.x() + dx * i + (vertical ? w : 0);
                int y = from.y() + dy * i + (vertical ? 0 : w);
                out.add(new Point(x, y));
            }
        }
    }
}
