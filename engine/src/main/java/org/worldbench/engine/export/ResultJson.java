package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.worldbench.engine.population.Entity;
import org.worldbench.engine.population.Population;
import org.worldbench.engine.validation.ValidationReport;

/** The {@code entities} and {@code validation} parts of the export JSON. */
public final class ResultJson {

    private ResultJson() {
    }

    /** The {@code entities} array. */
    public static ArrayNode entities(Population population) {
        ArrayNode out = CanonicalJson.object().arrayNode();
        for (Entity e : population.entities()) {
            ObjectNode node = out.addObject();
            node.put("id", e.id());
            node.put("kind", e.kind());
            node.put("room", e.room());
            node.put("x", e.x());
            node.put("y", e.y());
            e.properties().forEach(node::put);
        }
        return out;
    }

    /** The {@code validation} object. */
    public static ObjectNode validation(ValidationReport v) {
        ObjectNode out = CanonicalJson.object();
        out.put("connected", v.connected());
        out.put("solvable", v.solvable());
        out.put("deducible", v.deducible());
        out.put("anchorsPlaced", v.anchorsPlaced());
        out.put("coherent", v.coherent());
        out.put("withinLimits", v.withinLimits());
        out.put("score", v.score());
        ArrayNode issues = out.putArray("issues");
        v.issues().forEach(issues::add);
        ArrayNode warnings = out.putArray("warnings");
        v.warnings().forEach(warnings::add);
        ObjectNode m = out.putObject("metadata");
        m.put("roomCount", v.metadata().roomCount());
        m.put("entityCount", v.metadata().entityCount());
        m.put("evidenceCount", v.metadata().evidenceCount());
        m.put("shortcutCount", v.metadata().shortcutCount());
        m.put("deadEndCount", v.metadata().deadEndCount());
        m.put("loopCount", v.metadata().loopCount());
        return out;
    }
}
