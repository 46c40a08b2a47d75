package org.worldbench.engine.world;

/**
 * A resource node of the strip world at a cell.
 *
 * @param kind  copper, iron, silver, gold or crystal (rarer the farther from the origin)
 * @param cellX the global cell column
 * @param cellY the cell row (0 is the ground, negative below)
 */
public record ResourceNode(String kind, long cellX, int cellY) {
}
