package org.worldbench.editor.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * The chunk map's picture: a pixel a chunk ({@code grid}, ARGB, {@code columns} wide) scaled up to
 * {@code cellWidth × cellHeight} screen pixels with its top-left at {@code (x0, y0)}, the selected
 * chunk outlined and a caption. The grid and the caption are read from the streaming chunk manager
 * when the painting runs, so the FX thread does not walk the map.
 *
 * @param selection the selected chunk's screen rectangle {x, y, w, h}, or null
 */
record ChunkPainting(Supplier<int[]> grid, int columns, int rows, double x0, double y0, double cellWidth, double cellHeight,
        double[] selection, Supplier<String> caption) implements PanelFrame.Painting {

    private static final BasicStroke OUTLINE = new BasicStroke(2);

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (columns > 0 && rows > 0) {
            BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, columns, rows, grid.get(), 0, columns);
            g.drawImage(image, (int) Math.round(x0), (int) Math.round(y0), (int) Math.round(columns * cellWidth),
                    (int) Math.round(rows * cellHeight), null);
        }
        if (selection != null) {
            g.setColor(Color.WHITE);
            g.setStroke(OUTLINE);
            g.draw(new Rectangle2D.Double(selection[0], selection[1], selection[2], selection[3]));
        }
        Labels.draw(g, caption.get(), 10, 16, Color.WHITE);
    }
}
