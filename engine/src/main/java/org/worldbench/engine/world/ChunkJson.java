package org.worldbench.engine.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chunk JSON of DESIGN.md: {@code id}, {@code topology}, {@code lod}, {@code seed},
 * {@code geometry} {vertices, faces, normals}, {@code structures}, {@code resourceNodes},
 * {@code cells} (strip only), {@code metadata}. Numbers are written as exact decimals rounded to
 * 0.1 mm (see {@link #decimal}), the same text on every JDK.
 */
public final class ChunkJson {

    private ChunkJson() {
    }

    /**
     * A number as an exact decimal rounded to 0.1 mm. Float.toString and Double.toString changed
     * in JDK 19; this is the same text on every JDK, and finer than the CHNK quantization.
     */
    public static java.math.BigDecimal decimal(double value) {
        return new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * Writes {@code structures} and {@code resourceNodes} into {@code root}: with exact decimals for
     * the JSON a user reads, with plain doubles for the CHNK metadata, which must round-trip exactly.
     */
    public static void putContent(ObjectNode root, Chunk chunk, boolean decimals) {
        ArrayNode structures = root.putArray("structures");
        for (Structure s : chunk.structures()) {
            ObjectNode node = structures.addObject().put("id", s.id()).put("kind", s.kind());
            if (decimals) {
                node.put("x", decimal(s.x())).put("y", decimal(s.y())).put("width", decimal(s.width()))
                        .put("depth", decimal(s.depth())).put("height", decimal(s.height()));
            } else {
                node.put("x", s.x()).put("y", s.y()).put("width", s.width()).put("depth", s.depth()).put("height", s.height());
            }
            node.put("importance", s.importance());
            ObjectNode props = node.putObject("properties");
            s.properties().forEach(props::put);
        }
        ArrayNode nodes = root.putArray("resourceNodes");
        for (ResourceNode n : chunk.resourceNodes()) {
            nodes.addObject().put("kind", n.kind()).put("cellX", n.cellX()).put("cellY", n.cellY());
        }
    }

    /** The chunk as a JSON tree in a fixed field order. */
    public static ObjectNode of(Chunk chunk) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", chunk.id().text());
        root.put("topology", chunk.topology().jsonName());
        root.put("lod", chunk.lod());
        root.put("seed", chunk.seed());
        ObjectNode geometry = root.putObject("geometry");
        Mesh mesh = chunk.geometry();
        ArrayNode vertices = geometry.putArray("vertices");
        ArrayNode normals = geometry.putArray("normals");
        for (int i = 0; i < mesh.vertexCount(); i++) {
            vertices.addArray().add(decimal(mesh.vertex(i, 0))).add(decimal(mesh.vertex(i, 1))).add(decimal(mesh.vertex(i, 2)));
            normals.addArray().add(decimal(mesh.normal(i, 0))).add(decimal(mesh.normal(i, 1))).add(decimal(mesh.normal(i, 2)));
        }
        ArrayNode faces = geometry.putArray("faces");
        int[] f = mesh.faces();
        for (int i = 0; i < f.length; i += 3) {
            faces.addArray().add(f[i]).add(f[i + 1]).add(f[i + 2]);
        }
        // normals after faces, as DESIGN.md lists them
        geometry.remove("normals");
        geometry.set("normals", normals);
        putContent(root, chunk, true);
        if (chunk.topology() == Topology.STRIP) {
            ArrayNode cells = root.putArray("cells");
            for (byte[] row : chunk.cells()) {
                ArrayNode r = cells.addArray();
                for (byte b : row) {
                    r.add(b);
                }
            }
        }
        ObjectNode meta = root.putObject("metadata");
        chunk.metadata().forEach(meta::put);
        return root;
    }
}
