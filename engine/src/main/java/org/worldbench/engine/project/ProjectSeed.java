package org.worldbench.engine.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.worldbench.engine.random.Seeds;

/**
 * A project's seed as the designer wrote it: a whole number, or a text such as
 * {@code "the memory syndicate"} that hashes to one.
 *
 * @param value the world seed (unsigned 32-bit)
 * @param text  the text it was hashed from, or null for a numeric seed
 */
public record ProjectSeed(long value, String text) {

    /** A numeric seed. */
    public static ProjectSeed of(long number) {
        return new ProjectSeed(Seeds.fromNumber(number), null);
    }

    /** A seed as typed: digits are a number, anything else a text. */
    public static ProjectSeed parse(String typed) {
        return Seeds.isNumeric(typed) ? of(Long.parseLong(typed.strip())) : new ProjectSeed(Seeds.fromText(typed), typed);
    }

    /** Reads {@code 42} or {@code "the memory syndicate"}; anything else is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ProjectSeed fromJson(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return of(node.asLong());
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return new ProjectSeed(Seeds.fromText(node.asText()), node.asText());
        }
        throw new IllegalArgumentException("seed must be a whole number or a non-empty text");
    }

    /** Writes the text when there is one, the number otherwise. */
    @JsonValue
    Object toJson() {
        return text != null ? text : (Object) value;
    }

    /** What to show a user: the text, or the number. */
    public String display() {
        return text != null ? text : Long.toString(value);
    }
}
