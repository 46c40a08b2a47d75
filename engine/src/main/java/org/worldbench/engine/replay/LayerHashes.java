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
    public static final java.util.List<String> LAYERS = java.util.List.of("layout", "tiles", "case", "entities", "validation");

    private LayerHashes() {
    }

    /** The hashes of a result. */
    public static Map<String, String> of(GenerationResult result) {
        return of(result.toExport());
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
