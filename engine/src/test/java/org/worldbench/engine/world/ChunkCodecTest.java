package org.worldbench.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.codec.ChunkCodec;

class ChunkCodecTest {

    private static final ChunkGenerator PLANE = new ChunkGenerator(WorldDefinition.of(Topology.PLANE));
    private static final ChunkGenerator RING = new ChunkGenerator(WorldDefinition.of(Topology.RING));
    private static final ChunkGenerator STRIP = new ChunkGenerator(WorldDefinition.of(Topology.STRIP));

    @Test
    void thousandsOfChunksRoundTripWithinOneQuantizationStep() throws InputException {
        int checked = 0;
        for (int i = 0; i < 3000; i++) {
            int lod = i % 4;
            ChunkId id = switch (i % 3) {
                case 0 -> new ChunkId.Plane(i % 17 - 8, i / 17 - 80);
                case 1 -> new ChunkId.Ring(i % 3, (i * 8803) % ChunkId.RING_CHUNKS);
                default -> new ChunkId.Strip(i - 1500);
            };
            ChunkGenerator g = i % 3 == 0 ? PLANE : i % 3 == 1 ? RING : STRIP;
            Chunk original = g.generate(i, id, lod);
            int level = new int[] {1, 6, 9}[i % 3];
            Chunk back = ChunkCodec.decode(ChunkCodec.encode(original, level), "chunk " + id.text());
            assertEquals(original.id(), back.id());
            assertEquals(original.lod(), back.lod());
            assertEquals(original.structures(), back.structures());
            assertEquals(original.resourceNodes(), back.resourceNodes());
            assertTrue(Arrays.deepEquals(original.cells(), back.cells()));
            assertEquals(original.metadata(), back.metadata());
            Mesh a = original.geometry();
            Mesh b = back.geometry();
            assertEquals(a.vertexCount(), b.vertexCount());
            assertTrue(Arrays.equals(a.faces(), b.faces()));
            double[] step = {0.01, 0.001, 0.01};
            for (int v = 0; v < a.vertexCount(); v++) {
                for (int axis = 0; axis < 3; axis++) {
                    // Within one quantization step (plus float rounding of the stored value).
                    double tolerance = step[axis] + Math.ulp(Math.abs(a.vertex(v, axis))) * 4;
                    assertTrue(Math.abs(a.vertex(v, axis) - b.vertex(v, axis)) <= tolerance,
                            id.text() + " vertex " + v + " axis " + axis + ": " + a.vertex(v, axis) + " vs " + b.vertex(v, axis));
                }
                double dot = a.normal(v, 0) * b.normal(v, 0) + a.normal(v, 1) * b.normal(v, 1) + a.normal(v, 2) * b.normal(v, 2);
                assertTrue(dot > 0.995, "normal " + v + " of " + id.text() + " dot " + dot);
            }
            checked++;
        }
        assertEquals(3000, checked);
    }

    @Test
    void sizesMeetTheBudgets() {
        Chunk empty = STRIP.generate(1, new ChunkId.Strip(0), 3);
        assertTrue(ChunkCodec.encode(empty, 6).length <= 1024, "an empty chunk encodes in 1 KB or less");
        Chunk city = PLANE.generate(1, new ChunkId.Plane(0, 0), 0);
        int json = org.worldbench.engine.export.CanonicalJson.write(ChunkJson.of(city)).length();
        assertTrue(ChunkCodec.encode(city, 6).length * 3 <= json, "a city chunk is at most a third of its JSON");
        assertTrue(ChunkCodec.encode(city, 9).length <= ChunkCodec.encode(city, 1).length);
        assertThrows(IllegalArgumentException.class, () -> ChunkCodec.encode(city, 5));
    }

    @Test
    void corruptTruncatedAndOversizedInputIsRefusedClearly() throws Exception {
        byte[] good = ChunkCodec.encode(PLANE.generate(3, new ChunkId.Plane(1, 1), 0), 6);
        assertRefused(Arrays.copyOf(good, 10), "truncated");
        byte[] magic = good.clone();
        magic[1] = 'X';
        assertRefused(magic, "bad magic");
        byte[] version = good.clone();
        version[4] = 9;
        assertRefused(version, "version 9");
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        assertRefused(flipped, "checksum mismatch");
        assertRefused(Arrays.copyOf(good, good.length - 7), "checksum mismatch");
        byte[] counts = withCrc(good.clone(), b -> ByteBuffer.wrap(b).putInt(8, 0x7FFFFFFF));
        assertRefused(counts, "out of range");
        // A tiny body that inflates to 40 MB while the header promises no geometry.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(body)) {
            gz.write(new byte[] {0, 0, 0, 2, '{', '}'});
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                gz.write(zeros);
            }
        }
        ByteBuffer bomb = ByteBuffer.allocate(16 + body.size() + 4);
        bomb.put(new byte[] {'C', 'H', 'N', 'K', 1, 2, 0, 0}).putInt(0).putInt(0).put(body.toByteArray());
        byte[] bombBytes = withCrc(bomb.array(), b -> { });
        assertTrue(bombBytes.length < 200_000);
        assertRefused(bombBytes, "decompression bomb");
    }

    private interface Patch {
        void apply(byte[] b);
    }

    private static byte[] withCrc(byte[] data, Patch patch) {
        patch.apply(data);
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 4);
        ByteBuffer.wrap(data).putInt(data.length - 4, (int) crc.getValue());
        return data;
    }

    private static void assertRefused(byte[] data, String fragment) {
        InputException e = assertThrows(InputException.class, () -> ChunkCodec.decode(data, "x.chnk"));
        assertTrue(e.getMessage().startsWith("x.chnk: at "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
