/** The tile map: one byte a tile, walkability, flood fill, regions and serialization. */
package org.worldbench.engine.tiles;
