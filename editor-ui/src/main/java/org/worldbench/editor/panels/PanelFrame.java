package org.worldbench.editor.panels;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One painted picture of a panel: premultiplied ARGB pixels, row by row, the raster of
 * {@code image}. The panel owns the image until it has copied the pixels to the screen (or dropped
 * the picture) and given it back to its {@link ImagePool}.
 */
record PanelFrame(int width, int height, int[] pixels, BufferedImage image) {

    /** What a panel draws, given a Java2D context already cleared to the background. */
    @FunctionalInterface
    interface Painting {
        void paint(Graphics2D g, int width, int height);
    }

    /**
     * Paints offscreen with Java2D (no JavaFX: safe on any thread), antialiased, on the panels'
     * background colour, into {@code reuse} when it has the size, else into a new image.
     */
    static PanelFrame paint(int width, int height, Painting painting, BufferedImage reuse) {
        BufferedImage image = reuse != null && reuse.getWidth() == width && reuse.getHeight() == height ? reuse
                : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Colours.BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setFont(Labels.FONT);
            painting.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return new PanelFrame(width, height, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image);
    }
}
