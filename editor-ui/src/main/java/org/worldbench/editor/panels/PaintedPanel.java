package org.worldbench.editor.panels;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.image.PixelBuffer;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Pane;
import org.worldbench.editor.task.LatestOnly;

/**
 * A panel whose picture is painted off the FX thread.
 *
 * <p>A subclass captures what it shows as an immutable {@link PanelFrame.Painting}; the painting
 * runs with Java2D on the executor and the FX thread only swaps the finished pixels into the
 * picture on screen ({@link TiledPicture}: tiles of {@link PixelBuffer}s, of which only those whose
 * pixels changed are copied and repainted; well under a millisecond). Requests coalesce
 * ({@link LatestOnly}): a burst of edits or a drag paints as fast as the painter can, showing the
 * newest state, and never queues stale pictures.
 *
 * <p>Why not a {@code Canvas}: a canvas's vector drawing is rasterized on the render thread during
 * the pulse, and in the software pipeline (headless runs, machines without a GPU) four panels of
 * antialiased lines and text held each frame for 60 ms or more. A ready image costs the renderer a
 * plain copy.
 *
 * <p>The pane declares itself opaque and the picture sits {@value #INSET} pixels inside it, so the
 * picture's dirty region lies wholly inside the pane's opaque area: the pane is the render root of
 * its repaints, and nothing painted before it (siblings, what lies beneath) is repainted. The pane
 * paints only its {@value #INSET} pixel frame (a border); the opaque picture, always stretched over
 * the whole inside, paints the rest. A background fill under the picture would be painted on every
 * frame for nothing. (JavaFX still paints the backgrounds of a render root's ancestors under the
 * repaint, which is why the containers around the panels have none: see {@code editor.css}.)
 *
 * <p>The picture has as many pixels as the panel covers on the screen: on a HiDPI display (an
 * output scale of 2, say) it is painted at twice the layout size and shown at the layout size, so
 * lines and text are as sharp as the rest of the window. A change of scale (the window moved to
 * another display) paints a new picture.
 *
 * <p>How the pane says it is opaque: JavaFX takes a region's {@code opaqueInsets} only from a
 * region with an opaque background fill (the smaller of the fill's and the declared insets). The
 * pane's fill is therefore inset so far that it covers nothing and draws nothing, and the declared
 * insets (none) make the whole pane the opaque area — true, because the frame and the picture
 * cover it.
 */
public abstract class PaintedPanel extends Pane {

    /** Pixels between the pane's edge and the picture. */
    static final double INSET = 2;

    /** Insets beyond any pane's size: a fill inset this far paints nothing. */
    private static final double COVERS_NOTHING = 1e6;

    /** Receives the panel's mouse events; coordinates are the painting's layout units. */
    protected final Pane surface = new Pane();
    private final TiledPicture picture = new TiledPicture(surface);
    private final LatestOnly<PanelFrame> painter;
    private final ImagePool images = new ImagePool();
    private PictureSwaps swaps;
    private PanelFrame waiting;
    private long framesShown;
    // The size of the picture asked for last, in picture pixels (FX thread).
    private int paintedWidth;
    private int paintedHeight;
    // The window's output scale, watched so a new scale paints a new picture (held: the chain stays observed).
    private final javafx.beans.value.ObservableValue<Number> outputScale = sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
            .flatMap(javafx.stage.Window::renderScaleXProperty);
    private volatile long lastPaintNanos;

    protected PaintedPanel(Executor executor) {
        painter = new LatestOnly<>(executor, this::prepare, this::show);
        getChildren().add(surface);
        setBorder(new Border(new BorderStroke(Colours.backgroundFx(), BorderStrokeStyle.SOLID, null, new BorderWidths(INSET))));
        setBackground(new Background(new BackgroundFill(Colours.backgroundFx(), null, new Insets(COVERS_NOTHING))));
        setOpaqueInsets(Insets.EMPTY);
        setMinSize(100, 100);
        outputScale.addListener((o, a, b) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth() - 2 * INSET));
        double h = Math.max(1, snapSizeY(getHeight() - 2 * INSET));
        surface.resizeRelocate(INSET, INSET, w, h);
        picture.resize(w, h);
        if (PanelFrame.pixels((int) w, scaleX()) != paintedWidth || PanelFrame.pixels((int) h, scaleY()) != paintedHeight) {
            redraw(); // a picture of the new size; one already asked for counts, even if not shown yet
        }
    }

    /** Screen pixels per layout unit across, where the panel is shown (1 until it is in a window). */
    private double scaleX() {
        var window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
    }

    /** Screen pixels per layout unit down, where the panel is shown (1 until it is in a window). */
    private double scaleY() {
        var window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleY());
    }

    /** Width of the picture in layout units. */
    public double surfaceWidth() {
        return surface.getWidth();
    }

    /** Height of the picture in layout units. */
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

    /** How long the last painting took on its thread, in nanoseconds (figures). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** True when the picture on screen is of the newest state asked for: nothing painting, pending or held. */
    public boolean upToDate() {
        return !working() && waiting == null;
    }

    /** True while the panel is producing a picture (subclasses add work of their own). */
    boolean working() {
        return painter.busy();
    }

    /** Shows pictures through a batch shared with the other panels instead of one by one. */
    void swapThrough(PictureSwaps batch) {
        this.swaps = batch;
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
        double sx = scaleX();
        double sy = scaleY();
        paintedWidth = PanelFrame.pixels(w, sx);
        paintedHeight = PanelFrame.pixels(h, sy);
        int pw = paintedWidth;
        int ph = paintedHeight;
        PanelFrame.Painting painting = painting();
        return () -> {
            long start = System.nanoTime();
            PanelFrame frame = PanelFrame.paint(w, h, sx, sy, painting, images.take(pw, ph));
            lastPaintNanos = System.nanoTime() - start;
            return frame;
        };
    }

    private void show(PanelFrame frame) {
        if (waiting != null) {
            images.give(waiting.image()); // superseded before it was shown
        }
        waiting = frame;
        if (swaps == null) {
            showWaitingPicture();
        } else {
            swaps.pictureWaiting();
        }
    }

    /** Copies the waiting picture, if any, to the screen. */
    void showWaitingPicture() {
        PanelFrame frame = waiting;
        if (frame == null) {
            return;
        }
        waiting = null;
        picture.show(frame);
        images.give(frame.image());
        framesShown++;
    }

    /** The picture on screen, as tiles (tests read it back). */
    TiledPicture picture() {
        return picture;
    }
}
