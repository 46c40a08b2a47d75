package org.worldbench.editor.panels;

import org.worldbench.engine.district.District;

/** The tiles that differ between two generations of a district (none when their sizes differ). */
final class TileDiff {

    /** Receives a changed tile. */
    @FunctionalInterface
    interface Changed {
        void at(int x, int y);
    }

    private TileDiff() {
    }

    /** Calls {@code changed} for each tile whose type differs, row by row; nothing if either is null or the sizes differ. */
    static void forEach(District before, District after, Changed changed) {
        if (before == null || after == null || before.width() != after.width() || before.height() != after.height()) {
            return;
        }
        for (int y = 0; y < after.height(); y++) {
            for (int x = 0; x < after.width(); x++) {
                if (before.tiles().code(x, y) != after.tiles().code(x, y)) {
                    changed.at(x, y);
                }
            }
        }
    }
}
