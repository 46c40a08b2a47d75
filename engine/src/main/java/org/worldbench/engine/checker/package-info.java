/**
 * The independent case checker: reads an export, runs the fixpoint of rooms, abilities and clues,
 * and reports solvability, spheres, suspects standing, the true minimum path, the blocking set of an
 * unsolvable case and each clue's criticality. Shares no code with the generator it checks.
 */
package org.worldbench.engine.checker;
