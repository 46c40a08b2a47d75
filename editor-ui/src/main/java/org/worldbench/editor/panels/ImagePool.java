package org.worldbench.editor.panels;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * The images a panel paints into, reused so a picture costs no megabyte of garbage. An image is
 * taken by a painting (paint thread) and given back once its pixels were copied to the screen or
 * the picture was superseded (FX thread); a panel needs at most two at once, one being painted and
 * one waiting to be shown.
 */
final class ImagePool {

    private final ArrayDeque<BufferedImage> free = new ArrayDeque<>();

    /** A free image of this size, or null: the painting then makes one ({@link PanelFrame#paint}). */
    synchronized BufferedImage take(int width, int height) {
        while (!free.isEmpty()) {
            BufferedImage image = free.pop();
            if (image.getWidth() == width && image.getHeight() == height) {
                return image;
            }
        }
        return null;
    }

    /** Gives an image back; it may be painted into again at once. */
    synchronized void give(BufferedImage image) {
        if (free.size() < 2) {
            free.push(image);
        }
    }
}
