package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;

/**
 * Routes corridors between door tiles over free ground. Every room's footprint grown by one tile is
 * off limits, so a corridor touches a room only at its own two doors and rooms are entered through
 * doors alone. Corridors may cross each other.
 *
 * <p>Routing is a breadth-first distance field from the target inside a window around both rooms
 * (the whole map if that fails), then a walk from the source that keeps its heading when it can, so
 * corridors are shortest and have few turns. Each route depends only on the two doors and the room
 * footprints, never on other corridors, so routes can be computed in any order. O(window area).
 */
final class CorridorRouter {

    private static final int[] DX = {0, 1, 0, -1};
    private static final int[] DY = {-1, 0, 1, 0};

    private final int width;
    private final int height;
    private final BitSet blocked;
    private final int[] distance;

    CorridorRouter(int width, int height, List<Rect> roomBounds) {
        this.width = width;
        this.height = height;
        this.blocked = new BitSet(width * height);
        for (Rect r : roomBounds) {
            Rect grown = r.expand(1);
            for (int y = Math.max(0, grown.y()); y < Math.min(height, grown.bottom()); y++) {
                int row = y * width;
                blocked.set(row + Math.max(0, grown.x()), row + Math.min(width, grown.right()));
            }
        }
        this.distance = new int[width * height];
    }

    /** True when the tile is on the map and outside every room's one-tile margin. */
    boolean isFree(Point p) {
        return inMap(p.x(), p.y()) && !blocked.get(p.y() * width + p.x());
    }

    /** True when the tile is on the map. */
    boolean inMap(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /**
     * The corridor from one door's outside tile to the other's, both included, or an empty list
     * when no route exists.
     */
    List<Point> route(Point from, Point to, Rect window) {
        if (!inMap(from.x(), from.y()) || !inMap(to.x(), to.y())) {
            return List.of();
        }
        Rect clipped = clip(window);
        List<Point> path = routeWithin(from, to, clipped);
        if (path.isEmpty() && !clipped.equals(new Rect(0, 0, width, height))) {
            path = routeWithin(from, to, new Rect(0, 0, width, height));
        }
        return path;
    }

    private List<Point> routeWithin(Point from, Point to, Rect window) {
        if (!window.contains(from.x(), from.y()) || !window.contains(to.x(), to.y())) {
            return List.of();
        }
        int fromIndex = from.y() * width + from.x();
        int toIndex = to.y() * width + to.x();
        for (int y = window.y(); y < window.bottom(); y++) {
            Arrays.fill(distance, y * width + window.x(), y * width + window.right(), -1);
        }
        int[] queue = new int[window.area()];
        int head = 0;
        int tail = 0;
        distance[toIndex] = 0;
        queue[tail++] = toIndex;
        while (head < tail && distance[fromIndex] < 0) {
            int current = queue[head++];
            int cx = current % width;
            int cy = current / width;
            for (int d = 0; d < 4; d++) {
                int nx = cx + DX[d];
                int ny = cy + DY[d];
                if (!window.contains(nx, ny)) {
                    continue;
                }
                int n = ny * width + nx;
                if (distance[n] >= 0 || (blocked.get(n) && n != fromIndex)) {
                    continue;
                }
                distance[n] = distance[current] + 1;
                queue[tail++] = n;
            }
        }
        if (distance[fromIndex] < 0) {
            return List.of();
        }
        List<Point> path = new ArrayList<>(distance[fromIndex] + 1);
        int x = from.x();
        int y = from.y();
        int heading = -1;
        path.add(from);
        while (x != to.x() || y != to.y()) {
            int here = distance[y * width + x];
            int chosen = -1;
            if (heading >= 0 && stepsDown(x + DX[heading], y + DY[heading], here, window)) {
                chosen = heading;
            } else {
                for (int d = 0; d < 4; d++) {
                    if (stepsDown(x + DX[d], y + DY[d], here, window)) {
                        chosen = d;
                        break;
                    }
                }
            }
            x += DX[chosen];
            y += DY[chosen];
            heading = chosen;
            path.add(new Point(x, y));
        }
        return path;
    }

    private boolean stepsDown(int x, int y, int here, Rect window) {
        return window.contains(x, y) && distance[y * width + x] == here - 1;
    }

    private Rect clip(Rect r) {
        int x0 = Math.max(0, r.x());
        int y0 = Math.max(0, r.y());
        int x1 = Math.min(width, r.right());
        int y1 = Math.min(height, r.bottom());
        return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
