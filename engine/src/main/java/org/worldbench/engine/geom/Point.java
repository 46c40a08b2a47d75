package org.worldbench.engine.geom;

/** A tile coordinate. Immutable. */
public record Point(int x, int y) {

    /** Manhattan distance to another tile. */
    public int manhattan(Point other) {
        return Math.abs(x - other.x) + Math.abs(y - other.y);
    }

    /** The tile moved by (dx, dy). */
    public Point plus(int dx, int dy) {
        return new Point(x + dx, y + dy);
    }
}
