package org.worldbench.editor.panels;

/**
 * Where the world sits on a panel: {@code scale} pixels a world unit and the screen position of the
 * world's origin. Immutable, so a painting on a background thread reads a consistent view.
 */
record Viewport(double scale, double offsetX, double offsetY) {

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
