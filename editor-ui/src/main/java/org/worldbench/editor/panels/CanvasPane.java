package org.worldbench.editor.panels;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;

/**
 * A pane holding a canvas that follows its size and redraws when resized.
 *
 * <p>The pane is opaque and square-cornered and the canvas sits {@value #INSET} pixels inside it,
 * so the canvas's dirty region (which the renderer rounds out) lies wholly inside the pane's opaque
 * area. That makes the pane a render root: a canvas repaint starts here instead of repainting
 * every themed ancestor underneath, whose rounded, cached backgrounds cost far more than the canvas
 * itself in the software pipeline.
 */
abstract class CanvasPane extends Pane {

    /** Pixels between the pane's edge and the canvas. */
    static final double INSET = 2;

    protected final Canvas canvas = new Canvas(400, 300);

    CanvasPane() {
        getChildren().add(canvas);
        setBackground(new Background(new BackgroundFill(Colours.BACKGROUND, null, null)));
        setMinSize(100, 100);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth() - 2 * INSET));
        double h = Math.max(1, snapSizeY(getHeight() - 2 * INSET));
        canvas.relocate(INSET, INSET);
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Draws the whole panel. Always on the FX thread. */
    abstract void redraw();

    /** The canvas (tests click it). */
    public Canvas canvas() {
        return canvas;
    }
}
