package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.List;
import org.worldbench.engine.geom.Rect;

/**
 * The placement grid: the map is cut into equal slots; each generated room sits in the box of one
 * slot (or a 2×1, 1×2 or 2×2 block of them), which leaves at least three free tiles between
 * neighbouring rooms so a corridor lane always runs between them.
 *
 * <p>Slots are numbered row by row: {@code index = row * columns + column}.
 */
final class SlotGrid {

    private final int columns;
    private final int rows;
    private final int slotWidth;
    private final int slotHeight;

    SlotGrid(DistrictConfig config) {
        this.columns = config.slotColumns();
        this.rows = config.slotRows();
        this.slotWidth = config.slotWidth();
        this.slotHeight = config.slotHeight();
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    int count() {
        return columns * rows;
    }

    int column(int slot) {
        return slot % columns;
    }

    int row(int slot) {
        return slot / columns;
    }

    int index(int column, int row) {
        return row * columns + column;
    }

    /** The whole area of a slot. */
    Rect slotRect(int slot) {
        return new Rect(column(slot) * slotWidth, row(slot) * slotHeight, slotWidth, slotHeight);
    }

    /**
     * The box a room may occupy in a block of slots: one tile in from the top-left, two in from the
     * bottom-right, so two neighbouring boxes are three tiles apart.
     */
    Rect box(int column, int row, int spanColumns, int spanRows) {
        return new Rect(column * slotWidth + 1, row * slotHeight + 1, spanColumns * slotWidth - 3,
                spanRows * slotHeight - 3);
    }

    /** The 4-neighbours of a slot, in the order north, east, south, west. */
    List<Integer> neighbours(int slot) {
        List<Integer> out = new ArrayList<>(4);
        int c = column(slot);
        int r = row(slot);
        if (r > 0) {
            out.add(slot - columns);
        }
        if (c + 1 < columns) {
            out.add(slot + 1);
        }
        if (r + 1 < rows) {
            out.add(slot + columns);
        }
        if (c > 0) {
            out.add(slot - 1);
        }
        return out;
    }
}
