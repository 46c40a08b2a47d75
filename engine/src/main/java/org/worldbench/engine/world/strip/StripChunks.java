package org.worldbench.engine.world.strip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;
import org.worldbench.engine.world.MeshBuilder;
import org.worldbench.engine.world.Noise;
import org.worldbench.engine.world.ResourceNode;

/**
 * Strip chunks (seed 002): a column 16 tiles wide of a side view, ground at y = 0 with 8 rows of
 * sky above and 3 of rock below (12 rows, top first: AIR ×8, GRASS, ROCK ×3).
 *
 * <p>Resource nodes are a function of (seed, cell_x): the line of cells is cut into spans of 16;
 * span k holds at most one node, at cell 16k + (0..7). Two nodes are therefore at least 9 cells
 * apart, across chunk borders too, and any chunk can decide its nodes alone. Rarer kinds grow more
 * likely with the distance from the origin.
 */
public final class StripChunks {

    /** Tiles a chunk is wide. */
    public static final int WIDTH = 16;
    /** Rows of sky above the ground row. */
    public static final int SKY = 8;
    /** Rows of rock below the ground row. */
    public static final int ROCK = 3;
    /** Cell codes. */
    public static final byte AIR = 0;
    /** Grass: the ground row. */
    public static final byte GRASS = 1;
    /** Rock below the ground. */
    public static final byte ROCK_CELL = 2;

    private static final String[] KINDS = {"copper", "iron", "silver", "gold", "crystal"};

    private StripChunks() {
    }

    /** The resource node of span {@code k}, or null. */
    public static ResourceNode nodeOfSpan(long seed, long span) {
        long h = Noise.hash(seed, span, 0x2F);
        if (Noise.unit(h) >= 0.6) {
            return null;
        }
        long cellX = span * WIDTH + Math.floorMod(h >>> 20, 8);
        double far = Math.min(1.0, Math.abs((double) cellX) / 20_000.0);
        // Weights shift from common to rare kinds with distance from the origin.
        double[] weights = {5 - 4 * far, 3 - far, 1 + far, 0.4 + 2 * far, 0.1 + 2.5 * far};
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = Noise.unit(Noise.hash(seed, cellX, 0x51)) * total;
        int kind = 0;
        for (double acc = weights[0]; pick >= acc && kind < KINDS.length - 1; acc += weights[++kind]) {
            // walk to the chosen kind
        }
        int cellY = -1 - (int) Math.floorMod(h >>> 40, ROCK);
        return new ResourceNode(KINDS[kind], cellX, cellY);
    }

    /** Generates a strip chunk. */
    public static Chunk generate(long seed, ChunkId.Strip id, int lod) {
        Lod.check(lod);
        int rows = SKY + 1 + ROCK;
        byte[][] cells = new byte[rows][WIDTH];
        for (int r = 0; r < rows; r++) {
            byte code = r < SKY ? AIR : r == SKY ? GRASS : ROCK_CELL;
            java.util.Arrays.fill(cells[r], code);
        }
        List<ResourceNode> nodes = new ArrayList<>();
        ResourceNode node = nodeOfSpan(seed, id.key());
        if (node != null) {
            nodes.add(node);
        }
        MeshBuilder mesh = new MeshBuilder();
        double x0 = id.key() * (double) WIDTH;
        // Geometry: a quad a solid cell at LOD 0, a quad a row at 1, a quad a material band at 2, one at 3.
        switch (lod) {
            case 0 -> {
                for (int r = SKY; r < rows; r++) {
                    for (int c = 0; c < WIDTH; c++) {
                        quad(mesh, c, c + 1, SKY - r, SKY - r + 1);
                    }
                }
            }
            case 1 -> {
                for (int r = SKY; r < rows; r++) {
                    quad(mesh, 0, WIDTH, SKY - r, SKY - r + 1);
                }
            }
            case 2 -> {
                quad(mesh, 0, WIDTH, 0, 1);
                quad(mesh, 0, WIDTH, -ROCK, 0);
            }
            default -> quad(mesh, 0, WIDTH, -ROCK, 1);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("version", Integer.toString(Chunk.CONTENT_VERSION));
        meta.put("firstCell", Long.toString((long) x0));
        meta.put("rows", rows + " (top first: " + SKY + " air, 1 grass, " + ROCK + " rock)");
        return new Chunk(id, lod, seed, mesh.build(), List.of(), nodes, cells, meta);
    }

    /** A quad in the x/z plane of the side view (y = 0), chunk-local cells. */
    private static void quad(MeshBuilder mesh, double x0, double x1, double z0, double z1) {
        int a = mesh.vertex(x0, 0, z0);
        int b = mesh.vertex(x1, 0, z0);
        int c = mesh.vertex(x1, 0, z1);
        int d = mesh.vertex(x0, 0, z1);
        mesh.quad(a, b, c, d);
    }
}
