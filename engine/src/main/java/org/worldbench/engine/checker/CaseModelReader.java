package org.worldbench.engine.checker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.io.InputException;

/**
 * Reads a {@link CaseModel} from an export JSON tree, saying exactly what is missing or wrong (JSON
 * path and problem) instead of failing on a null.
 */
public final class CaseModelReader {

    private final String source;

    private CaseModelReader(String source) {
        this.source = source;
    }

    /** Reads the case of an export. */
    public static CaseModel read(JsonNode export, String source) throws InputException {
        return new CaseModelReader(source).read(export);
    }

    private CaseModel read(JsonNode root) throws InputException {
        JsonNode district = object(root, "$", "district");
        JsonNode kase = object(root, "$", "case");
        JsonNode abilities = object(root, "$", "abilities");
        Set<String> rooms = new LinkedHashSet<>();
        for (JsonNode room : array(district, "$.district", "rooms")) {
            rooms.add(text(room, "$.district.rooms[]", "id"));
        }
        JsonNode start = object(district, "$.district", "start");
        String startRoom = knownRoom(rooms, text(start, "$.district.start", "room"), "$.district.start.room");
        List<CaseModel.Gate> gates = new ArrayList<>();
        int i = 0;
        for (JsonNode c : array(district, "$.district", "connections")) {
            String at = "$.district.connections[" + i++ + "]";
            gates.add(new CaseModel.Gate(text(c, at, "id"), knownRoom(rooms, text(c, at, "from"), at + ".from"),
                    knownRoom(rooms, text(c, at, "to"), at + ".to"), nullableText(c, at, "requires")));
        }
        Set<String> startAbilities = new LinkedHashSet<>();
        for (JsonNode a : array(abilities, "$.abilities", "start")) {
            startAbilities.add(a.asText());
        }
        Map<String, Set<String>> pickups = new LinkedHashMap<>();
        i = 0;
        for (JsonNode p : array(abilities, "$.abilities", "pickups")) {
            String at = "$.abilities.pickups[" + i++ + "]";
            pickups.computeIfAbsent(text(p, at, "ability"), k -> new LinkedHashSet<>())
                    .add(knownRoom(rooms, text(p, at, "room"), at + ".room"));
        }
        Map<String, CaseModel.Token> tokens = new LinkedHashMap<>();
        i = 0;
        for (JsonNode t : array(kase, "$.case", "tokens")) {
            String at = "$.case.tokens[" + i++ + "]";
            String id = text(t, at, "id");
            if (tokens.put(id, new CaseModel.Token(id, text(t, at, "kind"), nullableText(t, at, "suspect"))) != null) {
                throw new InputException(source, at + ".id", "token id '" + id + "' is used twice");
            }
        }
        List<CaseModel.Clue> clues = new ArrayList<>();
        Set<String> clueIds = new LinkedHashSet<>();
        i = 0;
        for (JsonNode e : array(kase, "$.case", "evidence")) {
            String at = "$.case.evidence[" + i++ + "]";
            String id = text(e, at, "id");
            if (!clueIds.add(id)) {
                throw new InputException(source, at + ".id", "evidence id '" + id + "' is used twice");
            }
            clues.add(new CaseModel.Clue(id, knownRoom(rooms, text(e, at, "room"), at + ".room"),
                    tokenSet(e, at, "reveals", tokens), tokenSet(e, at, "requires", tokens), nullableText(e, at, "requiresAbility"),
                    e.path("redHerring").asBoolean(false)));
        }
        List<String> suspects = new ArrayList<>();
        for (JsonNode s : array(kase, "$.case", "suspects")) {
            suspects.add(s.asText());
        }
        String culprit = text(kase, "$.case", "culprit");
        if (!suspects.contains(culprit)) {
            throw new InputException(source, "$.case.culprit", "culprit '" + culprit + "' is not among the suspects");
        }
        JsonNode solution = object(kase, "$.case", "solution");
        List<String> labelled = new ArrayList<>(tokenSet(solution, "$.case.solution", "requiredTokens", tokens));
        return new CaseModel(startRoom, rooms, gates, startAbilities, pickups, tokens, clues, suspects, culprit, labelled);
    }

    private JsonNode object(JsonNode parent, String at, String field) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(source, at + "." + field, "missing '" + field + "'");
        }
        if (!node.isObject()) {
            throw new InputException(source, at + "." + field, "expected an object");
        }
        return node;
    }

    private Iterable<JsonNode> array(JsonNode parent, String at, String field) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(source, at + "." + field, "missing '" + field + "'");
        }
        if (!node.isArray()) {
            throw new InputException(source, at + "." + field, "expected an array");
        }
        return node;
    }

    private String text(JsonNode parent, String at, String field) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(source, at + "." + field, "missing '" + field + "'");
        }
        if (!node.isTextual()) {
            throw new InputException(source, at + "." + field, "expected a string");
        }
        return node.asText();
    }

    private String nullableText(JsonNode parent, String at, String field) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InputException(source, at + "." + field, "expected a string or null");
        }
        return node.asText();
    }

    private Set<String> tokenSet(JsonNode parent, String at, String field, Map<String, CaseModel.Token> tokens)
            throws InputException {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode t : array(parent, at, field)) {
            String id = t.asText();
            if (!tokens.containsKey(id)) {
                throw new InputException(source, at + "." + field + "[" + i + "]", "names unknown token '" + id + "'");
            }
            out.add(id);
            i++;
        }
        return out;
    }

    private String knownRoom(Set<String> rooms, String id, String at) throws InputException {
        if (!rooms.contains(id)) {
            throw new InputException(source, at, "names unknown room '" + id + "'");
        }
        return id;
    }
}
