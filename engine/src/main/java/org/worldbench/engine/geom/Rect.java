package org.worldbench.engine.geom;

/**
 * An axis-aligned rectangle of tiles: {@code x, y} is the top-left tile, the rectangle covers
 * {@code x .. x+width-1} by {@code y .. y+height-1}. Immutable.
 */
public record Rect(int x, int y, int width, int height) {

    /** @throws IllegalArgumentException for a negative width or height */
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("rectangle size must not be negative: " + width + "x" + height);
        }
    }

    /** One past the rightmost column. */
    public int right() {
        return x + width;
    }

    /** One past the bottom row. */
    public int bottom() {
        return y + height;
    }

    /** The tile nearest the centre (rounding towards the top-left). */
    public Point center() {
        return new Point(x + (width - 1) / 2, y + (height - 1) / 2);
    }

    /** Number of tiles covered. */
    public int area() {
        return width * height;
    }

    /** True when the tile lies inside. */
    public boolean contains(int tx, int ty) {
        return tx >= x && ty >= y && tx < right() && ty < bottom();
    }

    /** True when the other rectangle lies wholly inside this one. */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** True when the two share at least one tile. */
    public boolean intersects(Rect other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }

    /** This rectangle grown by {@code margin} tiles on every side (shrunk when negative). */
    public Rect expand(int margin) {
        return new Rect(x - margin, y - margin, Math.max(0, width + 2 * margin), Math.max(0, height + 2 * margin));
    }

    /** The same size moved to a new top-left tile. */
    public Rect at(int newX, int newY) {
        return new Rect(newX, newY, width, height);
    }

    @Override
    public String toString() {
        return x + "," + y + "," + width + "x" + height;
    }
}
