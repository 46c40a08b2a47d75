package org.worldbench.engine.playtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.tiles.TileMap;

/**
 * A* on the tile grid, 4-connected, with a Manhattan heuristic: walkable tiles only, and a gated
 * door tile only with its ability. Ties break on insertion order, so a path is deterministic.
 * O(A log A) for the A tiles searched.
 */
final class GridPathfinder {

    private static final int[] DX = {0, 1, 0, -1};
    private static final int[] DY = {-1, 0, 1, 0};

    private final TileMap tiles;
    private final Map<Point, Set<String>> gates;

    /** @param gates door tiles that need an ability, and the abilities any of which opens them */
    GridPathfinder(TileMap tiles, Map<Point, Set<String>> gates) {
        this.tiles = tiles;
        this.gates = gates;
    }

    /** The tiles from {@code from} (excluded) to {@code to} (included), or null when unreachable. */
    List<Point> path(Point from, Point to, Set<String> abilities) {
        if (from.equals(to)) {
            return List.of();
        }
        int w = tiles.width();
        int h = tiles.height();
        int[] g = new int[w * h];
        int[] parent = new int[w * h];
        Arrays.fill(g, Integer.MAX_VALUE);
        Arrays.fill(parent, -1);
        int start = from.y() * w + from.x();
        int goal = to.y() * w + to.x();
        PriorityQueue<long[]> open = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long order = 0;
        g[start] = 0;
        open.add(new long[] {from.manhattan(to), order++, start});
        while (!open.isEmpty()) {
            long[] top = open.poll();
            int at = (int) top[2];
            if (at == goal) {
                List<Point> path = new ArrayList<>();
                for (int p = goal; p != start; p = parent[p]) {
                    path.add(new Point(p % w, p / w));
                }
                Collections.reverse(path);
                return path;
            }
            int x = at % w;
            int y = at / w;
            if (top[0] - Math.abs(x - to.x()) - Math.abs(y - to.y()) > g[at]) {
                continue; // a better way here was found after this entry
            }
            for (int d = 0; d < 4; d++) {
                int nx = x + DX[d];
                int ny = y + DY[d];
                if (!passable(nx, ny, abilities)) {
                    continue;
                }
                int n = ny * w + nx;
                if (g[at] + 1 < g[n]) {
                    g[n] = g[at] + 1;
                    parent[n] = at;
                    open.add(new long[] {g[n] + Math.abs(nx - to.x()) + Math.abs(ny - to.y()), order++, n});
                }
            }
        }
        return null;
    }

    private boolean passable(int x, int y, Set<String> abilities) {
        return DoorGates.passable(tiles, gates, x, y, abilities);
    }
}
