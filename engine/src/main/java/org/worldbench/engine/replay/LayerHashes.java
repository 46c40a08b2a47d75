package org.worldbench.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * SHA-256 hashes of each layer of a generation, over the canonical export JSON of that layer:
 * {@code layout} (rooms, connections, start, abilities), {@code tiles}, {@code case},
 * {@code entities} and {@code validation}. Replays compare them layer by layer, so a drift names
 * the layer it is in.
 */
public final class LayerHashes {

    /** The layers, in the order they are generated and reported. */
    public static final java.util.List<String> LAYERS = java.util.List.of("layout", "tiles", "case", "entities", "validation", "chunks");

    /** The chunks sampled for the {@code chunks} layer: both sides of the ring's seam, strip and plane chunks. */
    static final java.util.List<org.worldbench.engine.world.ChunkId> CHUNK_SAMPLE = java.util.List.of(
            new org.worldbench.engine.world.ChunkId.Ring(0, 0), new org.worldbench.engine.world.ChunkId.Ring(0, 263_999),
            new org.worldbench.engine.world.ChunkId.Ring(1, 24_000), new org.worldbench.engine.world.ChunkId.Strip(-3),
            new org.worldbench.engine.world.ChunkId.Strip(41), new org.worldbench.engine.world.ChunkId.Plane(0, 0),
            new org.worldbench.engine.world.ChunkId.Plane(-5, 7), new org.worldbench.engine.world.ChunkId.Plane(12, -2));

    private LayerHashes() {
    }

    /** The hashes of a result, its world seed's chunk sample included. */
    public static Map<String, String> of(GenerationResult result) {
        Map<String, String> out = of(result.toExport());
        out.put("chunks", chunks(result.district().seed()));
        return out;
    }

    /**
     * SHA-256 over the chunk JSON of the chunk sample at every LOD, made with the default world
     * definitions and the world seed: a drift in any chunk generator shows. (The JSON, not the CHNK
     * bytes: gzip output may differ between the zlib builds JDKs ship.)
     */
    public static String chunks(long seed) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (org.worldbench.engine.world.ChunkId id : CHUNK_SAMPLE) {
            var generator = new org.worldbench.engine.world.ChunkGenerator(org.worldbench.engine.world.WorldDefinition.of(id.topology()));
            for (int lod = 0; lod <= 3; lod++) {
                digest.update(org.worldbench.engine.export.CanonicalJson.compact(
                        org.worldbench.engine.world.ChunkJson.of(generator.generate(seed, id, lod))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The hashes of an export document. */
    public static Map<String, String> of(JsonNode export) {
        Map<String, String> out = new LinkedHashMap<>();
        ObjectNode layout = ((ObjectNode) export.get("district")).deepCopy();
        layout.remove("tiles");
        layout.set("abilities", export.get("abilities"));
        out.put("layout", CanonicalJson.sha256(layout));
        out.put("tiles", CanonicalJson.sha256(export.get("district").get("tiles")));
        out.put("case", CanonicalJson.sha256(export.get("case")));
        out.put("entities", CanonicalJson.sha256(export.get("entities")));
        out.put("validation", CanonicalJson.sha256(export.get("validation")));
        return out;
    }
}
