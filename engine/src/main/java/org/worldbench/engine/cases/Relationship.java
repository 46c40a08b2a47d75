package org.worldbench.engine.cases;

/** A relationship between two NPCs, such as {@code business_partner}. */
public record Relationship(String from, String to, String kind) {
}
