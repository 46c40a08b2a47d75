package org.worldbench.editor.panels;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One painted picture of a panel: premultiplied ARGB pixels, row by row, the raster of
 * {@code image}; {@code width} and {@code height} are the picture's pixels (screen pixels, which on
 * a HiDPI display are more than the panel's layout size), painted at {@code scaleX} × {@code scaleY}
 * pixels per layout unit. The panel owns the image until it has
 * copied the pixels to the screen (or dropped the picture) and given it back to its {@link ImagePool}.
 */
record PanelFrame(int width, int height, double scaleX, double scaleY, int[] pixels, BufferedImage image) {

    /**
     * What a panel draws, given a Java2D context already cleared to the background, in the panel's
     * layout units (the context is scaled to the screen's pixels): {@code width} × {@code height}.
     */
    @FunctionalInterface
    interface Painting {
        void paint(Graphics2D g, int width, int height);
    }

    /** Paints one picture pixel per layout unit (see {@link #paint(int, int, double, double, Painting, BufferedImage)}). */
    static PanelFrame paint(int width, int height, Painting painting, BufferedImage reuse) {
        return paint(width, height, 1, 1, painting, reuse);
    }

    /**
     * Paints offscreen with Java2D (no JavaFX: safe on any thread), antialiased, on the panels'
     * background colour, a {@code width} × {@code height} layout-unit painting at {@code scaleX} ×
     * {@code scaleY} picture pixels per unit (the screen's output scale, so lines and text stay
     * sharp on HiDPI displays), into {@code reuse} when it has the size, else into a new image.
     */
    static PanelFrame paint(int width, int height, double scaleX, double scaleY, Painting painting, BufferedImage reuse) {
        int pixelsX = pixels(width, scaleX);
        int pixelsY = pixels(height, scaleY);
        BufferedImage image = reuse != null && reuse.getWidth() == pixelsX && reuse.getHeight() == pixelsY ? reuse
                : new BufferedImage(pixelsX, pixelsY, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Colours.BACKGROUND);
            g.fillRect(0, 0, pixelsX, pixelsY);
            g.scale(scaleX, scaleY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setFont(Labels.FONT);
            painting.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return new PanelFrame(pixelsX, pixelsY, scaleX, scaleY, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image);
    }

    /** Picture pixels for {@code units} layout units at {@code scale} (a hair under a whole pixel rounds up). */
    static int pixels(double units, double scale) {
        return Math.max(1, (int) Math.ceil(units * scale - 1e-6));
    }
}
