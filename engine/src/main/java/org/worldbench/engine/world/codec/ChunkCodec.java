package org.worldbench.engine.world.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Mesh;
import org.worldbench.engine.world.ResourceNode;
import org.worldbench.engine.world.Structure;
import org.worldbench.engine.world.Topology;

/**
 * The CHNK binary chunk format (seed 001).
 *
 * <pre>
 * header, 16 bytes: "CHNK" | version u8 (1) | flags u8 | reserved u16 | vertex count u32 | face count u32
 *   flags: bit 0 32-bit indices (else 16-bit), bits 1-2 gzip level (0: 1, 1: 6, 2: 9), bit 3 normals present
 * body, gzip:       metadata length u32 | metadata (UTF-8 JSON: id, topology, lod, seed, structures,
 *                   resource nodes, cells, metadata) | vertices: zig-zag varint deltas of quantised x (1 cm),
 *                   y (1 mm), z (1 cm) | normals: octahedral, 2 bytes | indices (u16 or u32)
 * trailer:          CRC-32 of header and body, u32
 * </pre>
 *
 * Decoding refuses wrong magic, unknown versions, bad checksums, truncation, absurd counts and
 * bodies that inflate beyond what the counts allow (decompression bombs), each with one clear line.
 */
public final class ChunkCodec {

    /** Format version written and read. */
    public static final int VERSION = 1;
    /** Most vertices a chunk may hold. */
    public static final int MAX_VERTICES = 4_000_000;
    /** Largest metadata block accepted. */
    public static final int MAX_METADATA = 16 * 1024 * 1024;

    private static final byte[] MAGIC = {'C', 'H', 'N', 'K'};
    private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int[] LEVELS = {1, 6, 9};

    private ChunkCodec() {
    }

