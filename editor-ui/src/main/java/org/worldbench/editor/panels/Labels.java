package org.worldbench.editor.panels;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** Text on the panels' pictures. */
final class Labels {

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Labels() {
    }

    /**
     * Draws text with its baseline at {@code (x, y)}. A machine without fonts (a bare container)
     * still gets its panels drawn, just without words, instead of a failed painting.
     */
    static void draw(Graphics2D g, String text, double x, double y, Color colour) {
        try {
            g.setColor(colour);
            g.drawString(text, (float) x, (float) y);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // unlabelled
        }
    }
}
