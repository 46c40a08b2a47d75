package org.worldbench.editor.panels;

import java.util.concurrent.Executor;
import javafx.scene.input.MouseButton;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The layout graph at the rooms' positions: room types by colour, door types by line (main solid,
 * locked red with its ability, hidden dashed, shortcut blue), anchors ringed in gold. Click selects;
 * dragging a room pins it as a narrative anchor where it is dropped.
 */
public final class LayoutGraphPanel extends PaintedPanel {

    private final EditorViewModel model;
    private final ZoomPan view;
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
            if (dragging != null && e.getButton() == MouseButton.PRIMARY) {
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
            int dx = (int) Math.round((e.getX() - pressX) / view.viewport().scale());
            int dy = (int) Math.round((e.getY() - pressY) / view.viewport().scale());
            if (dx != 0 || dy != 0) {
                PlacedRoom r = model.resultProperty().get().district().room(room).orElseThrow();
                model.pin(room, r.bounds().x() + dx, r.bounds().y() + dy);
            }
            redraw();
        });
    }

    /** The room whose node is under a screen point, or null. */
    String roomAt(double sx, double sy) {
        District d = model.resultProperty().get().district();
        String best = null;
        double bestDistance = 12 * 12;
        for (PlacedRoom r : d.rooms()) {
            double cx = view.viewport().toScreenX(LayoutPainting.cx(r));
            double cy = view.viewport().toScreenY(LayoutPainting.cy(r));
            double dist = (cx - sx) * (cx - sx) + (cy - sy) * (cy - sy);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = r.id();
            }
        }
        return best;
    }

    /** Screen position of a room's node (tests drag it). */
    public double[] screenOf(String roomId) {
        PlacedRoom r = model.resultProperty().get().district().room(roomId).orElseThrow();
        return new double[] {view.viewport().toScreenX(LayoutPainting.cx(r)), view.viewport().toScreenY(LayoutPainting.cy(r))};
    }

    /** Tiles a screen pixel spans (tests convert drags). */
    public double scale() {
        return view.viewport().scale();
    }

    @Override
    PanelFrame.Painting painting() {
        GenerationResult result = model.resultProperty().get();
        return new LayoutPainting(result == null ? null : result.district(), view.viewport(), model.selectedRoomProperty().get(),
                dragging, dragX - pressX, dragY - pressY);
    }
}
