package org.worldbench.editor.panels;

import java.nio.IntBuffer;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import org.worldbench.editor.task.LatestOnly;

/**
 * A panel whose picture is painted off the FX thread.
 *
 * <p>A subclass captures what it shows as an immutable {@link PanelFrame.Painting}; the painting
 * runs with Java2D on the executor and the FX thread only swaps the finished pixels into the
 * image on screen (a copy into a {@link PixelBuffer}, well under a millisecond). Requests coalesce
 * ({@link LatestOnly}): a burst of edits or a drag paints as fast as the painter can, showing the
 * newest state, and never queues stale pictures.
 *
 * <p>Why not a {@code Canvas}: a canvas's vector drawing is rasterized on the render thread during
 * the pulse, and in the software pipeline (headless runs, machines without a GPU) four panels of
 * antialiased lines and text held each frame for 60 ms or more. A ready image costs the renderer a
 * plain copy.
 *
 * <p>The pane is opaque and square-cornered and the picture sits {@value #INSET} pixels inside it,
 * so the picture's dirty region lies wholly inside the pane's opaque area: the pane is a render
 * root, and a repaint never reaches the themed ancestors beneath it.
 */
public abstract class PaintedPanel extends Pane {

    /** Pixels between the pane's edge and the picture. */
    static final double INSET = 2;

    /** Receives the panel's mouse events; coordinates are the picture's pixels. */
    protected final Pane surface = new Pane();
    private final ImageView image = new ImageView();
    private final LatestOnly<PanelFrame> painter;
    private PixelBuffer<IntBuffer> buffer;
    private long framesShown;

    protected PaintedPanel(Executor executor) {
        painter = new LatestOnly<>(executor, this::prepare, this::show);
        surface.getChildren().add(image);
        getChildren().add(surface);
        setBackground(new Background(new BackgroundFill(Colours.backgroundFx(), null, null)));
        setMinSize(100, 100);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth() - 2 * INSET));
        double h = Math.max(1, snapSizeY(getHeight() - 2 * INSET));
        surface.resizeRelocate(INSET, INSET, w, h);
        if (buffer == null || buffer.getWidth() != (int) w || buffer.getHeight() != (int) h) {
            redraw();
        }
    }

    /** Width of the picture in pixels. */
    public double surfaceWidth() {
        return surface.getWidth();
    }

    /** Height of the picture in pixels. */
    public double surfaceHeight() {
        return surface.getHeight();
    }

    /** The node that takes the panel's clicks and drags (tests aim at it). */
    public Pane surface() {
        return surface;
    }

    /** Pictures put on screen so far (figures and tests count them). */
    public long framesShown() {
        return framesShown;
    }

    /** True when the picture on screen is of the newest state asked for: nothing painting or pending. */
    public boolean upToDate() {
        return !painter.busy();
    }

    /** Asks for a new picture of the current state. FX thread; cheap to call often. */
    final void redraw() {
        painter.request();
    }

    /** Captures the current state as a painting; called on the FX thread. */
    abstract PanelFrame.Painting painting();

    private Supplier<PanelFrame> prepare() {
        int w = Math.max(1, (int) surface.getWidth());
        int h = Math.max(1, (int) surface.getHeight());
        PanelFrame.Painting painting = painting();
        return () -> PanelFrame.paint(w, h, painting);
    }

    private void show(PanelFrame frame) {
        if (buffer != null && buffer.getWidth() == frame.width() && buffer.getHeight() == frame.height()) {
            buffer.updateBuffer(b -> {
                b.getBuffer().put(0, frame.pixels());
                return null;
            });
        } else {
            buffer = new PixelBuffer<>(frame.width(), frame.height(), IntBuffer.wrap(frame.pixels()),
                    PixelFormat.getIntArgbPreInstance());
            image.setImage(new WritableImage(buffer));
        }
        framesShown++;
    }
}
