package org.worldbench.engine.world;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A world definition ({@code samples/worlds/*.world.json}): which topology and its settings. Fields
 * left out take defaults; out-of-range values are refused naming the field.
 *
 * @param format        file format version (1)
 * @param name          a display name
 * @param topology      ring, strip or plane
 * @param floors        ring floors (1..100, default 3)
 * @param floorHeight   ring: metres between floors (default 500)
 * @param chunkSize     plane: metres a chunk side (64..1024, default 256)
 * @param districtChunks plane: chunks a district side (1..64, default 4)
 * @param loadRadius    streaming load radius in chunks (default 3)
 * @param unloadMargin  streaming unload margin in chunks (default 2)
 * @param cacheSize     streaming LRU capacity in chunks (default 256)
 */
@JsonPropertyOrder({"format", "name", "topology", "floors", "floorHeight", "chunkSize", "districtChunks", "loadRadius",
    "unloadMargin", "cacheSize"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorldDefinition(int format, String name, Topology topology, Integer floors, Double floorHeight,
        Integer chunkSize, Integer districtChunks, Integer loadRadius, Integer unloadMargin, Integer cacheSize) {

    public WorldDefinition {
        if (format != 1) {
            throw new IllegalArgumentException(format > 1 ? "world format " + format + " is newer than this WorldBench reads (1)"
                    : "format must be 1, was " + format);
        }
        if (topology == null) {
            throw new IllegalArgumentException("missing field 'topology' (ring, strip or plane)");
        }
        floors = range("floors", floors, 3, 1, 100);
        floorHeight = floorHeight == null ? 500.0 : floorHeight;
        if (!(floorHeight > 0 && floorHeight <= 10_000)) {
            throw new IllegalArgumentException("floorHeight must be in (0, 10000] metres, was " + floorHeight);
        }
        chunkSize = range("chunkSize", chunkSize, 256, 64, 1024);
        districtChunks = range("districtChunks", districtChunks, 4, 1, 64);
        loadRadius = range("loadRadius", loadRadius, 3, 0, 32);
        unloadMargin = range("unloadMargin", unloadMargin, 2, 0, 32);
        cacheSize = range("cacheSize", cacheSize, 256, 1, 1_000_000);
    }

    /** A definition with every default. */
    public static WorldDefinition of(Topology topology) {
        return new WorldDefinition(1, topology.jsonName(), topology, null, null, null, null, null, null, null);
    }

    private static int range(String name, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + v);
        }
        return v;
    }

    /** Parses a chunk id of this world. */
    public ChunkId chunkId(String text) {
        return ChunkId.parse(topology, text, floors);
    }
}
