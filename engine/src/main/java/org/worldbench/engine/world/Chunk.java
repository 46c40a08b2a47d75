package org.worldbench.engine.world;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated chunk: a pure function of (world seed, chunk id, LOD) and the world's settings.
 *
 * @param id            the chunk id
 * @param lod           0 full detail … 3 minimal
 * @param seed          the world seed
 * @param geometry      the mesh
 * @param structures    stations, buildings, landmarks
 * @param resourceNodes resource nodes (strip)
 * @param cells         cell rows, top first (strip only; empty otherwise)
 * @param metadata      version and facts about the chunk, sorted by key
 */
public record Chunk(ChunkId id, int lod, long seed, Mesh geometry, List<Structure> structures, List<ResourceNode> resourceNodes,
        byte[][] cells, Map<String, String> metadata) {

    /** Version of chunk content; bump when the same request would give another chunk. */
    public static final int CONTENT_VERSION = 2;

    public Chunk {
        structures = List.copyOf(structures);
        resourceNodes = List.copyOf(resourceNodes);
        byte[][] copy = new byte[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i].clone();
        }
        cells = copy;
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** The topology of the id. */
    public Topology topology() {
        return id.topology();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chunk c && id.equals(c.id) && lod == c.lod && seed == c.seed && geometry.equals(c.geometry)
                && structures.equals(c.structures) && resourceNodes.equals(c.resourceNodes)
                && java.util.Arrays.deepEquals(cells, c.cells) && metadata.equals(c.metadata);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, lod, seed, geometry, structures);
    }
}
