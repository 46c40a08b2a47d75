/** Tile geometry shared by every generator: rectangles, points, sides. */
package org.worldbench.engine.geom;
