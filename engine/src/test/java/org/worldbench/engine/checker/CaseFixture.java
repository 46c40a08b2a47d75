package org.worldbench.engine.checker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds small export JSON documents by hand, so checker tests do not depend on the generator. */
final class CaseFixture {

    final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final ArrayNode rooms;
    private final ArrayNode connections;
    private final ArrayNode pickups;
    private final ArrayNode tokens;
    private final ArrayNode evidence;
    private final ArrayNode suspects;
    private final ArrayNode required;

    CaseFixture(String start, String culprit) {
        ObjectNode district = root.putObject("district");
        rooms = district.putArray("rooms");
        connections = district.putArray("connections");
        district.putObject("start").put("room", start).put("x", 1).put("y", 1);
        ObjectNode abilities = root.putObject("abilities");
        abilities.putArray("start");
        pickups = abilities.putArray("pickups");
        ObjectNode c = root.putObject("case");
        c.put("culprit", culprit);
        suspects = c.putArray("suspects");
        tokens = c.putArray("tokens");
        evidence = c.putArray("evidence");
        required = c.putObject("solution").put("culprit", culprit).putArray("requiredTokens");
        c.putArray("minimumPath");
    }

    CaseFixture rooms(String... ids) {
        for (String id : ids) {
            rooms.addObject().put("id", id).put("type", "apartment");
        }
        return this;
    }

    CaseFixture connect(String id, String from, String to, String requires) {
        ObjectNode c = connections.addObject().put("id", id).put("from", from).put("to", to).put("doorType", "main");
        if (requires == null) {
            c.putNull("requires");
        } else {
            c.put("requires", requires);
        }
        return this;
    }

    CaseFixture pickup(String ability, String room) {
        pickups.addObject().put("ability", ability).put("room", room).put("x", 1).put("y", 1);
        return this;
    }

    CaseFixture suspects(String... ids) {
        for (String id : ids) {
            suspects.add(id);
        }
        return this;
    }

    CaseFixture token(String id, String kind, String suspect, boolean requiredBySolution) {
        ObjectNode t = tokens.addObject().put("id", id).put("kind", kind);
        if (suspect == null) {
            t.putNull("suspect");
        } else {
            t.put("suspect", suspect);
        }
        t.put("text", id);
        if (requiredBySolution) {
            required.add(id);
        }
        return this;
    }

    CaseFixture clue(String id, String room, String[] reveals, String[] requires) {
        ObjectNode e = evidence.addObject().put("id", id).put("type", "physical").put("room", room).put("x", 1).put("y", 1);
        ArrayNode r = e.putArray("reveals");
        for (String t : reveals) {
            r.add(t);
        }
        ArrayNode q = e.putArray("requires");
        for (String t : requires) {
            q.add(t);
        }
        e.putNull("requiresAbility");
        e.put("redHerring", false);
        return this;
    }

    static String[] t(String... ids) {
        return ids;
    }

    /**
     * The basic case: start room A, room B behind a lockpick gate (pickup in A). s1 did it; s2 has an
     * alibi. c1 (A) reveals lead L; c2 (B, needs L) reveals motive and means; c3 (A) reveals
     * opportunity; c4 (B) reveals s2's alibi.
     */
    static CaseFixture basic() {
        return new CaseFixture("A", "s1").rooms("A", "B").connect("g1", "A", "B", "lockpick").pickup("lockpick", "A")
                .suspects("s1", "s2")
                .token("L", "lead", null, false).token("m", "motive", "s1", true).token("me", "means", "s1", true)
                .token("o", "opportunity", "s1", true).token("al2", "alibi", "s2", true)
                .clue("c1", "A", t("L"), t()).clue("c2", "B", t("m", "me"), t("L")).clue("c3", "A", t("o"), t())
                .clue("c4", "B", t("al2"), t());
    }
}
