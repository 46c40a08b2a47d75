package org.worldbench.editor.panels;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/** A pane holding a canvas that follows its size and redraws when resized. */
abstract class CanvasPane extends Pane {

    protected final Canvas canvas = new Canvas(400, 300);

    CanvasPane() {
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> {
            canvas.setWidth(b.doubleValue());
            redraw();
        });
        heightProperty().addListener((o, a, b) -> {
            canvas.setHeight(b.doubleValue());
            redraw();
        });
        setMinSize(100, 100);
    }

    /** Draws the whole panel. Always on the FX thread. */
    abstract void redraw();

    /** The canvas (tests click it). */
    public Canvas canvas() {
        return canvas;
    }
}
