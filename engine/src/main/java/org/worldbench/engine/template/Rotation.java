package org.worldbench.engine.template;

import org.worldbench.engine.geom.Point;

/**
 * A clockwise quarter-turn rotation of a template. A template of {@code w × h} tiles turned by 90°
 * or 270° covers {@code h × w}; its top-left stays at the origin.
 */
public enum Rotation {
    R0(0), R90(90), R180(180), R270(270);

    private final int degrees;

    Rotation(int degrees) {
        this.degrees = degrees;
    }

    /** 0, 90, 180 or 270. */
    public int degrees() {
        return degrees;
    }

    /** Number of clockwise quarter turns. */
    public int quarterTurns() {
        return degrees / 90;
    }

    /** The rotation of a number of degrees; anything but 0, 90, 180, 270 is refused. */
    public static Rotation fromDegrees(int degrees) {
        for (Rotation r : values()) {
            if (r.degrees == degrees) {
                return r;
            }
        }
        throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + degrees);
    }

    /** Width of a {@code width × height} template after this rotation. */
    public int rotatedWidth(int width, int height) {
        return quarterTurns() % 2 == 0 ? width : height;
    }

    /** Height of a {@code width × height} template after this rotation. */
    public int rotatedHeight(int width, int height) {
        return quarterTurns() % 2 == 0 ? height : width;
    }

    /**
     * Where a template tile lands in the world: the template ({@code width × height} before rotation)
     * is turned and its rotated footprint's top-left put at the origin.
     */
    public Point localToWorld(int localX, int localY, int width, int height, int originX, int originY) {
        Point p = turn(localX, localY, width, height);
        return new Point(originX + p.x(), originY + p.y());
    }

    /** The template tile that lands on a world tile; the exact inverse of {@link #localToWorld}. */
    public Point worldToLocal(int worldX, int worldY, int width, int height, int originX, int originY) {
        int rx = worldX - originX;
        int ry = worldY - originY;
        return switch (this) {
            case R0 -> new Point(rx, ry);
            case R90 -> new Point(ry, height - 1 - rx);
            case R180 -> new Point(width - 1 - rx, height - 1 - ry);
            case R270 -> new Point(width - 1 - ry, rx);
        };
    }

    /** A tile of an unrotated {@code width × height} grid, in the rotated grid. */
    Point turn(int x, int y, int width, int height) {
        return switch (this) {
            case R0 -> new Point(x, y);
            case R90 -> new Point(height - 1 - y, x);
            case R180 -> new Point(width - 1 - x, height - 1 - y);
            case R270 -> new Point(y, width - 1 - x);
        };
    }
}
