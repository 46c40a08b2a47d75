package org.worldbench.engine.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.project.CaseSettings;

/**
 * A case template ({@code templates/cases/*.json}): the relationships that give motives, the weapons
 * and approaches of the method, and the dials of each difficulty.
 */
public record CaseTemplate(String id, String type, List<RelationshipMotive> relationships, List<String> weapons,
        List<String> approaches, Map<String, DifficultyProfile> difficulty) {

    public CaseTemplate {
        if (id == null || !id.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("case template id '" + id + "' must be lower_snake_case");
        }
        if (!CaseSettings.TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", CaseSettings.TYPES) + ", was '" + type + "'");
        }
        relationships = nonEmpty("relationships", relationships);
        weapons = nonEmpty("weapons", weapons);
        approaches = nonEmpty("approaches", approaches);
        if (difficulty == null || !difficulty.keySet().equals(Set.copyOf(CaseSettings.DIFFICULTIES))) {
            throw new IllegalArgumentException("difficulty must hold exactly easy, medium and hard");
        }
        difficulty = Map.copyOf(difficulty);
    }

    private static <T> List<T> nonEmpty(String name, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (T item : list) {
            if (item == null || (item instanceof String s && s.isBlank())) {
                throw new IllegalArgumentException(name + " must not hold empty entries");
            }
        }
        return List.copyOf(list);
    }

    /** The dials of a difficulty level. */
    public DifficultyProfile profile(String level) {
        DifficultyProfile p = difficulty.get(level);
        if (p == null) {
            throw new IllegalArgumentException("no difficulty '" + level + "'");
        }
        return p;
    }
}
