package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.cases.CaseFile;

/**
 * What holds for every panel's painting: nothing to show paints only the background, and painting
 * is deterministic, into a reused image or a fresh one.
 */
class PaintingsTest extends PaintingPixels {

    @Test
    void nothingToShowPaintsOnlyTheBackground() {
        assertOnlyBackground(PanelFrame.paint(300, 200, new RoomsPainting(null, null, new Viewport(4, 0, 0), "office", "e1",
                new RoomsPainting.Overlays(true, true, true, true, true, true, true, true), null, new TileImages()), null));
        assertOnlyBackground(PanelFrame.paint(300, 200, new LayoutPainting(null, new Viewport(8, 0, 0), "office", null, 0, 0), null));
        assertOnlyBackground(PanelFrame.paint(300, 200, (g, w, h) -> { }, null));
        // The evidence panel says why it is empty, and draws nothing else.
        PanelFrame noCase = PanelFrame.paint(300, 200, new EvidencePainting(null, EvidenceLayout.of(null), null, Set.of(), Set.of(), null, 1),
                null);
        assertTrue(inkIn(noCase, 0, 0, 300, 40) > 20, "the 'no case' message");
        assertEquals(0, inkIn(noCase, 0, 40, 300, 160), "nothing below the message");
    }

    @Test
    void paintingTwiceIntoTheReusedImageGivesIdenticalPixels() {
        CaseFile c = result.caseFile();
        List<PanelFrame.Painting> paintings = List.of(
                rooms(new Viewport(4, 0, 0), "office", new RoomsPainting.Overlays(true, true, true, true, true, true, true, false)),
                new LayoutPainting(district, new Viewport(6, 0, 0), "r3", null, 0, 0),
                new EvidencePainting(c, EvidenceLayout.of(c), new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of()), Set.of("e2"),
                        Set.of("e1"), "e3", 1),
                new ChunkPainting(ChunkPaintingTest.GRID::clone, 5, 3, 20, 40, 10, 12, null, () -> "caption"));
        PanelFrame.Painting scribble = (g, w, h) -> {
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, w, h);
        };
        for (PanelFrame.Painting p : paintings) {
            PanelFrame first = PanelFrame.paint(640, 480, p, null);
            int[] expected = first.pixels().clone();
            assertTrue(inkIn(first, 0, 0, 640, 480) > 100, "something is drawn: " + p.getClass().getSimpleName());
            PanelFrame other = PanelFrame.paint(640, 480, scribble, first.image());
            assertSame(first.image(), other.image(), "an image of the right size is reused");
            PanelFrame again = PanelFrame.paint(640, 480, p, other.image());
            assertSame(first.image(), again.image());
            assertArrayEquals(expected, again.pixels(), "the same painting, the same pixels: " + p.getClass().getSimpleName());
            PanelFrame fresh = PanelFrame.paint(640, 480, p, null);
            assertNotSame(first.image(), fresh.image());
            assertArrayEquals(expected, fresh.pixels(), "a fresh image gives the same pixels too");
        }
        PanelFrame small = PanelFrame.paint(640, 480, scribble, null);
        PanelFrame bigger = PanelFrame.paint(641, 480, scribble, small.image());
        assertNotSame(small.image(), bigger.image(), "an image of another size is not reused");
        assertEquals(641, bigger.width());
        assertEquals(641 * 480, bigger.pixels().length);
    }
}
