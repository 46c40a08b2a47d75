package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The chunk map's picture: chunk cells in their grid colour, at any output scale. */
class ChunkPaintingTest extends PaintingPixels {

    /** A grid of distinct chunk colours, 5 x 3. */
    static final int[] GRID = {
        0xFF4FB3FF, 0xFF3F8FCC, 0xFF2F6B99, 0xFF1F4766, 0xFF2A2D33,
        0xFF112233, 0xFF445566, 0xFF778899, 0xFFAABBCC, 0xFFDDEEFF,
        0xFF102030, 0xFF405060, 0xFF708090, 0xFFA0B0C0, 0xFFD0E0F0};

    @Test
    void chunkCellsAreDrawnInTheirGridColourAndTheGridIsReadWhenPainting() {
        AtomicInteger reads = new AtomicInteger();
        ChunkPainting painting = new ChunkPainting(() -> {
            reads.incrementAndGet();
            return GRID.clone();
        }, 5, 3, 20, 40, 10, 12, new double[] {30, 52, 10, 12}, () -> "plane · centre 0,0");
        assertEquals(0, reads.get(), "nothing read before the painting runs");
        PanelFrame f = PanelFrame.paint(200, 120, painting, null);
        assertEquals(1, reads.get());
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                int x = 20 + 10 * col + 5;
                int y = 40 + 12 * row + 6;
                assertPixel(GRID[row * 5 + col], f, x, y, "chunk " + col + "," + row);
                assertPixel(GRID[row * 5 + col], f, 20 + 10 * col + 3, 40 + 12 * row + 1, "chunk " + col + "," + row + " near its corner");
            }
        }
        // The selection's 2 px white outline on the line x = 30 covers columns 29 and 30.
        assertPixel(0xFFFFFFFF, f, 29, 58, "selection outline");
        assertPixel(0xFFFFFFFF, f, 30, 58, "selection outline");
        assertPixel(BACKGROUND, f, 150, 100, "beyond the grid");
        assertTrue(inkIn(f, 0, 0, 200, 20) > 20, "the caption is drawn");
    }

    @Test
    void atAnOutputScaleOfTwoThePictureHasTwiceThePixelsAndTheCellsCoverThem() {
        ChunkPainting painting = new ChunkPainting(GRID::clone, 5, 3, 20, 40, 10, 12, null, () -> "");
        PanelFrame once = PanelFrame.paint(200, 120, painting, null);
        PanelFrame twice = PanelFrame.paint(200, 120, 2, 2, painting, null);
        assertEquals(400, twice.width());
        assertEquals(240, twice.height());
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                int colour = GRID[row * 5 + col];
                // Each chunk cell covers 20 x 24 picture pixels: its corners and middle, all of it.
                assertPixel(colour, twice, 2 * (20 + 10 * col), 2 * (40 + 12 * row), "cell " + col + "," + row + " top left");
                assertPixel(colour, twice, 2 * (20 + 10 * col) + 19, 2 * (40 + 12 * row) + 23, "cell " + col + "," + row + " bottom right");
                assertPixel(colour, once, 20 + 10 * col + 5, 40 + 12 * row + 6, "the same cell at scale 1");
            }
        }
        assertPixel(BACKGROUND, twice, 39, 80, "left of the grid");
        assertPixel(BACKGROUND, twice, 140, 79, "above the grid");
        assertPixel(BACKGROUND, twice, 2 * 70, 2 * 76, "past the grid's bottom right corner");
    }

    @Test
    void anEmptyChunkGridPaintsNoCellsAndReadsNothing() {
        AtomicInteger reads = new AtomicInteger();
        ChunkPainting painting = new ChunkPainting(() -> {
            reads.incrementAndGet();
            return new int[0];
        }, 0, 0, 0, 0, 10, 10, null, () -> "");
        PanelFrame f = PanelFrame.paint(120, 80, painting, null);
        assertEquals(0, reads.get());
        assertOnlyBackground(f);
    }
}
