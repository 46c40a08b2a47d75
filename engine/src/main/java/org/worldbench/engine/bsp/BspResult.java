package org.worldbench.engine.bsp;

import java.util.List;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.tiles.TileMap;
import org.worldbench.engine.tiles.TileType;

/**
 * The outcome of a BSP subdivision: the tree, the leaf rooms in tree order and the corridors joining
 * sibling subtrees. Immutable.
 */
public record BspResult(BspNode tree, List<Rect> rooms, List<Corridor> corridors) {

    public BspResult {
        rooms = List.copyOf(rooms);
        corridors = List.copyOf(corridors);
    }

    /**
     * Paints the interior into a map: {@code area} becomes wall, rooms and corridors floor. Writes
     * inside {@code area} only.
     */
    public void paintInto(TileMap map, Rect area) {
        map.fill(area, TileType.WALL);
        for (Rect room : rooms) {
            map.fill(room, TileType.FLOOR);
        }
        for (Corridor corridor : corridors) {
            for (Point p : corridor.tiles()) {
                if (area.contains(p.x(), p.y())) {
                    map.set(p.x(), p.y(), TileType.FLOOR);
                }
            }
        }
    }
}
