package org.worldbench.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The project's case settings.
 *
 * @param type       murder, theft or conspiracy; null lets the seed choose
 * @param difficulty easy, medium or hard (default medium)
 */
@JsonPropertyOrder({"type", "difficulty"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseSettings(String type, String difficulty) {

    /** Case types the generator knows. */
    public static final List<String> TYPES = List.of("murder", "theft", "conspiracy");
    /** Difficulty levels. */
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
    /** Defaults: type from the seed, medium difficulty. */
    public static final CaseSettings DEFAULTS = new CaseSettings(null, null);

    public CaseSettings {
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("case type must be one of " + String.join(", ", TYPES) + ", was '" + type + "'");
        }
        difficulty = difficulty == null ? "medium" : difficulty;
        if (!DIFFICULTIES.contains(difficulty)) {
            throw new IllegalArgumentException("difficulty must be one of " + String.join(", ", DIFFICULTIES)
                    + ", was '" + difficulty + "'");
        }
    }
}
