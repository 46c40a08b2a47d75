/** Seed diffs: what changed between two exports, layer by layer, with a heatmap of tiles. */
package org.worldbench.engine.diff;
