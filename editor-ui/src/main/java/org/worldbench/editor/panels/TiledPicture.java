package org.worldbench.editor.panels;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

/**
 * A panel's picture on screen as a grid of tiles, each an {@link ImageView} over a
 * {@link PixelBuffer} of its own. A new picture of the same size updates only the tiles whose
 * pixels changed: a selection, a dragged node or a few streamed chunks dirty a tile or two, and
 * the renderer repaints those instead of the whole panel (a software renderer pays for every
 * pixel it repaints, and the FX thread waits for it at the next pulse). FX thread only.
 *
 * <p>The host's children are the picture's own. Beneath the tiles lies one background pixel stretched over the host: it shows until the
 * first picture, and where a grown panel is not yet covered by a picture of its new size.
 */
final class TiledPicture {

    /** A tile's side in picture pixels. */
    static final int TILE = 128;

    private final Pane host;
    private final ImageView blank = new ImageView();
    private final List<Tile> tiles = new ArrayList<>();
    private int width;
    private int height;
    private double scaleX = 1;
    private double scaleY = 1;
    private int lastChanged;

    TiledPicture(Pane host) {
        this.host = host;
        WritableImage pixel = new WritableImage(1, 1);
        pixel.getPixelWriter().setColor(0, 0, Colours.backgroundFx());
        blank.setImage(pixel);
        host.getChildren().add(blank);
    }

    /** The host's new size in layout units: the background covers it where the tiles do not. */
    void resize(double layoutWidth, double layoutHeight) {
        blank.setFitWidth(layoutWidth);
        blank.setFitHeight(layoutHeight);
        blank.setVisible(tiles.isEmpty() || width / scaleX < layoutWidth - 0.5 || height / scaleY < layoutHeight - 0.5);
    }

    /**
     * Shows a picture, at the scale it was painted at. Its pixels are copied; the frame may be
     * reused as soon as this returns.
     */
    void show(PanelFrame frame) {
        if (frame.width() != width || frame.height() != height || frame.scaleX() != scaleX || frame.scaleY() != scaleY) {
            rebuild(frame);
            lastChanged = tiles.size();
            return;
        }
        int changed = 0;
        for (Tile t : tiles) {
            changed += t.update(frame) ? 1 : 0;
        }
        lastChanged = changed;
    }

    /** The tiles the last picture changed. */
    int lastChanged() {
        return lastChanged;
    }

    private void rebuild(PanelFrame frame) {
        tiles.clear();
        width = frame.width();
        height = frame.height();
        scaleX = frame.scaleX();
        scaleY = frame.scaleY();
        List<ImageView> views = new ArrayList<>();
        for (int y = 0; y < height; y += TILE) {
            for (int x = 0; x < width; x += TILE) {
                Tile t = new Tile(x, y, Math.min(TILE, width - x), Math.min(TILE, height - y), scaleX, scaleY);
                t.copy(frame, 0, t.h);
                tiles.add(t);
                views.add(t.view);
            }
        }
        // One change of the host's children, not one a tile: the blank stays first, beneath.
        host.getChildren().setAll(blank);
        host.getChildren().addAll(views);
        blank.setVisible(false);
    }

    /** The tiles on screen (tests read them back). */
    int tileCount() {
        return tiles.size();
    }

    /** Width of the picture on screen, in picture pixels (0 before the first). */
    int pictureWidth() {
        return width;
    }

    /** Height of the picture on screen, in picture pixels (0 before the first). */
    int pictureHeight() {
        return height;
    }

    /**
     * The picture on screen as non-premultiplied ARGB, row by row, read back from the tiles'
     * images (tests compare it with a painting).
     */
    int[] readBack() {
        int[] out = new int[width * height];
        for (Tile t : tiles) {
            t.view.getImage().getPixelReader().getPixels(0, 0, t.w, t.h, PixelFormat.getIntArgbInstance(), out, t.y * width + t.x, width);
        }
        return out;
    }

    /** One tile: its place in the picture, its pixels and its image on screen. */
    private static final class Tile {

        final int x;
        final int y;
        final int w;
        final int h;
        final int[] pixels;
        final PixelBuffer<IntBuffer> buffer;
        final ImageView view;

        Tile(int x, int y, int w, int h, double scaleX, double scaleY) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
            pixels = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view = new ImageView(new WritableImage(buffer));
            view.setLayoutX(x / scaleX);
            view.setLayoutY(y / scaleY);
            view.setFitWidth(w / scaleX);
            view.setFitHeight(h / scaleY);
        }

        /** Copies the frame's rows {@code from} (inclusive) to {@code to} (exclusive) of this tile. */
        void copy(PanelFrame frame, int from, int to) {
            for (int r = from; r < to; r++) {
                System.arraycopy(frame.pixels(), (y + r) * frame.width() + x, pixels, r * w, w);
            }
        }

        /** Takes the frame's pixels if they differ from the tile's; true if they did. */
        boolean update(PanelFrame frame) {
            int first = -1;
            int last = -1;
            for (int r = 0; r < h; r++) {
                int at = (y + r) * frame.width() + x;
                if (Arrays.mismatch(frame.pixels(), at, at + w, pixels, r * w, r * w + w) >= 0) {
                    first = first < 0 ? r : first;
                    last = r;
                }
            }
            if (first < 0) {
                return false;
            }
            int from = first;
            int to = last + 1;
            buffer.updateBuffer(b -> {
                copy(frame, from, to);
                return new Rectangle2D(0, from, w, to - from);
            });
            return true;
        }
    }
}
