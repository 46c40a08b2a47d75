package org.worldbench.engine.bsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.tiles.TileMap;

class BspGeneratorTest {

    private static final BspGenerator BSP = new BspGenerator();

    @Test
    void roomsFitDoNotOverlapAndConnectOverManySeeds() {
        List<Rect> areas = List.of(new Rect(1, 1, 18, 14), new Rect(2, 3, 24, 18), new Rect(0, 0, 30, 20), new Rect(1, 1, 12, 10));
        for (Rect area : areas) {
            for (long seed = 0; seed < 500; seed++) {
                BspResult r = BSP.generate(area, BspConfig.DEFAULTS, new SeededRandom(seed));
                for (int i = 0; i < r.rooms().size(); i++) {
                    Rect a = r.rooms().get(i);
                    assertTrue(area.contains(a), seed + ": room " + a + " outside " + area);
                    assertTrue(a.width() >= 4 && a.height() >= 4, seed + ": room " + a + " below the minimum");
                    for (int j = i + 1; j < r.rooms().size(); j++) {
                        assertTrue(!a.intersects(r.rooms().get(j)), seed + ": rooms overlap");
                    }
                }
                TileMap map = new TileMap(area.right() + 1, area.bottom() + 1);
                r.paintInto(map, area);
                Rect first = r.rooms().get(0);
                BitSet reach = map.floodFill(first.center().x(), first.center().y());
                for (Rect room : r.rooms()) {
                    assertTrue(reach.get(room.center().y() * map.width() + room.center().x()),
                            seed + ": room " + room + " not connected in " + area);
                }
            }
        }
    }

    @Test
    void leavesHoldTheirRoomsAndTheTreeIsDeterministic() {
        Rect area = new Rect(0, 0, 24, 18);
        BspResult a = BSP.generate(area, BspConfig.DEFAULTS, new SeededRandom(7));
        BspResult b = BSP.generate(area, BspConfig.DEFAULTS, new SeededRandom(7));
        assertEquals(a, b);
        assertLeavesContainRooms(a.tree());
        assertTrue(a.rooms().size() >= 2, "a 24x18 area splits");
    }

    private static void assertLeavesContainRooms(BspNode node) {
        if (node.isLeaf()) {
            assertTrue(node.container().contains(node.room()));
            return;
        }
        assertTrue(node.container().contains(node.left().container()));
        assertTrue(node.container().contains(node.right().container()));
        assertLeavesContainRooms(node.left());
        assertLeavesContainRooms(node.right());
    }

    /** Golden: the exact rooms of seed 5 in a 20x14 area pin the algorithm. */
    @Test
    void goldenRoomsForSeedFive() {
        BspResult r = BSP.generate(new Rect(0, 0, 20, 14), BspConfig.DEFAULTS, new SeededRandom(5));
        assertEquals(GOLDEN_SEED_5, r.rooms().toString());
    }

    /** Recorded from this implementation; a change here means every district changes too. */
    private static final String GOLDEN_SEED_5 = "[3,2,6x5, 0,8,9x4, 11,1,9x4, 11,8,7x6]";

    @Test
    void tinyAreaIsOneRoomAndBadConfigIsRefused() {
        BspResult r = BSP.generate(new Rect(0, 0, 6, 5), BspConfig.DEFAULTS, new SeededRandom(1));
        assertEquals(1, r.rooms().size());
        assertTrue(r.corridors().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> BSP.generate(new Rect(0, 0, 3, 3), BspConfig.DEFAULTS, new SeededRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new BspConfig(2, 10, 3, 0.45, 0.55, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new BspConfig(5, 4, 3, 0.45, 0.55, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new BspConfig(4, 10, 3, 0.6, 0.5, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new BspConfig(4, 10, 13, 0.45, 0.55, 1, 0.5));
    }
}
