package org.worldbench.editor.panels;

import java.awt.image.BufferedImage;
import org.worldbench.engine.district.District;

/**
 * The tile map of the district shown last as an image, a pixel a tile: built once a district, then
 * scaled by every repaint. Used by one panel's paintings only, which run one at a time.
 */
final class TileImages {

    private District district;
    private BufferedImage image;

    BufferedImage of(District d) {
        if (d != district) {
            BufferedImage next = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < d.height(); y++) {
                for (int x = 0; x < d.width(); x++) {
                    next.setRGB(x, y, Colours.tileArgb(d.tiles().get(x, y)));
                }
            }
            image = next;
            district = d;
        }
        return image;
    }
}
