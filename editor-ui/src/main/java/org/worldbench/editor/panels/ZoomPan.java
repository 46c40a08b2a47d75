package org.worldbench.editor.panels;

import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;

/**
 * Zoom (mouse wheel) and pan (drag with the secondary or middle button) for a canvas panel;
 * converts between screen pixels and world units. Calls {@code redraw} after each change.
 */
final class ZoomPan {

    double scale;
    double offsetX;
    double offsetY;
    private double dragX;
    private double dragY;

    ZoomPan(Canvas canvas, double initialScale, Runnable redraw) {
        this.scale = initialScale;
        canvas.setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
            double wx = toWorldX(e.getX());
            double wy = toWorldY(e.getY());
            scale = Math.max(0.5, Math.min(64, scale * factor));
            offsetX = e.getX() - wx * scale;
            offsetY = e.getY() - wy * scale;
            redraw.run();
        });
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
                offsetX += e.getX() - dragX;
                offsetY += e.getY() - dragY;
                dragX = e.getX();
                dragY = e.getY();
                redraw.run();
            }
        });
    }

    double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }
}
