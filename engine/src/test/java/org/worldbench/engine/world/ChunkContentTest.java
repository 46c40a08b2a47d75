package org.worldbench.engine.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.world.codec.ChunkCodec;
import org.worldbench.engine.world.strip.StripChunks;

class ChunkContentTest {

    private static final ChunkGenerator RING = new ChunkGenerator(WorldDefinition.of(Topology.RING));
    private static final ChunkGenerator STRIP = new ChunkGenerator(WorldDefinition.of(Topology.STRIP));
    private static final ChunkGenerator PLANE = new ChunkGenerator(WorldDefinition.of(Topology.PLANE));

    private static List<ChunkId> sample() {
        List<ChunkId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(new ChunkId.Ring(i % 3, (i * 6607) % ChunkId.RING_CHUNKS));
            ids.add(new ChunkId.Strip(i * 37L - 700));
            ids.add(new ChunkId.Plane(i % 7 - 3, i / 7 - 3));
        }
        return ids;
    }

    private static ChunkGenerator generatorFor(ChunkId id) {
        return switch (id.topology()) {
            case RING -> RING;
            case STRIP -> STRIP;
            case PLANE -> PLANE;
        };
    }

    private static byte[] bytes(ChunkId id, int lod) {
        return ChunkCodec.encode(generatorFor(id).generate(77, id, lod), 6);
    }

    @Test
    void aChunkIsTheSameAloneInAScanInAnyOrderAndOnAnyThreads() throws Exception {
        List<ChunkId> ids = sample();
        Map<ChunkId, byte[]> alone = new ConcurrentHashMap<>();
        for (ChunkId id : ids) {
            alone.put(id, bytes(id, 0));
        }
        List<ChunkId> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(5));
        for (ChunkId id : shuffled) {
            assertArrayEquals(alone.get(id), bytes(id, 0), "shuffled order: " + id.text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<ChunkId, byte[]> threaded = new ConcurrentHashMap<>();
        for (ChunkId id : shuffled) {
            pool.submit(() -> threaded.put(id, bytes(id, 0)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        for (ChunkId id : ids) {
            assertArrayEquals(alone.get(id), threaded.get(id), "4 threads: " + id.text());
        }
    }

    @Test
    void theRingSeamHasNoGapOrOverlap() {
        for (int lod = 0; lod <= 3; lod++) {
            Chunk last = RING.generate(9, new ChunkId.Ring(1, ChunkId.RING_CHUNKS - 1), lod);
            Chunk first = RING.generate(9, new ChunkId.Ring(1, 0), lod);
            List<float[]> end = edge(last.geometry(), 1000f);
            List<float[]> start = edge(first.geometry(), 0f);
            assertEquals(end.size(), start.size(), "lod " + lod);
            assertTrue(end.size() >= 2);
            for (int i = 0; i < end.size(); i++) {
                assertEquals(end.get(i)[1], start.get(i)[1], 1e-3, "width position, lod " + lod);
                assertEquals(end.get(i)[2], start.get(i)[2], 1e-3, "height, lod " + lod);
            }
            assertEquals(last.metadata().get("widthEnd"), first.metadata().get("widthStart"));
        }
        // And an ordinary border matches the same way.
        List<float[]> a = edge(RING.generate(9, new ChunkId.Ring(0, 999), 0).geometry(), 1000f);
        List<float[]> b = edge(RING.generate(9, new ChunkId.Ring(0, 1000), 0).geometry(), 0f);
        assertEquals(a.size(), b.size());
        assertEquals(a.get(0)[1], b.get(0)[1], 1e-3, "a station flare is continuous");
    }

    /** The floor vertices (not structure boxes) on the edge x = at, sorted by y. */
    private static List<float[]> edge(Mesh mesh, float at) {
        List<float[]> out = new ArrayList<>();
        int floorVertices = mesh.vertexCount();
        for (int i = 0; i < floorVertices; i++) {
            if (mesh.vertex(i, 0) == at && Math.abs(mesh.vertex(i, 2) - mesh.vertex(0, 2)) < 5) {
                out.add(new float[] {mesh.vertex(i, 0), mesh.vertex(i, 1), mesh.vertex(i, 2)});
            }
        }
        out.sort((p, q) -> Float.compare(p[1], q[1]));
        return out;
    }

    @Test
    void stationsFlareTheRing() {
        Chunk plain = RING.generate(1, new ChunkId.Ring(0, 500), 3);
        Chunk elevator = RING.generate(1, new ChunkId.Ring(0, 24_000), 3);
        assertEquals("400", plain.metadata().get("widthStart"));
        assertEquals("elevator_hub", elevator.metadata().get("station"));
        assertTrue(Double.parseDouble(elevator.metadata().get("widthStart")) > 20_000);
        assertEquals("regional_hub", RING.generate(1, new ChunkId.Ring(0, 6_000), 3).metadata().get("station"));
        assertEquals("local_station", RING.generate(1, new ChunkId.Ring(0, 1_000), 3).metadata().get("station"));
    }

    @Test
    void stripCellsAndResourceNodesKeepTheirSpacingAcrossBorders() {
        Chunk c = STRIP.generate(3, new ChunkId.Strip(-5), 0);
        assertEquals(12, c.cells().length);
        assertEquals(StripChunks.AIR, c.cells()[0][0]);
        assertEquals(StripChunks.GRASS, c.cells()[8][5]);
        assertEquals(StripChunks.ROCK_CELL, c.cells()[11][15]);
        List<ResourceNode> nodes = new ArrayList<>();
        for (long key = -3000; key <= 3000; key++) {
            nodes.addAll(STRIP.generate(3, new ChunkId.Strip(key), 3).resourceNodes());
        }
        assertTrue(nodes.size() > 2000);
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.get(i).cellX() - nodes.get(i - 1).cellX() >= 8, "nodes at " + nodes.get(i - 1).cellX() + " and " + nodes.get(i).cellX());
        }
        for (ResourceNode n : nodes) {
            assertEquals(Math.floorDiv(n.cellX(), 16), Math.floorDiv(n.cellX(), 16), "a node lies in its own chunk");
        }
        double nearRare = rareShare(nodes, 0, 5_000);
        double farRare = rareShare(nodes, 30_000, 50_000);
        assertTrue(farRare > nearRare + 0.1, "rarer kinds farther out: near " + nearRare + ", far " + farRare);
    }

    private static double rareShare(List<ResourceNode> nodes, long from, long to) {
        long all = nodes.stream().filter(n -> Math.abs(n.cellX()) >= from && Math.abs(n.cellX()) < to).count();
        long rare = nodes.stream().filter(n -> Math.abs(n.cellX()) >= from && Math.abs(n.cellX()) < to)
                .filter(n -> n.kind().equals("gold") || n.kind().equals("crystal")).count();
        return all == 0 ? 0 : (double) rare / all;
    }

    @Test
    void planeStreetsContinueAcrossChunkBorders() {
        int checked = 0;
        for (long x = -4; x < 4; x++) {
            for (long y = -4; y < 4; y++) {
                Chunk left = PLANE.generate(11, new ChunkId.Plane(x, y), 1);
                Chunk right = PLANE.generate(11, new ChunkId.Plane(x + 1, y), 1);
                Set<String> leaving = crossings(left, 256.0, true);
                Set<String> entering = crossings(right, 0.0, true);
                if (left.metadata().get("district").equals(right.metadata().get("district"))) {
                    assertEquals(leaving, entering, "chunk " + x + "_" + y + " east border");
                } else {
                    Set<String> shared = new HashSet<>(leaving);
                    shared.retainAll(entering);
                    assertTrue(shared.contains("128.00"), "the arterial crosses every border");
                }
                checked++;
            }
        }
        assertEquals(64, checked);
        Set<String> networks = new HashSet<>();
        for (long x = -20; x < 20; x += 4) {
            networks.add(PLANE.generate(11, new ChunkId.Plane(x, x / 2), 3).metadata().get("streets"));
        }
        assertTrue(networks.size() >= 3, "several street networks: " + networks);
    }

    /** The y coordinates where streets cross the vertical border x = at (chunk-local), corners aside. */
    private static Set<String> crossings(Chunk chunk, double at, boolean vertical) {
        Set<String> out = new HashSet<>();
        for (Structure s : chunk.structures()) {
            String points = s.properties().get("points");
            if (points == null) {
                continue;
            }
            for (String p : points.split(";")) {
                String[] xy = p.split(",");
                double y = Double.parseDouble(xy[1]);
                // A street through a corner continues into the diagonal neighbour, not this one.
                boolean corner = y < 0.01 || y > 255.99;
                if (Math.abs(Double.parseDouble(xy[0]) - at) < 0.01 && !corner) {
                    out.add(xy[1]);
                }
            }
        }
        return out;
    }

    @Test
    void planeChunksHoldDistrictsBlocksBuildingsAndLandmarks() {
        Set<String> styles = new HashSet<>();
        Set<String> footprints = new HashSet<>();
        int landmarks = 0;
        int anomalies = 0;
        for (long x = -8; x < 8; x++) {
            for (long y = -8; y < 8; y++) {
                for (Structure s : PLANE.generate(21, new ChunkId.Plane(x, y), 0).structures()) {
                    if (s.properties().containsKey("style")) {
                        styles.add(s.properties().get("style"));
                        footprints.add(s.properties().get("footprint"));
                        anomalies += s.properties().containsKey("anomalies") ? 1 : 0;
                    }
                    landmarks += s.properties().containsKey("landmark") ? 1 : 0;
                }
            }
        }
        assertEquals(Set.of("corporate_tower", "industrial_warehouse", "residential_complex", "old_downtown", "abandoned_structure"), styles);
        assertTrue(footprints.contains("L_shaped") && footprints.contains("cylindrical"), footprints.toString());
        assertTrue(landmarks >= 8, "a landmark a district: " + landmarks);
        assertTrue(anomalies > 0);
    }

    @Test
    void buildingsStandInsideBlocksAndOffTheStreets() {
        for (long x = -6; x < 6; x++) {
            for (long y = -6; y < 6; y++) {
                Chunk c = PLANE.generate(33, new ChunkId.Plane(x, y), 0);
                List<Structure> blocks = c.structures().stream().filter(s -> s.kind().equals("block")).toList();
                assertTrue(!blocks.isEmpty());
                for (Structure s : c.structures()) {
                    if (!s.properties().containsKey("style")) {
                        continue;
                    }
                    boolean inside = blocks.stream().anyMatch(b -> s.x() >= b.x() - 1e-9 && s.y() >= b.y() - 1e-9
                            && s.x() + s.width() <= b.x() + b.width() + 1e-9 && s.y() + s.depth() <= b.y() + b.depth() + 1e-9);
                    assertTrue(inside, "building " + s.id() + " of chunk " + x + "_" + y + " lies inside a block");
                }
            }
        }
    }

    @Test
    void vertexAndFaceCountsFallAtEachLevel() {
        for (ChunkId id : List.of(new ChunkId.Ring(0, 24_000), new ChunkId.Ring(2, 77), new ChunkId.Strip(4), new ChunkId.Plane(2, 3))) {
            int previousVertices = Integer.MAX_VALUE;
            int previousFaces = Integer.MAX_VALUE;
            for (int lod = 0; lod <= 3; lod++) {
                Mesh m = generatorFor(id).generate(5, id, lod).geometry();
                assertTrue(m.vertexCount() < previousVertices, id.text() + " lod " + lod + " vertices");
                assertTrue(m.faceCount() < previousFaces, id.text() + " lod " + lod + " faces");
                previousVertices = m.vertexCount();
                previousFaces = m.faceCount();
            }
        }
        assertEquals(0, Lod.choose(0, Lod.Client.UNREAL));
        assertEquals(2, Lod.choose(1, Lod.Client.WEB));
        assertEquals(3, Lod.choose(9, Lod.Client.LIGHT));
        assertEquals(2, Lod.choose(4, Lod.Client.UNREAL));
    }

    @Test
    void malformedAndOutOfRangeIdsAreRefused() {
        WorldDefinition ring = WorldDefinition.of(Topology.RING);
        assertEquals(new ChunkId.Ring(2, 263_999), ring.chunkId("2_263999"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ring.chunkId("0_264000")).getMessage().contains("0..263999"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ring.chunkId("3_5")).getMessage().contains("floor must be 0..2"));
        assertThrows(IllegalArgumentException.class, () -> ring.chunkId("-1_5"));
        assertThrows(IllegalArgumentException.class, () -> ring.chunkId("abc"));
        assertEquals(new ChunkId.Strip(-3), WorldDefinition.of(Topology.STRIP).chunkId("-3"));
        assertThrows(IllegalArgumentException.class, () -> WorldDefinition.of(Topology.STRIP).chunkId("3_4"));
        assertEquals(new ChunkId.Plane(4, -2), WorldDefinition.of(Topology.PLANE).chunkId("4_-2"));
        assertThrows(IllegalArgumentException.class, () -> WorldDefinition.of(Topology.PLANE).chunkId("4"));
        assertThrows(IllegalArgumentException.class, () -> RING.generate(1, new ChunkId.Strip(1), 0));
        assertThrows(IllegalArgumentException.class, () -> RING.generate(1, new ChunkId.Ring(0, 1), 4));
        assertEquals(List.of(new ChunkId.Ring(0, 0), new ChunkId.Ring(0, 263_999), new ChunkId.Ring(0, 1)),
                new ChunkId.Ring(0, 0).neighbourhood(1), "the ring wraps");
    }
}
