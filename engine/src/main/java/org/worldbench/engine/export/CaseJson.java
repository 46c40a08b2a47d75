package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.CaseToken;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.Npc;
import org.worldbench.engine.cases.Relationship;
import org.worldbench.engine.cases.TimelineEvent;

/** The {@code case} part of the export JSON. */
public final class CaseJson {

    private CaseJson() {
    }

    /** The {@code case} object. */
    public static ObjectNode of(CaseFile c) {
        ObjectNode out = CanonicalJson.object();
        out.put("type", c.type());
        out.put("difficulty", c.difficulty());
        out.put("template", c.templateId());
        out.put("victim", c.victim());
        out.put("culprit", c.culprit());
        out.put("motive", c.motive());
        out.put("relationship", c.relationship());
        ObjectNode method = out.putObject("method");
        method.put("weapon", c.weapon());
        method.put("approach", c.approach());
        out.put("crimeScene", c.crimeScene());
        ArrayNode suspects = out.putArray("suspects");
        c.suspects().forEach(suspects::add);
        ArrayNode npcs = out.putArray("npcs");
        for (Npc n : c.npcs()) {
            npcs.addObject().put("id", n.id()).put("name", n.name()).put("occupation", n.occupation()).put("role", n.role());
        }
        ArrayNode relationships = out.putArray("relationships");
        for (Relationship r : c.relationships()) {
            relationships.addObject().put("from", r.from()).put("to", r.to()).put("kind", r.kind());
        }
        ArrayNode timeline = out.putArray("timeline");
        for (TimelineEvent e : c.timeline()) {
            timeline.addObject().put("time", e.clock()).put("npc", e.npc()).put("room", e.room()).put("event", e.event());
        }
        ArrayNode tokens = out.putArray("tokens");
        for (CaseToken t : c.tokens()) {
            ObjectNode node = tokens.addObject().put("id", t.id()).put("kind", t.kind().jsonName());
            if (t.suspect() == null) {
                node.putNull("suspect");
            } else {
                node.put("suspect", t.suspect());
            }
            node.put("text", t.text());
        }
        ArrayNode evidence = out.putArray("evidence");
        for (Evidence e : c.evidence()) {
            ObjectNode node = evidence.addObject();
            node.put("id", e.id());
            node.put("type", e.type().jsonName());
            node.put("name", e.name());
            node.put("room", e.room());
            node.put("x", e.x());
            node.put("y", e.y());
            ArrayNode reveals = node.putArray("reveals");
            e.reveals().forEach(reveals::add);
            ArrayNode requires = node.putArray("requires");
            e.requires().forEach(requires::add);
            nullable(node, "requiresAbility", e.requiresAbility());
            node.put("redHerring", e.redHerring());
            nullable(node, "pointsAt", e.pointsAt());
            nullable(node, "witness", e.witness());
        }
        ObjectNode solution = out.putObject("solution");
        solution.put("culprit", c.culprit());
        ArrayNode required = solution.putArray("requiredTokens");
        c.requiredTokens().forEach(required::add);
        ArrayNode path = out.putArray("minimumPath");
        c.minimumPath().forEach(path::add);
        return out;
    }

    private static void nullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
