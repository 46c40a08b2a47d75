package org.worldbench.engine.world;

import org.worldbench.engine.world.plane.PlaneChunks;
import org.worldbench.engine.world.ring.RingChunks;
import org.worldbench.engine.world.strip.StripChunks;

/**
 * Makes chunks of one world: a pure function of (world seed, chunk id, LOD), whatever the order,
 * the thread or the number of threads. Thread-safe; holds only the immutable definition.
 */
public final class ChunkGenerator {

    /** Stage tag a chunk's seed override uses. */
    public static final String STAGE = "chunk";

    private final WorldDefinition world;

    public ChunkGenerator(WorldDefinition world) {
        this.world = world;
    }

    /** The world definition. */
    public WorldDefinition world() {
        return world;
    }

    /**
     * Generates one chunk.
     *
     * @throws IllegalArgumentException when the id belongs to another topology or the LOD is not 0..3
     */
    public Chunk generate(long seed, ChunkId id, int lod) {
        if (id.topology() != world.topology()) {
            throw new IllegalArgumentException("chunk " + id.text() + " is a " + id.topology().jsonName() + " chunk, this world is a "
                    + world.topology().jsonName());
        }
        if (id instanceof ChunkId.Ring ring) {
            if (ring.floor() >= world.floors()) {
                throw new IllegalArgumentException("chunk " + id.text() + ": floor must be 0.." + (world.floors() - 1));
            }
            return RingChunks.generate(world, seed, ring, lod);
        }
        if (id instanceof ChunkId.Strip strip) {
            return StripChunks.generate(seed, strip, lod);
        }
        return PlaneChunks.generate(world, seed, (ChunkId.Plane) id, lod);
    }
}
