package org.worldbench.engine.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.io.InputException;

class TileMapTest {

    private static final String MAP = String.join("\n",
            "#######",
            "#..#..#",
            "#..D..#",
            "####..#",
            "#..#..#",
            "#######");

    @Test
    void floodFillAndRegions() {
        TileMap map = TileMap.fromText(MAP);
        assertEquals(13, map.floodFill(1, 1).cardinality(), "top-left room + door + right side");
        assertEquals(0, map.floodFill(0, 0).cardinality(), "walls flood nothing");
        List<java.util.BitSet> regions = map.regions();
        assertEquals(2, regions.size());
        assertEquals(13, regions.get(0).cardinality());
        assertEquals(2, regions.get(1).cardinality());
        assertEquals(15, map.walkableCount());
    }

    @Test
    void neighboursAtCornersAndEdges() {
        TileMap map = TileMap.fromText(MAP);
        assertEquals(List.of(new Point(1, 0), new Point(0, 1)), map.neighbours4(0, 0));
        assertEquals(4, map.neighbours4(3, 3).size());
        assertEquals(List.of(new Point(1, 1), new Point(2, 2), new Point(1, 3)).size(), map.neighbours4(1, 2).size() - 1);
        assertEquals(List.of(new Point(2, 1), new Point(1, 2)), map.walkableNeighbours(1, 1));
        assertFalse(map.isWalkable(-1, 0));
    }

    @Test
    void textAndBytesRoundTrip() throws InputException {
        TileMap map = TileMap.fromText(MAP);
        assertEquals(MAP, map.toText());
        TileMap back = TileMap.fromBytes(map.toBytes(), "map.bin");
        assertEquals(map, back);
        assertEquals(map.sha256(), back.sha256());
        assertEquals(TileType.DOOR.code(), map.toRows()[2][3]);
    }

    @Test
    void corruptBytesAreRefusedClearly() {
        byte[] good = TileMap.fromText(MAP).toBytes();
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertMessage(magic, "bad magic");
        byte[] version = good.clone();
        version[7] = 9;
        assertMessage(version, "version 9");
        assertMessage(Arrays.copyOf(good, good.length - 3), "truncated");
        assertMessage(Arrays.copyOf(good, good.length + 2), "trailing");
        assertMessage(Arrays.copyOf(good, 5), "shorter than the header");
        byte[] size = good.clone();
        size[8] = 0x7f;
        assertMessage(size, "out of range");
        byte[] code = good.clone();
        code[good.length - 1] = 42;
        assertMessage(code, "unknown tile code 42");
    }

    private static void assertMessage(byte[] data, String fragment) {
        InputException e = assertThrows(InputException.class, () -> TileMap.fromBytes(data, "map.bin"));
        assertTrue(e.getMessage().startsWith("map.bin: at byte "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void readOnlyMapsRefuseWrites() {
        TileMap map = new TileMap(4, 4);
        map.fill(new Rect(0, 0, 4, 4), TileType.FLOOR);
        map.outline(new Rect(0, 0, 4, 4), TileType.WALL);
        TileMap frozen = map.readOnly();
        assertThrows(IllegalStateException.class, () -> frozen.set(1, 1, TileType.WALL));
        assertThrows(IllegalStateException.class, () -> frozen.fill(new Rect(0, 0, 1, 1), TileType.WALL));
        map.set(1, 1, TileType.WALL);
        assertEquals(TileType.FLOOR, frozen.get(1, 1), "a read-only copy does not see later writes");
        assertTrue(frozen.copy().get(2, 2).walkable());
        assertThrows(IllegalArgumentException.class, () -> new TileMap(0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> map.get(4, 0));
    }
}
