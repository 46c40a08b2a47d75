package org.worldbench.editor.panels;

import java.util.concurrent.Executor;
import javafx.scene.input.MouseButton;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The layout graph at the rooms' positions, or in a force-directed drawing: room types by colour,
 * door types by line (main solid, locked red with its ability, hidden dashed, shortcut blue),
 * anchors ringed in gold. Click selects; at the placed positions, dragging a room pins it as a
 * narrative anchor where it is dropped (a force-directed drawing has no tile to pin it to).
 */
public final class LayoutGraphPanel extends PaintedPanel {

    private final EditorViewModel model;
    private final ZoomPan view;
    private final javafx.beans.property.BooleanProperty forceDirected = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ForceLayout force = new ForceLayout();
    private String dragging;
    private double dragX;
    private double dragY;
    private double pressX;
    private double pressY;

    public LayoutGraphPanel(EditorViewModel model, Executor painter) {
        super(painter);
        this.model = model;
        this.view = new ZoomPan(surface, 6, this::redraw);
        model.resultProperty().addListener((o, a, b) -> redraw());
        model.selectedRoomProperty().addListener((o, a, b) -> redraw());
        forceDirected.addListener((o, a, b) -> redraw());
        surface.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY || model.resultProperty().get() == null) {
                return;
            }
            dragging = roomAt(e.getX(), e.getY());
            pressX = e.getX();
            pressY = e.getY();
            dragX = e.getX();
            dragY = e.getY();
            model.selectedRoomProperty().set(dragging);
        });
        surface.setOnMouseDragged(e -> {
            if (dragging != null && e.getButton() == MouseButton.PRIMARY && !forceDirected.get()) {
                dragX = e.getX();
                dragY = e.getY();
                redraw();
            }
        });
        surface.setOnMouseReleased(e -> {
            if (dragging == null) {
                return;
            }
            String room = dragging;
            dragging = null;
            if (forceDirected.get()) {
                return; // a selection only: no tile position to pin to
            }
            int dx = (int) Math.round((e.getX() - pressX) / view.viewport().scale());
            int dy = (int) Math.round((e.getY() - pressY) / view.viewport().scale());
            if (dx != 0 || dy != 0) {
                PlacedRoom r = model.resultProperty().get().district().room(room).orElseThrow();
                model.pin(room, r.bounds().x() + dx, r.bounds().y() + dy);
            }
            redraw();
        });
    }

    /** Draw the graph force-directed (true) or at the rooms' placed positions (false, the default). */
    public javafx.beans.property.BooleanProperty forceDirectedProperty() {
        return forceDirected;
    }

    /**
     * The rooms' node centres in tiles as drawn now. Force-directed, they are known once the
     * painter has computed them (before that picture is on screen); until then, none.
     */
    private java.util.Map<String, double[]> centres(District d) {
        if (!forceDirected.get()) {
            return LayoutPainting.placedCentres(d);
        }
        var computed = force.ifComputed(d);
        return computed == null ? java.util.Map.of() : computed;
    }

    /** The room whose node is under a screen point, or null. */
    String roomAt(double sx, double sy) {
        District d = model.resultProperty().get().district();
        String best = null;
        double bestDistance = 12 * 12;
        for (var entry : centres(d).entrySet()) {
            double cx = view.viewport().toScreenX(entry.getValue()[0]);
            double cy = view.viewport().toScreenY(entry.getValue()[1]);
            double dist = (cx - sx) * (cx - sx) + (cy - sy) * (cy - sy);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Screen position of a room's node as drawn now, or null if not drawn yet (tests click and drag it). */
    public double[] screenOf(String roomId) {
        double[] c = centres(model.resultProperty().get().district()).get(roomId);
        return c == null ? null : new double[] {view.viewport().toScreenX(c[0]), view.viewport().toScreenY(c[1])};
    }

    /** Tiles a screen pixel spans (tests convert drags). */
    public double scale() {
        return view.viewport().scale();
    }

    @Override
    PanelFrame.Painting painting() {
        GenerationResult result = model.resultProperty().get();
        return new LayoutPainting(result == null ? null : result.district(), view.viewport(), model.selectedRoomProperty().get(),
                dragging, dragX - pressX, dragY - pressY, forceDirected.get() ? force : null);
    }
}
