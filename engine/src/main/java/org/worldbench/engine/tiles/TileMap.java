package org.worldbench.engine.tiles;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.io.InputException;

/**
 * A grid of tiles, one byte a tile, row-major. Mutable while a generator paints it;
 * {@link #readOnly()} gives the immutable copy results hold. Equality is by content.
 */
public final class TileMap {

    /** Largest side accepted. */
    public static final int MAX_SIDE = 4096;

    private static final byte[] MAGIC = {'W', 'B', 'T', 'M'};
    private static final int VERSION = 1;
    private static final int HEADER = 4 + 4 + 4 + 4;

    private final int width;
    private final int height;
    private final byte[] tiles;
    private final boolean readOnly;

    /** A map of EMPTY tiles. */
    public TileMap(int width, int height) {
        this(width, height, new byte[checkedArea(width, height)], false);
    }

    private TileMap(int width, int height, byte[] tiles, boolean readOnly) {
        this.width = width;
        this.height = height;
        this.tiles = tiles;
        this.readOnly = readOnly;
    }

    private static int checkedArea(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("tile map size must be 1.." + MAX_SIDE + " a side, was " + width + "x" + height);
        }
        return width * height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** True when the tile lies on the map. */
    public boolean inBounds(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /** The tile at (x, y). */
    public TileType get(int x, int y) {
        return TileType.ofCode(code(x, y));
    }

    /** The byte code at (x, y). */
    public int code(int x, int y) {
        check(x, y);
        return tiles[y * width + x];
    }

    /** True when the tile is on the map and walkable. */
    public boolean isWalkable(int x, int y) {
        return inBounds(x, y) && TileType.ofCode(tiles[y * width + x]).walkable();
    }

    /** Sets one tile. */
    public void set(int x, int y, TileType type) {
        requireWritable();
        check(x, y);
        tiles[y * width + x] = type.code();
    }

    /** Sets every tile of a rectangle (clipped to the map). */
    public void fill(Rect area, TileType type) {
        requireWritable();
        for (int y = Math.max(0, area.y()); y < Math.min(height, area.bottom()); y++) {
            Arrays.fill(tiles, y * width + Math.max(0, area.x()), y * width + Math.min(width, area.right()), type.code());
        }
    }

    /** Sets the ring of tiles on a rectangle's border (clipped to the map). */
    public void outline(Rect area, TileType type) {
        requireWritable();
        for (int x = area.x(); x < area.right(); x++) {
            setIfInside(x, area.y(), type);
            setIfInside(x, area.bottom() - 1, type);
        }
        for (int y = area.y(); y < area.bottom(); y++) {
            setIfInside(area.x(), y, type);
            setIfInside(area.right() - 1, y, type);
        }
    }

    private void setIfInside(int x, int y, TileType type) {
        if (inBounds(x, y)) {
            tiles[y * width + x] = type.code();
        }
    }

    /** The on-map 4-neighbours of a tile, in the order north, east, south, west. */
    public List<Point> neighbours4(int x, int y) {
        List<Point> out = new ArrayList<>(4);
        int[][] steps = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
        for (int[] s : steps) {
            if (inBounds(x + s[0], y + s[1])) {
                out.add(new Point(x + s[0], y + s[1]));
            }
        }
        return out;
    }

    /** The walkable 4-neighbours of a tile. */
    public List<Point> walkableNeighbours(int x, int y) {
        return neighbours4(x, y).stream().filter(p -> isWalkable(p.x(), p.y())).toList();
    }

    /**
     * Walkable tiles reachable from (x, y) through walkable 4-neighbours, as a set of indices
     * {@code y * width + x}; empty when the tile itself is not walkable. Iterative: O(area).
     */
    public BitSet floodFill(int x, int y) {
        BitSet seen = new BitSet(width * height);
        if (!isWalkable(x, y)) {
            return seen;
        }
        int[] stack = new int[width * height];
        int top = 0;
        int start = y * width + x;
        seen.set(start);
        stack[top++] = start;
        while (top > 0) {
            int i = stack[--top];
            int cx = i % width;
            int cy = i / width;
            if (cx > 0) {
                top = push(i - 1, seen, stack, top);
            }
            if (cx + 1 < width) {
                top = push(i + 1, seen, stack, top);
            }
            if (cy > 0) {
                top = push(i - width, seen, stack, top);
            }
            if (cy + 1 < height) {
                top = push(i + width, seen, stack, top);
            }
        }
        return seen;
    }

    private int push(int i, BitSet seen, int[] stack, int top) {
        if (!seen.get(i) && TileType.ofCode(tiles[i]).walkable()) {
            seen.set(i);
            stack[top++] = i;
        }
        return top;
    }

    /** Every connected walkable region, each as tile indices, in scan order of their first tile. */
    public List<BitSet> regions() {
        List<BitSet> out = new ArrayList<>();
        BitSet covered = new BitSet(width * height);
        for (int i = 0; i < tiles.length; i++) {
            if (!covered.get(i) && TileType.ofCode(tiles[i]).walkable()) {
                BitSet region = floodFill(i % width, i / width);
                covered.or(region);
                out.add(region);
            }
        }
        return out;
    }

    /** Number of walkable tiles. */
    public int walkableCount() {
        int n = 0;
        for (byte b : tiles) {
            if (TileType.ofCode(b).walkable()) {
                n++;
            }
        }
        return n;
    }

    /** A writable copy. */
    public TileMap copy() {
        return new TileMap(width, height, tiles.clone(), false);
    }

    /** An immutable copy (this map itself when already read-only). */
    public TileMap readOnly() {
        return readOnly ? this : new TileMap(width, height, tiles.clone(), true);
    }

    /** True when setters throw. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The codes as rows of ints. */
    public int[][] toRows() {
        int[][] rows = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rows[y][x] = tiles[y * width + x];
            }
        }
        return rows;
    }

    /** Glyph rows joined by '\n'. */
    public String toText() {
        StringBuilder sb = new StringBuilder((width + 1) * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sb.append(TileType.ofCode(tiles[y * width + x]).glyph());
            }
            if (y + 1 < height) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Parses glyph rows (all the same length). */
    public static TileMap fromText(String text) {
        String[] rows = text.split("\n", -1);
        TileMap map = new TileMap(rows[0].length(), rows.length);
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length() != map.width) {
                throw new IllegalArgumentException("row " + y + " has " + rows[y].length() + " tiles, expected " + map.width);
            }
            for (int x = 0; x < map.width; x++) {
                map.tiles[y * map.width + x] = TileType.ofGlyph(rows[y].charAt(x)).code();
            }
        }
        return map;
    }

    /** The binary form: "WBTM", version, width, height (big-endian ints), then one byte a tile. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + tiles.length);
        buffer.put(MAGIC).putInt(VERSION).putInt(width).putInt(height).put(tiles);
        return buffer.array();
    }

    /** Reads the binary form, refusing anything malformed with a clear message. */
    public static TileMap fromBytes(byte[] data, String sourceName) throws InputException {
        if (data.length < HEADER) {
            throw new InputException(sourceName, "byte 0", "truncated: " + data.length + " bytes is shorter than the header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        byte[] magic = new byte[4];
        buffer.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new InputException(sourceName, "byte 0", "not a WorldBench tile map (bad magic)");
        }
        int version = buffer.getInt();
        if (version != VERSION) {
            throw new InputException(sourceName, "byte 4", "tile map version " + version + " is not supported (" + VERSION + ")");
        }
        int w = buffer.getInt();
        int h = buffer.getInt();
        if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
            throw new InputException(sourceName, "byte 8", "size " + w + "x" + h + " is out of range");
        }
        long expected = (long) HEADER + (long) w * h;
        if (data.length != expected) {
            throw new InputException(sourceName, "byte " + HEADER, data.length < expected
                    ? "truncated: " + (data.length - HEADER) + " of " + (expected - HEADER) + " tile bytes"
                    : (data.length - expected) + " bytes of trailing data");
        }
        byte[] tiles = new byte[w * h];
        buffer.get(tiles);
        for (int i = 0; i < tiles.length; i++) {
            if (tiles[i] < 0 || tiles[i] >= TileType.values().length) {
                throw new InputException(sourceName, "byte " + (HEADER + i), "unknown tile code " + tiles[i]);
            }
        }
        return new TileMap(w, h, tiles, false);
    }

    /** SHA-256 of the binary form, lower-case hex. */
    public String sha256() {
        return CanonicalJson.sha256(toBytes());
    }

    private void check(int x, int y) {
        if (!inBounds(x, y)) {
            throw new IndexOutOfBoundsException("tile " + x + "," + y + " is off the " + width + "x" + height + " map");
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("this tile map is read-only: results are immutable");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TileMap other && width == other.width && height == other.height && Arrays.equals(tiles, other.tiles);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(tiles);
    }

    @Override
    public String toString() {
        return "TileMap " + width + "x" + height;
    }
}
