/** Population: NPCs, clues, enemies, interactables, quest triggers and pickups on the tile map. */
package org.worldbench.engine.population;
