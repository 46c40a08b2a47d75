package org.worldbench.engine.tiles;

/**
 * What stands on a tile, with the byte code it is stored as (seed 003's TileType) and the glyph
 * templates and text dumps use.
 */
public enum TileType {
    EMPTY(0, ' ', false),
    FLOOR(1, '.', true),
    WALL(2, '#', false),
    DOOR(3, 'D', true),
    WINDOW(4, 'W', false),
    FURNITURE(5, 'F', false),
    CONTAINER(6, 'C', false);

    private static final TileType[] BY_CODE = values();

    private final byte code;
    private final char glyph;
    private final boolean walkable;

    TileType(int code, char glyph, boolean walkable) {
        this.code = (byte) code;
        this.glyph = glyph;
        this.walkable = walkable;
    }

    /** The byte a tile map stores. */
    public byte code() {
        return code;
    }

    /** The character templates and text dumps use. */
    public char glyph() {
        return glyph;
    }

    /** True when a player can stand here (floor and every door, whatever its gate). */
    public boolean walkable() {
        return walkable;
    }

    /** The type of a code. */
    public static TileType ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown tile code " + code + " (0.." + (BY_CODE.length - 1) + ")");
        }
        return BY_CODE[code];
    }

    /** The type of a glyph. */
    public static TileType ofGlyph(char glyph) {
        for (TileType t : BY_CODE) {
            if (t.glyph == glyph) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tile character '" + glyph + "' (use ' ' . # D W F C)");
    }
}
