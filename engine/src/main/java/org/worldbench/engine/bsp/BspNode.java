package org.worldbench.engine.bsp;

import org.worldbench.engine.geom.Rect;

/**
 * A node of the BSP tree: its container, and either two children or (at a leaf) a room.
 *
 * @param container the area this node covers
 * @param left      first child, null at a leaf
 * @param right     second child, null at a leaf
 * @param room      the room of a leaf, null inside the tree
 * @param depth     0 at the root
 */
public record BspNode(Rect container, BspNode left, BspNode right, Rect room, int depth) {

    /** True for a leaf. */
    public boolean isLeaf() {
        return left == null;
    }
}
