package org.worldbench.engine.bsp;

import java.util.List;
import org.worldbench.engine.geom.Point;

/** A corridor between two sub-rooms: its tiles in walking order, from {@code start} to {@code end}. */
public record Corridor(List<Point> tiles, Point start, Point end) {

    public Corridor {
        tiles = List.copyOf(tiles);
    }
}
