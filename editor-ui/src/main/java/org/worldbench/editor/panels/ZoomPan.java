package org.worldbench.editor.panels;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Zoom (mouse wheel, about the pointer) and pan (drag with the secondary or middle button) for a
 * panel; holds the current {@link Viewport} and calls {@code changed} after each change.
 */
final class ZoomPan {

    private Viewport viewport;
    private double dragX;
    private double dragY;

    ZoomPan(Node surface, double initialScale, Runnable changed) {
        this.viewport = new Viewport(initialScale, 0, 0);
        surface.setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
            double wx = viewport.toWorldX(e.getX());
            double wy = viewport.toWorldY(e.getY());
            double scale = Math.max(0.5, Math.min(64, viewport.scale() * factor));
            viewport = new Viewport(scale, e.getX() - wx * scale, e.getY() - wy * scale);
            changed.run();
        });
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
                viewport = new Viewport(viewport.scale(), viewport.offsetX() + e.getX() - dragX, viewport.offsetY() + e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
                changed.run();
            }
        });
    }

    /** The view as it is now. */
    Viewport viewport() {
        return viewport;
    }
}
