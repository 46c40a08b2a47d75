package org.worldbench.engine.cases;

/**
 * A knowledge token: one fact a player can learn.
 *
 * @param id      {@code t<n>}
 * @param kind    what it establishes
 * @param suspect the suspect it concerns, or null (leads)
 * @param text    the fact in words
 */
public record CaseToken(String id, TokenKind kind, String suspect, String text) {
}
