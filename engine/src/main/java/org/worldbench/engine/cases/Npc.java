package org.worldbench.engine.cases;

/**
 * A person of the case.
 *
 * @param id         {@code npc<n>}
 * @param name       full name
 * @param occupation what they do
 * @param role       victim, suspect, culprit is a suspect too, witness or background
 */
public record Npc(String id, String name, String occupation, String role) {
}
