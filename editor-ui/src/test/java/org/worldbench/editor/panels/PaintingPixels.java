package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.worldbench.engine.district.District;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * What the painting tests share: the sample project's generation, and reading a painted frame's
 * pixels. Pixels are premultiplied ARGB; every colour checked is opaque, so a pixel equals
 * {@code 0xFF000000 | rgb}. Only pixels a shape covers wholly are checked (antialiased edges blend),
 * and only where no text or other shape is drawn over them.
 */
abstract class PaintingPixels {

    static final int BACKGROUND = argb(Colours.BACKGROUND);

    /** Rooms painting overlays: none at all. */
    static final RoomsPainting.Overlays NONE = new RoomsPainting.Overlays(false, false, false, false, false, false, false, false);

    /** The sample project's generation, and its district. */
    static GenerationResult result;
    static District district;

    @BeforeAll
    static void generateTheSample() throws Exception {
        result = PanelFixtures.sampleResult();
        district = result.district();
    }

    static int argb(Color c) {
        return 0xFF000000 | (c.getRGB() & 0xFFFFFF);
    }

    static int pixel(PanelFrame f, int x, int y) {
        assertTrue(x >= 0 && y >= 0 && x < f.width() && y < f.height(), "inside the frame: " + x + "," + y);
        return f.pixels()[y * f.width() + x];
    }

    static String hex(int argb) {
        return String.format("%08X", argb);
    }

    static void assertPixel(int expected, PanelFrame f, int x, int y, String what) {
        assertEquals(hex(expected), hex(pixel(f, x, y)), what + " at " + x + "," + y);
    }

    /** Label metrics as the paintings draw them (same font, text antialiasing on). */
    static final FontMetrics METRICS;

    static {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Labels.FONT);
        METRICS = g.getFontMetrics();
        g.dispose();
    }

    /** Where a label drawn with its baseline at (x, y) may put ink, generously. */
    static Rectangle2D labelBox(String text, double x, double y) {
        double width = METRICS.stringWidth(text) * 1.25 + 8;
        double top = y - METRICS.getAscent() - 4;
        return new Rectangle2D.Double(x - 3, top, width + 3, y + METRICS.getDescent() + 4 - top);
    }

    static boolean covers(List<Rectangle2D> boxes, int px, int py) {
        for (Rectangle2D b : boxes) {
            if (b.intersects(px, py, 1, 1)) {
                return true;
            }
        }
        return false;
    }

    /** Pixels other than the background in a rectangle. */
    static int inkIn(PanelFrame f, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(f.height(), y0 + h); y++) {
            for (int x = x0; x < Math.min(f.width(), x0 + w); x++) {
                n += pixel(f, x, y) != BACKGROUND ? 1 : 0;
            }
        }
        return n;
    }

    static void assertOnlyBackground(PanelFrame f) {
        assertEquals(f.width() * f.height(), f.pixels().length);
        for (int i = 0; i < f.pixels().length; i++) {
            if (f.pixels()[i] != BACKGROUND) {
                throw new AssertionError("pixel " + (i % f.width()) + "," + (i / f.width()) + " is " + hex(f.pixels()[i])
                        + ", not the background " + hex(BACKGROUND));
            }
        }
    }

    static RoomsPainting rooms(Viewport view, String selectedRoom, RoomsPainting.Overlays overlays) {
        return new RoomsPainting(result, null, view, selectedRoom, null, overlays, null, new TileImages());
    }
}
