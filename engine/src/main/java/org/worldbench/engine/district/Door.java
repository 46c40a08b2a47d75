package org.worldbench.engine.district;

import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Side;

/**
 * A door tile on a room's wall ring, belonging to one connection.
 *
 * @param connectionId the connection it opens onto
 * @param x            tile column
 * @param y            tile row
 * @param side         the wall it lies on
 */
public record Door(String connectionId, int x, int y, Side side) {

    /** The door tile. */
    public Point tile() {
        return new Point(x, y);
    }

    /** The tile just outside the door, where the corridor begins. */
    public Point outside() {
        return new Point(x + side.dx(), y + side.dy());
    }

    /** The tile just inside the door. */
    public Point inside() {
        return new Point(x - side.dx(), y - side.dy());
    }
}