    /** Encodes at gzip level 1, 6 or 9. */
    public static byte[] encode(Chunk chunk, int gzipLevel) {
        int levelCode = switch (gzipLevel) {
            case 1 -> 0;
            case 6 -> 1;
            case 9 -> 2;
            default -> throw new IllegalArgumentException("gzip level must be 1, 6 or 9, was " + gzipLevel);
        };
        Mesh mesh = chunk.geometry();
        boolean wide = mesh.vertexCount() > 0xFFFF;
        int flags = (wide ? 1 : 0) | (levelCode << 1) | 8;
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new LevelGzip(body, gzipLevel), 1 << 14))) {
                byte[] meta = metadata(chunk).toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(meta.length);
                out.write(meta);
                long[] previous = new long[3];
                for (int i = 0; i < mesh.vertexCount(); i++) {
                    long[] q = {Math.round(mesh.vertex(i, 0) * 100.0), Math.round(mesh.vertex(i, 1) * 1000.0),
                        Math.round(mesh.vertex(i, 2) * 100.0)};
                    for (int a = 0; a < 3; a++) {
                        Varint.write(out, q[a] - previous[a]);
                        previous[a] = q[a];
                    }
                }
                for (int i = 0; i < mesh.vertexCount(); i++) {
                    out.writeShort(Octahedral.encode(mesh.normal(i, 0), mesh.normal(i, 1), mesh.normal(i, 2)));
                }
                for (int index : mesh.faces()) {
                    if (wide) {
                        out.writeInt(index);
                    } else {
                        out.writeShort(index);
                    }
                }
            }
            byte[] compressed = body.toByteArray();
            ByteBuffer buffer = ByteBuffer.allocate(16 + compressed.length + 4);
            buffer.put(MAGIC).put((byte) VERSION).put((byte) flags).putShort((short) 0);
            buffer.putInt(mesh.vertexCount()).putInt(mesh.faceCount());
            buffer.put(compressed);
            CRC32 crc = new CRC32();
            crc.update(buffer.array(), 0, 16 + compressed.length);
            buffer.putInt((int) crc.getValue());
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** Decodes, naming {@code source} in any error. */
    public static Chunk decode(byte[] data, String source) throws InputException {
        if (data.length < 20) {
            throw new InputException(source, "byte 0", "truncated: " + data.length + " bytes is shorter than a CHNK header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        byte[] magic = new byte[4];
        buffer.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new InputException(source, "byte 0", "not a CHNK chunk (bad magic)");
        }
        int version = buffer.get() & 0xFF;
        if (version != VERSION) {
            throw new InputException(source, "byte 4", "CHNK version " + version + " is not supported (this build reads " + VERSION + ")");
        }
        int flags = buffer.get() & 0xFF;
        buffer.getShort();
        long vertexCount = Integer.toUnsignedLong(buffer.getInt());
        long faceCount = Integer.toUnsignedLong(buffer.getInt());
        if (vertexCount > MAX_VERTICES || faceCount > 4L * MAX_VERTICES) {
            throw new InputException(source, "byte 8", "counts out of range: " + vertexCount + " vertices, " + faceCount + " faces");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 4);
        int stored = ByteBuffer.wrap(data, data.length - 4, 4).getInt();
        if ((int) crc.getValue() != stored) {
            throw new InputException(source, "byte " + (data.length - 4), "checksum mismatch: the chunk is corrupt or truncated");
        }
        boolean wide = (flags & 1) != 0;
        long limit = 4 + MAX_METADATA + vertexCount * (3 * 10 + 2) + faceCount * 3 * (wide ? 4 : 2);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new Bounded(new GZIPInputStream(
                new ByteArrayInputStream(data, 16, data.length - 20), 1 << 14), limit, source), 1 << 14))) {
            int metaLength = in.readInt();
            if (metaLength < 0 || metaLength > MAX_METADATA) {
                throw new InputException(source, "body", "metadata length " + metaLength + " is out of range");
            }
            byte[] meta = in.readNBytes(metaLength);
            if (meta.length != metaLength) {
                throw new InputException(source, "body", "truncated metadata");
            }
            float[] vertices = new float[(int) vertexCount * 3];
            long[] previous = new long[3];
            double[] scale = {100.0, 1000.0, 100.0};
            for (int i = 0; i < vertexCount; i++) {
                for (int a = 0; a < 3; a++) {
                    previous[a] += Varint.read(in);
                    vertices[i * 3 + a] = (float) (previous[a] / scale[a]);
                }
            }
            float[] normals = new float[(int) vertexCount * 3];
            for (int i = 0; i < vertexCount; i++) {
                float[] n = Octahedral.decode(in.readShort());
                System.arraycopy(n, 0, normals, i * 3, 3);
            }
            int[] faces = new int[(int) faceCount * 3];
            for (int i = 0; i < faces.length; i++) {
                faces[i] = wide ? in.readInt() : in.readUnsignedShort();
            }
            // Drain what is left through the size guard: a bomb trips it, honest junk is trailing data.
            long rest = in.transferTo(java.io.OutputStream.nullOutputStream());
            if (rest > 0) {
                throw new InputException(source, "body", rest + " bytes of trailing data after the indices");
            }
            Mesh mesh;
            try {
                mesh = new Mesh(vertices, faces, normals);
            } catch (IllegalArgumentException e) {
                throw new InputException(source, "body", e.getMessage());
            }
            return fromMetadata(source, new String(meta, StandardCharsets.UTF_8), mesh);
        } catch (EOFException e) {
            throw new InputException(source, "body", "truncated: the body ends early");
        } catch (ZipException e) {
            throw new InputException(source, "body", "corrupt gzip body: " + e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw new InputException(source, "body", "cannot read: " + e.getMessage());
        }
    }

    private static ObjectNode metadata(Chunk chunk) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", chunk.id().text());
        root.put("topology", chunk.topology().jsonName());
        root.put("lod", chunk.lod());
        root.put("seed", chunk.seed());
        org.worldbench.engine.world.ChunkJson.putContent(root, chunk, false);
        ArrayNode cells = root.putArray("cells");
        for (byte[] row : chunk.cells()) {
            ArrayNode r = cells.addArray();
            for (byte b : row) {
                r.add(b);
            }
        }
        ObjectNode meta = root.putObject("metadata");
        chunk.metadata().forEach(meta::put);
        return root;
    }

    private static Chunk fromMetadata(String source, String json, Mesh mesh) throws InputException {
        JsonNode root;
        try {
            root = READER.readTree(json);
            Topology topology = Topology.valueOf(root.get("topology").asText().toUpperCase(java.util.Locale.ROOT));
            ChunkId id = ChunkId.parse(topology, root.get("id").asText(), Integer.MAX_VALUE);
            List<Structure> structures = new ArrayList<>();
            for (JsonNode s : root.get("structures")) {
                Map<String, String> props = new LinkedHashMap<>();
                s.get("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
                structures.add(new Structure(s.get("id").asText(), s.get("kind").asText(), s.get("x").asDouble(), s.get("y").asDouble(),
                        s.get("width").asDouble(), s.get("depth").asDouble(), s.get("height").asDouble(), s.get("importance").asInt(), props));
            }
            List<ResourceNode> nodes = new ArrayList<>();
            for (JsonNode n : root.get("resourceNodes")) {
                nodes.add(new ResourceNode(n.get("kind").asText(), n.get("cellX").asLong(), n.get("cellY").asInt()));
            }
            JsonNode cellRows = root.get("cells");
            byte[][] cells = new byte[cellRows.size()][];
            for (int r = 0; r < cells.length; r++) {
                cells[r] = new byte[cellRows.get(r).size()];
                for (int c = 0; c < cells[r].length; c++) {
                    cells[r][c] = (byte) cellRows.get(r).get(c).asInt();
                }
            }
            Map<String, String> meta = new LinkedHashMap<>();
            root.get("metadata").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
            return new Chunk(id, root.get("lod").asInt(), root.get("seed").asLong(), mesh, structures, nodes, cells, meta);
        } catch (IOException | RuntimeException e) {
            throw new InputException(source, "metadata", "malformed chunk metadata: " + e.getMessage());
        }
    }

    /** A gzip stream at a chosen level. */
    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(java.io.OutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }

    /** Refuses to inflate more than a limit: the decompression-bomb guard. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private final long limit;
        private final String source;
        private long read;

        Bounded(InputStream in, long limit, String source) {
            this.in = in;
            this.limit = limit;
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
                throw bomb();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw bomb();
                }
            }
            return n;
        }

        private IOException bomb() {
            return new IOException("oversized", new InputException(source, "body",
                    "the body inflates beyond " + limit + " bytes, more than its counts allow (decompression bomb?)"));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The gzip levels the codec accepts. */
    public static int[] levels() {
        return LEVELS.clone();
    }
}
