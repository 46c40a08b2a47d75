package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictRequest;

/**
 * Assembles the export JSON of DESIGN.md: header fields, {@code district}, {@code abilities}, any
 * further parts (case, entities, validation) in the order given, and {@code timings} last. Every
 * field but {@code timings} is a pure function of the request.
 */
public final class ExportDocument {

    private ExportDocument() {
    }

    /**
     * Builds the export.
     *
     * @param district  the generated district
     * @param seedText  the text the seed was hashed from, or null
     * @param parts     further top-level parts in order (may be empty)
     * @param timingsMicros stage timings in microseconds (not part of the byte-identical promise)
     */
    public static ObjectNode build(District district, String seedText, Map<String, JsonNode> parts,
            Map<String, Long> timingsMicros) {
        ObjectNode root = CanonicalJson.object();
        root.put("format", GeneratorVersion.EXPORT_FORMAT);
        root.put("generatorVersion", GeneratorVersion.VALUE);
        root.put("seed", district.seed());
        if (seedText == null) {
            root.putNull("seedText");
        } else {
            root.put("seedText", seedText);
        }
        root.put("configHash", configHash(district.request()));
        root.set("district", DistrictJson.district(district));
        root.set("abilities", DistrictJson.abilities(district));
        parts.forEach(root::set);
        ObjectNode timings = root.putObject("timings");
        new LinkedHashMap<>(timingsMicros).forEach(timings::put);
        return root;
    }

    /** SHA-256 over the request's settings, anchors and overrides (the seed excluded), 16 hex digits. */
    public static String configHash(DistrictRequest request) {
        ObjectNode node = CanonicalJson.object();
        node.set("district", CanonicalJson.mapper().valueToTree(request.config()));
        node.set("anchors", CanonicalJson.mapper().valueToTree(request.anchors()));
        node.set("overrides", CanonicalJson.mapper().valueToTree(request.overrides()));
        return CanonicalJson.sha256(node).substring(0, 16);
    }
}
